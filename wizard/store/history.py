"""The publish history's vocabulary: how a publish ended, as the shop file records it."""

from __future__ import annotations

from enum import StrEnum


class PublishOutcome(StrEnum):
    """How one publish ended (the values are what the shop file stores)."""

    OK = "ok"
    FAILED = "failed"
    CANCELLED = "cancelled"

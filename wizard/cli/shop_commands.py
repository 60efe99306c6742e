"""Commands on a shop's products: import, export, edit, products."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def register(subparsers: argparse._SubParsersAction, _: Callable[[str], str]) -> None:
    """Register the product commands (filled in by the import/export work)."""

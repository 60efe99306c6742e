"""What the build needs to know of the order desk (made by ``wizard.desk``, which sits above the site):
where its two endpoints are and the files it adds to the site."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DeskPlan:
    """The desk's endpoints (site paths) and files (site path → content); payments it offers."""

    order_url: str
    withdraw_url: str
    files: Mapping[str, bytes] = field(default_factory=dict)
    payments: tuple[str, ...] = ()

    def fingerprint(self) -> str:
        h = hashlib.blake2b(digest_size=16)
        for path in sorted(self.files):
            h.update(path.encode() + b"\0" + self.files[path] + b"\0")
        h.update(("|".join((self.order_url, self.withdraw_url, *self.payments))).encode())
        return h.hexdigest()

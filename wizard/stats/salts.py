"""The day's salts, kept in Échoppe's own data folder, never in the shop file, and dropped after a few days.

Once a day's salt is dropped, the visitor hashes of that day can no longer be recomputed from an
address: the shop file drops them too (:func:`wizard.store.stats.forget_visitors`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
from pathlib import Path

from wizard.paths import app_data_dir

KEEP_DAYS = 3  # a log read a little late (yesterday's end, today) still counts each visitor once


def salts_file() -> Path:
    return app_data_dir() / "stats-salts.json"


class Salts:
    """Salts per day; :meth:`save` writes them back, less the days that are too old."""

    def __init__(self, path: Path | None = None, today: dt.date | None = None) -> None:
        self.path = path or salts_file()
        self.today = today or dt.date.today()
        self._salts: dict[str, str] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        if isinstance(data, dict):
            self._salts = {k: v for k, v in data.items()
                           if isinstance(k, str) and isinstance(v, str) and len(v) == 32}

    def cutoff(self) -> dt.date:
        """Days before this one have no salt any more."""
        return self.today - dt.timedelta(days=KEEP_DAYS - 1)

    def salt(self, day: dt.date) -> bytes:
        key = day.isoformat()
        if key not in self._salts:
            self._salts[key] = secrets.token_hex(16)
        return bytes.fromhex(self._salts[key])

    def save(self) -> None:
        keep = {k: v for k, v in self._salts.items() if k >= self.cutoff().isoformat()}
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(keep, fh)
        os.replace(tmp, self.path)
        self._salts = keep

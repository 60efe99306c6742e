"""The open shop behind the wizard: one :class:`ShopFile`, its change signal and the recent-shops list."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from wizard.store.history import PublishOutcome

if TYPE_CHECKING:  # imported when a shop is opened, so the first window shows sooner
    from wizard.store.shopfile import ShopFile

RECENT_KEY = "recent/shops"
RECENT_NAMES_KEY = "recent/names"
MAX_RECENT = 8


class StartMode(IntEnum):
    """What the person chose on the welcome page (kept in the session, which every page holds)."""

    NEW = 0
    OPEN = 1
    PUBLISH_NOW = 2


class ShopSession(QObject):
    """Holds the shop file the wizard edits. Pages read and write through ``session.shop``.

    ``changed(kind)`` is emitted in the GUI thread after each committed change ("identity",
    "products", …), even when a worker thread made it (queued through Qt).
    """

    changed = Signal(str)
    opened = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shop: ShopFile | None = None
        self.start_mode = StartMode.NEW
        self.backup_problem: Exception | None = None  # the daily backup on opening failed (said by the page)
        self._relay = _Relay()
        self._relay.kind.connect(self.changed)

    @property
    def shop(self) -> ShopFile:
        """The open shop file (raises when none is open: pages after the welcome page always have one)."""
        if self._shop is None:
            raise RuntimeError("no shop is open")
        return self._shop

    @property
    def is_open(self) -> bool:
        return self._shop is not None

    @property
    def path(self) -> Path | None:
        return self._shop.path if self._shop is not None else None

    def attach(self, shop: ShopFile) -> None:
        """Use ``shop`` (already opened or created) from now on."""
        self.close()
        self._shop = shop
        shop.add_listener(self._relay.kind.emit)
        remember_recent(shop.path, shop.shop().identity.name)
        self.opened.emit()

    def open(self, path: str | Path) -> ShopFile:
        """Open a shop file (raises ``ShopFileError``/``ShopLocked`` with a message for the person)."""
        from wizard.store.backups import BackupFailed, backup_if_due
        from wizard.store.shopfile import ShopFile

        shop = ShopFile.open(path)
        self.attach(shop)
        self.backup_problem = None
        try:
            backup_if_due(shop)  # once a day when a shop is opened
        except BackupFailed as exc:
            self.backup_problem = exc
        return shop

    def close(self) -> None:
        if self._shop is not None:
            self._shop.close()
            self._shop = None

    def published_before(self) -> bool:
        """True when this shop was published successfully at least once."""
        if self._shop is None:
            return False
        return any(entry["outcome"] == PublishOutcome.OK for entry in self._shop.publish_history())


class _Relay(QObject):
    """Carries store notifications (any thread) to the GUI thread."""

    kind = Signal(str)


def recent_shops() -> list[Path]:
    """Shop files opened lately that still exist, most recent first."""
    raw = QSettings().value(RECENT_KEY, [])
    items: list[str] = [raw] if isinstance(raw, str) else [str(p) for p in raw] if isinstance(raw, list) else []
    return [Path(p) for p in items if Path(p).is_file()]


def remember_recent(path: Path, name: str = "") -> None:
    items = [str(path.resolve())] + [str(p) for p in recent_shops() if p.resolve() != path.resolve()]
    QSettings().setValue(RECENT_KEY, items[:MAX_RECENT])
    if name:
        QSettings().setValue(RECENT_NAMES_KEY + "/" + _key(path), name)


def recent_shop_name(path: Path) -> str:
    """The shop's name as it was when last opened (empty when unknown)."""
    value = QSettings().value(RECENT_NAMES_KEY + "/" + _key(path), "")
    return str(value) if value else ""


def _key(path: Path) -> str:
    import hashlib

    return hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:16]

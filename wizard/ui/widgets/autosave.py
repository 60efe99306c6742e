"""Save as the person types: a short debounce, flushed when a field loses focus or the page changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

AUTOSAVE_DELAY_MS = 300


class Debouncer(QObject):
    """Calls ``save`` once typing pauses for ``delay_ms`` (≤ 500 ms), or at once on :meth:`flush`."""

    saved = Signal()

    def __init__(self, save: Callable[[], object], delay_ms: int = AUTOSAVE_DELAY_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._pending = False
        self._muted = 0

    def poke(self, *_args: object) -> None:
        """Something changed: save soon."""
        if self._muted:
            return
        self._pending = True
        self._timer.start()

    def flush(self, *_args: object) -> None:
        """Save now when something is waiting."""
        self._timer.stop()
        if self._pending:
            self._pending = False
            self._save()
            self.saved.emit()

    @property
    def pending(self) -> bool:
        return self._pending

    def mute(self) -> _Muted:
        """``with debouncer.mute():`` fill widgets from the file without saving them back."""
        return _Muted(self)


class _Muted:
    def __init__(self, owner: Debouncer) -> None:
        self._owner = owner

    def __enter__(self) -> None:
        self._owner._muted += 1

    def __exit__(self, *exc: object) -> None:
        self._owner._muted -= 1

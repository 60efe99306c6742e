"""Keep ``None``, ``True`` and ``False`` alive on CPython 3.11 whatever a binding's reference counting does.

PySide6-Essentials 6.12.0 on CPython 3.11 drops one reference to ``None`` at every call of a method that
returns nothing (``QLabel.setText``, ``QPainter.setPen``, …; 6.11.3 does not). Python 3.12 made these
objects immortal, so there it does no harm; on 3.11 the count reaches zero after enough calls and the
interpreter aborts ("none_dealloc: deallocating None"). A chart repaint makes thousands of such calls, so
the Statistics window would end the app after a few dozen repaints (about 35 here); ``tests/ui/test_stats_window.py``
repaints it 80 times.

:func:`immortalise` does what 3.12 does: it gives the three objects a reference count so large that no
run can bring it to zero. Nothing else changes (they are never freed anyway).
"""

from __future__ import annotations

import ctypes
import sys

MARGIN = 1 << 40  # far more than any run's calls
_done = False


def immortalise() -> bool:
    """Raise the three singletons' counts once (CPython before 3.12 only); True when it did."""
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += MARGIN  # ob_refcnt is the object's first field
    _done = True
    return True

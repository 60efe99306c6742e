"""Application start-up: QApplication, translations, style, and the wizard window.

Switching the language (welcome page) rebuilds the window in the new language at once; nothing is
lost because every field is already in the shop file (the welcome page's fields are carried over).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, QTimer
from PySide6.QtGui import QColor, QFileOpenEvent, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from wizard.ui.i18n import install_language, preferred_language, ui_language
from wizard.ui.session import ShopSession
from wizard.ui.stats.refcount_guard import immortalise
from wizard.ui.widgets.wheel import install_wheel_guard
from wizard.ui.wizard import ShopWizard, StartMode, app_icon

# Every rule that sets a background sets the text colour too, and the app's palette is set to the same
# light colours (``light_palette``): a dark desktop theme would otherwise give light text on them.
STYLE = """
QWizard, QWizardPage, #pageBody { background: #faf8f5; color: #1f1f1f; }
#stepList { background: #efebe4; color: #1f1f1f; border: none; padding: 12px 6px; font-size: 11pt; }
#helpBox { background: #eef4f1; color: #1f1f1f; border: 1px solid #c8dcd3; border-radius: 8px; }
#helpDetails { background: #eef4f1; color: #1f1f1f; }
QLabel#hint { color: #5a5a5a; font-size: 9pt; }
QLabel#problem { color: #a12a1a; }
QGroupBox { font-weight: bold; border: 1px solid #ddd6cc; border-radius: 8px; margin-top: 14px;
            padding: 14px 10px 8px 10px; background: #ffffff; color: #1f1f1f; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateTimeEdit { padding: 4px 6px; }
QLabel#logoDrop { border: 2px dashed #b9b1a4; border-radius: 8px; background: #ffffff; color: #6d6d6d; }
QPushButton { padding: 5px 12px; }
"""


GEOMETRY_KEY = "ui/windowGeometry"
DEFAULT_SIZE = QSize(1200, 700)  # fits a 1280×720 screen with its panels
MINIMUM_SIZE = QSize(900, 600)  # fits a 1366×768 laptop, title bar and task bar included


def fit_to_screen(window: QWidget) -> None:
    """Give a new window its default size, never larger than the screen's free area."""
    window.setMinimumSize(MINIMUM_SIZE)
    size = QSize(DEFAULT_SIZE)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size() - QSize(16, 40)).expandedTo(MINIMUM_SIZE)
    window.resize(size)


def _mark_shown(stream=None) -> None:
    """Print the moment the first page is visible (read by ``bench/startup_bench.py``)."""
    print(f"ECHOPPE_SHOWN {time.time():.6f}", file=stream or sys.stdout, flush=True)


class _ShownWatcher(QObject):
    """Reports once when the window is really exposed on screen."""

    def __init__(self, on_shown) -> None:
        super().__init__()
        self._on_shown = on_shown
        self._done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self._done and event.type() in (QEvent.Type.Expose, QEvent.Type.Show):
            self._done = True
            QTimer.singleShot(0, self._on_shown)
        return False


class FileOpenHandler(QObject):
    """Opens the shop that the system asks the app to open: on macOS, a double-clicked ``.echoppe``
    file arrives as a ``QFileOpenEvent`` on the application, not on the command line."""

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.controller = controller

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        name = event.file()
        if name:  # after the event: opening a shop runs dialogs and migrations
            QTimer.singleShot(0, lambda: self.controller.open_file(Path(name)))
        return True


class AppController(QObject):
    """Owns the open shop and the wizard window; rebuilds the window when the language changes."""

    def __init__(self, session: ShopSession | None = None) -> None:
        super().__init__()
        self.session = session or ShopSession(self)
        self.window: ShopWizard | None = None

    def build_window(self, lazy: bool = False) -> ShopWizard:
        window = ShopWizard(self.session, lazy=lazy)
        window.welcome_page.set_language_choice(ui_language())
        window.welcome_page.language.currentIndexChanged.connect(
            lambda _i, w=window: self.switch_language(w.welcome_page.language.currentData()))
        fit_to_screen(window)
        self.window = window
        return window

    def open_file(self, path: Path) -> bool:
        """Open the shop at ``path`` in the window, as if chosen on the welcome page (the one open
        before is saved first); a file that is no shop shows why on the welcome page."""
        window = self.window
        if window is None:
            return False
        window.show()
        window.raise_()
        window.activateWindow()
        if self.session.is_open and self.session.path == path and window.currentId() != window.startId():
            return True
        window.flush()
        if window.currentId() != window.startId():
            window.restart()
        if not window.welcome_page.open_existing(path):
            return False
        window.start_mode = StartMode.OPEN
        window.next()
        return True

    def restore_geometry(self) -> bool:
        """Put the window back where and as large as it was when the app was last closed."""
        saved = QSettings().value(GEOMETRY_KEY)
        if self.window is None or not isinstance(saved, QByteArray | bytes) or not saved:
            return False
        return bool(self.window.restoreGeometry(QByteArray(saved)))

    def remember_geometry(self) -> None:
        """Keep the window's size and position for the next start."""
        if self.window is not None:
            QSettings().setValue(GEOMETRY_KEY, self.window.saveGeometry())

    def switch_language(self, lang: str) -> ShopWizard:
        """Re-create the window in ``lang`` (remembered for the next start)."""
        old = self.window
        name = path = ""
        hand = False
        page = -1
        if old is not None:
            old.flush()
            page = old.currentId()
            name = old.welcome_page.name_edit.text()
            path = old.welcome_page.path_edit.text()
            hand = old.welcome_page._path_chosen_by_hand
        install_language(lang, remember=True)
        window = self.build_window()
        if old is not None:
            window.welcome_page.name_edit.setText(name)
            window.welcome_page._path_chosen_by_hand = hand
            window.welcome_page.path_edit.setText(path)
            if self.session.is_open:
                window.welcome_page.open_radio.setChecked(True)
                window.welcome_page.open_existing(self.session.path)  # type: ignore[arg-type]
            window.setGeometry(old.geometry())
            old.hide()
            old.deleteLater()
        window.show()
        if self.session.is_open and page > 0:
            self._walk_to(window, page)
        return window

    @staticmethod
    def _walk_to(window: ShopWizard, page: int) -> None:
        """Go forward page by page to ``page`` (so Back still leads where it led), as Next would."""
        window.ensure_pages()
        for _step in range(len(window.pageIds()) + 1):
            if window.currentId() == page:
                return
            before = window.currentId()
            window.next()
            if window.currentId() == before:
                return  # a page refused to go on: stay there, showing why


def light_palette() -> QPalette:
    """The app's own colours, whatever the desktop theme: dark text on light backgrounds."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#faf8f5", QPalette.ColorRole.WindowText: "#1f1f1f",
        QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f3f0ea",
        QPalette.ColorRole.Text: "#1f1f1f", QPalette.ColorRole.PlaceholderText: "#6d6d6d",
        QPalette.ColorRole.Button: "#efebe4", QPalette.ColorRole.ButtonText: "#1f1f1f",
        QPalette.ColorRole.ToolTipBase: "#ffffdc", QPalette.ColorRole.ToolTipText: "#1f1f1f",
        QPalette.ColorRole.Highlight: "#2f5d50", QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#1d4e89", QPalette.ColorRole.LinkVisited: "#5b2a5e",
        QPalette.ColorRole.BrightText: "#ffffff", QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#e9e6e0", QPalette.ColorRole.Mid: "#b9b1a4",
        QPalette.ColorRole.Dark: "#8a8276", QPalette.ColorRole.Shadow: "#5a5a5a",
    }
    for role, colour in colours.items():
        palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#77716a"))
    return palette


def configure_application(app: QApplication) -> None:
    app.setOrganizationName("Echoppe")
    app.setApplicationName("echoppe")
    app.setDesktopFileName("echoppe")  # the window belongs to echoppe.desktop on Wayland and X11
    app.setApplicationDisplayName("Échoppe")
    app.setWindowIcon(app_icon())
    font = QFont(app.font())
    if font.pointSizeF() < 10.5:
        font.setPointSizeF(10.5)
    app.setFont(font)
    app.setPalette(light_palette())
    app.setStyleSheet(STYLE)
    install_wheel_guard(app)  # the wheel scrolls pages; it changes no unfocused setting


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; ``--open SHOP`` opens a shop at once (``--publish`` jumps to Publish)."""
    parser = argparse.ArgumentParser(prog="echoppe")
    parser.add_argument("--open", dest="open_path")
    parser.add_argument("--publish", action="store_true")
    args, _rest = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    immortalise()  # a PySide6 release that drains None on CPython 3.11 must not end a long session
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)  # type: ignore[arg-type]
    install_language(preferred_language())
    controller = AppController()
    window = controller.build_window(lazy=not args.open_path)

    def shown() -> None:
        if os.environ.get("ECHOPPE_STARTUP_MARK"):
            _mark_shown()
        window.ensure_pages()  # the other pages, once the first one is on screen
        if os.environ.get("ECHOPPE_STARTUP_MARK"):
            print(f"ECHOPPE_READY {time.time():.6f}", flush=True)
            if os.environ.get("ECHOPPE_STARTUP_MARK") == "exit":
                QApplication.quit()

    controller.restore_geometry()
    app.installEventFilter(FileOpenHandler(controller))
    watcher = _ShownWatcher(shown)
    window.installEventFilter(watcher)
    window._startup_watcher = watcher  # type: ignore[attr-defined]
    if args.open_path:
        welcome = window.welcome_page
        if welcome.open_existing(Path(args.open_path)):
            window.start_mode = StartMode.PUBLISH_NOW if args.publish else StartMode.OPEN
            window.show()
            window.next()
    window.show()
    def flush_window() -> None:
        if controller.window is not None:
            controller.window.flush()

    app.aboutToQuit.connect(controller.remember_geometry)
    app.aboutToQuit.connect(flush_window)
    app.aboutToQuit.connect(controller.session.close)
    return app.exec()


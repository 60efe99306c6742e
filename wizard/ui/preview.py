"""Live preview of the real generated site, served on 127.0.0.1 and rebuilt after each change.

* :class:`PreviewServer` serves a folder over HTTP on a random loopback port, in a thread. HTML pages
  get one extra ``<script src="/__echoppe/reload.js">`` that reloads the page when a new build is
  ready, so even a plain browser tab follows the changes.
* :class:`PreviewController` rebuilds the site (a :class:`BuildWorker`) a short while after the shop
  file changes, one build at a time.
* :class:`PreviewPane` shows it inside the app with QtWebEngine when installed (``echoppe[preview]``),
  otherwise opens the default browser once and says so.
"""

from __future__ import annotations

import hashlib
import http.server
import logging
import threading
from collections.abc import Callable
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from wizard.i18n import EchoppeError
from wizard.paths import cache_dir
from wizard.site.build import BuildCancelled
from wizard.ui.i18n import ui_language
from wizard.ui.workers import BuildWorker, run_in_thread

log = logging.getLogger(__name__)

REBUILD_DELAY_MS = 400
RELOAD_PATH = "/__echoppe/reload.js"
VERSION_PATH = "/__echoppe/version"
IGNORED_CHANGES = frozenset({"history"})  # a publish record does not change the site

_RELOAD_JS = b"""(function () {
  var seen = null;
  function poll() {
    fetch('/__echoppe/version', {cache: 'no-store'}).then(function (r) { return r.text(); })
      .then(function (v) { if (seen !== null && v !== seen) { location.reload(); } seen = v; })
      .catch(function () {}).finally(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
"""


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the preview folder; never caches; adds the reload script to HTML pages."""

    server: _PreviewHTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("preview: " + format, *args)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == RELOAD_PATH:
            self._send(_RELOAD_JS, "text/javascript; charset=utf-8")
            return
        if path == VERSION_PATH:
            self._send(str(self.server.version).encode(), "text/plain; charset=utf-8")
            return
        fs_path = Path(self.translate_path(self.path))
        if fs_path.is_dir():
            if not path.endswith("/"):
                super().do_GET()  # the stdlib redirects "/folder" to "/folder/"
                return
            fs_path = fs_path / "index.html"
        if fs_path.suffix == ".html" and fs_path.is_file():
            body = fs_path.read_bytes()
            tag = f'<script src="{RELOAD_PATH}" defer></script>'.encode()
            marker = body.rfind(b"</body>")
            body = body[:marker] + tag + body[marker:] if marker >= 0 else body + tag
            self._send(body, "text/html; charset=utf-8")
            return
        super().do_GET()

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _PreviewHTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    version = 0


class PreviewServer:
    """An HTTP server on 127.0.0.1 (random port) serving ``root`` until :meth:`stop`."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._httpd = _PreviewHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(self.root)))
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="echoppe-preview",
                                        kwargs={"poll_interval": 0.2}, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def version(self) -> int:
        return self._httpd.version

    def bump(self) -> None:
        """A new build is in place: open pages reload themselves."""
        self._httpd.version += 1

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=2)


def preview_dir_for(shop_path: Path) -> Path:
    """The folder a shop's preview is built into (separate from the publish build)."""
    digest = hashlib.sha256(str(Path(shop_path).resolve()).encode()).hexdigest()[:16]
    return cache_dir() / "preview" / digest


class _ChangeBridge(QObject):
    """Carries ShopFile notifications (from any thread) into the GUI thread."""

    changed = Signal(str)


class PreviewController(QObject):
    """Keeps a preview build of the shop up to date and served on 127.0.0.1."""

    building = Signal()
    built = Signal(str)  # the preview's URL
    failed = Signal(object)  # the build error

    def __init__(self, parent: QObject | None = None, delay_ms: int = REBUILD_DELAY_MS) -> None:
        super().__init__(parent)
        self.shop: Any = None
        self.server: PreviewServer | None = None
        self.builds = 0
        self.last_report: Any = None
        self._worker: BuildWorker | None = None
        self._dirty = False
        self._built_revision: int | None = None
        self._bridge = _ChangeBridge()
        self._bridge.changed.connect(self._on_shop_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._rebuild_if_changed)

    @property
    def url(self) -> str:
        return self.server.url if self.server else ""

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def set_shop(self, shop: Any) -> None:
        """Preview ``shop`` (a ShopFile) from now on; builds it at once."""
        if shop is self.shop:
            self.rebuild()
            return
        self.shop = shop
        bridge = self._bridge

        def relay(kind: str, _shop: Any = shop) -> None:
            if _shop is self.shop and kind not in IGNORED_CHANGES:
                with suppress(RuntimeError):  # the preview was closed while the shop stays open
                    bridge.changed.emit(kind)

        shop.add_listener(relay)
        root = preview_dir_for(shop.path)
        if self.server is None or self.server.root != root:
            if self.server is not None:
                self.server.stop()
            self.server = PreviewServer(root)
        self.rebuild()

    @Slot(str)
    def _on_shop_changed(self, _kind: str) -> None:
        if self._worker is not None:
            self._dirty = True
        self._timer.start()  # debounce: typing a name is many changes, one build

    @Slot()
    def _rebuild_if_changed(self) -> None:
        if self._worker is None and self.shop is not None and self.shop.revision == self._built_revision:
            return  # a build started since that change already includes it
        self.rebuild()

    @Slot()
    def rebuild(self) -> None:
        """Build now (or as soon as the build in progress ends)."""
        self._timer.stop()
        if self.shop is None or self.server is None:
            return
        if self._worker is not None:
            # Build again after this one only if the shop changed since it started.
            self._dirty = self._dirty or (self.shop is not None and self.shop.revision != self._built_revision)
            return
        self._dirty = False
        self._built_revision = self.shop.revision
        worker = BuildWorker(self.shop, self.server.root)
        worker.finished.connect(self._on_built)
        worker.failed.connect(self._on_failed)
        worker.stopped.connect(self._on_stopped)
        self._worker = worker
        self.building.emit()
        run_in_thread(worker)

    @Slot(object)
    def _on_built(self, report: Any) -> None:
        self.builds += 1
        self.last_report = report
        if self.server is not None:
            self.server.bump()
            self.built.emit(self.server.url)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.failed.emit(error)

    @Slot()
    def _on_stopped(self) -> None:
        self._worker = None
        if self._dirty:
            self.rebuild()

    def stop(self) -> None:
        """Stop the build in progress and the server."""
        self._timer.stop()
        self._dirty = False
        if self._worker is not None:
            self._worker.cancel()
        if self.server is not None:
            self.server.stop()
            self.server = None
        self.shop = None


def webengine_available() -> bool:
    """True when QtWebEngine is installed (``pip install 'echoppe[preview]'``): an optional extra of
    about 430 MB, so without it the preview opens in the default browser instead."""
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return False
    return True


class PreviewPane(QWidget):
    """The preview area of the Look page: the site inside the app, or in the default browser."""

    # Opens an address in the default browser; True when one really opened (replaceable in tests).
    open_url: Callable[[QUrl], bool] = staticmethod(QDesktopServices.openUrl)

    def __init__(self, parent: QWidget | None = None, *, use_webengine: bool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.controller = PreviewController(self)
        self.controller.building.connect(self._on_building)
        self.controller.built.connect(self._on_built)
        self.controller.failed.connect(self._on_failed)
        self.browser_opened = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.status = QLabel(self.tr("The preview appears here once your shop is open."))
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open in my &browser"))
        self.open_button.setObjectName("previewOpenButton")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_in_browser)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.open_button)
        layout.addLayout(bar)
        # Shown when no browser opened: the address, to paste into a browser by hand.
        self.address_row = QWidget(self)
        address = QHBoxLayout(self.address_row)
        address.setContentsMargins(0, 0, 0, 0)
        self.address = QLineEdit(self.address_row)
        self.address.setObjectName("previewAddress")
        self.address.setReadOnly(True)
        self.address.setAccessibleName(self.tr("Address of the preview"))
        self.copy_button = QPushButton(self.tr("&Copy the address"), self.address_row)
        self.copy_button.setObjectName("previewCopyButton")
        self.copy_button.clicked.connect(self.copy_address)
        address.addWidget(self.address, 1)
        address.addWidget(self.copy_button)
        self.address_row.hide()
        layout.addWidget(self.address_row)
        self.view: Any = None
        if use_webengine is None:
            use_webengine = webengine_available()
        if use_webengine:
            from PySide6.QtWebEngineWidgets import QWebEngineView

            self.view = QWebEngineView(self)
            self.view.setObjectName("previewView")
            self.view.setMinimumHeight(320)
            layout.addWidget(self.view, 1)

    @property
    def inside_app(self) -> bool:
        return self.view is not None

    def set_shop(self, shop: Any) -> None:
        """Show ``shop`` (a ShopFile); rebuilt and refreshed after each change."""
        self.controller.set_shop(shop)

    def refresh(self) -> None:
        """Rebuild now and reload the preview."""
        self.controller.rebuild()

    @Slot()
    def open_in_browser(self) -> bool:
        """Open the preview in the default browser; say so only when it really opened."""
        url = self.controller.url
        if not url:
            return False
        self.address.setText(url)
        if self.open_url(QUrl(url)):
            self.browser_opened = True
            self.address_row.hide()
            self.status.setText(self.tr(
                "The preview opened in your web browser ({url}); it updates there by itself after each "
                "change.").format(url=url))
            return True
        self.address_row.show()
        self.status.setText(self.tr(
            "No web browser could be opened on this computer. Copy the address below and paste it "
            "into your browser's address bar."))
        return False

    @Slot()
    def copy_address(self) -> None:
        QGuiApplication.clipboard().setText(self.address.text())
        self.copy_button.setText(self.tr("Copied"))

    @Slot()
    def _on_building(self) -> None:
        self.status.setText(self.tr("Updating the preview…"))

    @Slot(str)
    def _on_built(self, url: str) -> None:
        self.open_button.setEnabled(True)
        if self.view is not None:
            if self.view.url().toString() == url:
                self.view.reload()
            else:
                self.view.setUrl(QUrl(url))
            self.status.setText(self.tr("Preview of your shop, as your customers will see it."))
            return
        if not self.browser_opened and not self.address_row.isVisible():
            self.open_in_browser()
        elif self.browser_opened:
            self.status.setText(self.tr(
                "The preview opened in your web browser ({url}); it updates there by itself after each "
                "change.").format(url=url))

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if isinstance(error, BuildCancelled):
            return
        if isinstance(error, EchoppeError):
            text = error.text(ui_language())
        else:
            text = self.tr("The preview could not be built ({what}).").format(what=type(error).__name__)
        self.status.setText(text)

    def closeEvent(self, event: Any) -> None:
        self.controller.stop()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the preview server (the Look page calls this when the wizard closes)."""
        self.controller.stop()

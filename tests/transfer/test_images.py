"""Pictures left as links by an import are downloaded from a real local web server, or reported."""

from __future__ import annotations

import http.server
import io
import socket
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from wizard.domain.model import ImageRef, Product
from wizard.store import ShopFile
from wizard.transfer.images import fetch_pending_images


def _png(colour: str, size: tuple[int, int] = (30, 20)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def server():
    files = {"/red.png": _png("red"), "/blue.png": _png("blue"), "/notes.txt": b"not a picture"}
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            body = files.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()
    httpd.server_close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_downloads_good_links_and_reports_the_others(shop_path: Path, server) -> None:
    base, hits = server
    dead = f"http://127.0.0.1:{_closed_port()}/gone.jpg"
    with ShopFile.create(shop_path) as shop:
        shop.add_products([
            Product(name="Bol", price=Decimal("12"), images=(
                ImageRef(url=f"{base}/red.png", alt="rouge"), ImageRef(url=f"{base}/missing.png"))),
            Product(name="Tasse", price=Decimal("8"), images=(
                ImageRef(url=f"{base}/red.png"), ImageRef(url=f"{base}/notes.txt"), ImageRef(url=dead),
                ImageRef(url=f"{base}/blue.png"))),
            Product(name="Plat", price=Decimal("20")),
        ])
        seen: list[tuple[int, int]] = []
        report = fetch_pending_images(shop, timeout=5, progress=lambda d, t: seen.append((d, t)))
        assert report.downloaded == 2 and report.products_updated == 2
        assert hits.count("/red.png") == 1  # shared by two products, fetched once
        assert seen[0] == (0, 5) and seen[-1] == (5, 5)
        failed = {f.url.rsplit("/", 1)[1]: f for f in report.failures}
        assert set(failed) == {"missing.png", "notes.txt", "gone.jpg"}
        assert "404" in failed["missing.png"].text("en")
        assert "not a picture" in failed["notes.txt"].text("en")
        assert "could not be reached" in failed["gone.jpg"].text("en")
        assert failed["gone.jpg"].products == ("tasse",)
        bol = shop.product("bol")
        assert bol.images[0].key and not bol.images[0].pending and bol.images[0].alt == "rouge"
        assert bol.images[1].pending and bol.images[1].url.endswith("/missing.png")
        stored = shop.image(bol.images[0].key)
        assert stored is not None and (stored.width, stored.height) == (30, 20)
        tasse = shop.product("tasse")
        assert [i.pending for i in tasse.images] == [False, True, True, False]
        assert tasse.images[0].key == bol.images[0].key
        # A second run only retries what is still a link.
        again = fetch_pending_images(shop, timeout=5)
        assert again.downloaded == 0 and len(again.failures) == 3


def test_no_network_never_crashes(shop_path: Path) -> None:
    def offline(url: str, timeout: float, seconds: float) -> bytes:
        from wizard.transfer.images import http_fetch

        return http_fetch(url.replace("exemple.fr", "127.0.0.1:9"), timeout, seconds)

    with ShopFile.create(shop_path) as shop:
        shop.add_products([Product(name="Bol", price=Decimal("12"),
                                   images=(ImageRef(url="https://exemple.fr/bol.jpg"),
                                           ImageRef(url="ftp://exemple.fr/x.jpg")))])
        report = fetch_pending_images(shop, timeout=2, fetch=offline)
        assert report.downloaded == 0 and len(report.failures) == 2
        assert shop.product("bol").images == (ImageRef(url="https://exemple.fr/bol.jpg"),
                                              ImageRef(url="ftp://exemple.fr/x.jpg"))

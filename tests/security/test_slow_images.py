"""Finding 17: ``--download-images`` gives up on a server that trickles bytes.

A real local HTTP server sends a real picture a few bytes at a time, each well within the socket
timeout, so that only a deadline on the whole download can stop it. The picture takes seconds to
arrive in full; the limits under test are a fraction of that, so machine load cannot change the
outcome (a slower machine only makes the server slower still).
"""

from __future__ import annotations

import http.server
import io
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from wizard.cli import main
from wizard.domain.model import ImageRef, Product
from wizard.store import ShopFile
from wizard.transfer import images
from wizard.transfer.images import fetch_pending_images

TRICKLE_PAUSE = 0.25  # seconds between two pieces: the whole picture takes several seconds


def _picture() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (12, 12), "green").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def trickling_server():
    body = _picture()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            try:
                if self.path.startswith("/slow-headers"):
                    self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                    for _ in range(40):  # one header line at a time, never the blank line in time
                        self.wfile.write(b"X-Wait: 1\r\n")
                        self.wfile.flush()
                        time.sleep(TRICKLE_PAUSE)
                    self.wfile.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                step = max(1, len(body) // 20)
                for start in range(0, len(body), step):
                    self.wfile.write(body[start:start + step])
                    self.wfile.flush()
                    time.sleep(TRICKLE_PAUSE)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up: what the test wants

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _shop(path: Path, urls: list[str]) -> Path:
    with ShopFile.create(path) as shop:
        shop.add_products([Product(name=f"Bol {i}", price=Decimal("12"), images=(ImageRef(url=url),))
                           for i, url in enumerate(urls)])
    return path


@pytest.mark.parametrize("path", ["/slow-body.png", "/slow-headers.png"])
def test_a_trickling_server_is_given_up_on_per_picture(tmp_path, trickling_server, path):
    shop = _shop(tmp_path / "shop.echoppe", [trickling_server + path])
    with ShopFile.open(shop) as s:
        report = fetch_pending_images(s, timeout=15, image_seconds=0.5)
    assert report.downloaded == 0
    assert [f.reason.text("en") for f in report.failures] == [
        "it was not fully received after 0.5 seconds (the server is too slow)."]
    with ShopFile.open(shop) as s:
        assert s.products()[0].images[0].pending  # still a link, to try another time


def test_the_whole_run_has_a_deadline(tmp_path, trickling_server):
    urls = [f"{trickling_server}/slow-body-{i}.png" for i in range(3)]
    shop = _shop(tmp_path / "shop.echoppe", urls)
    with ShopFile.open(shop) as s:
        report = fetch_pending_images(s, timeout=15, workers=1, image_seconds=60, run_seconds=0.5)
    reasons = [f.reason.text("en") for f in report.failures]
    assert report.downloaded == 0 and len(reasons) == 3
    assert "too slow" in reasons[0]
    assert all(r.startswith("not tried") for r in reasons[1:])


def test_the_cli_reports_the_slow_picture(tmp_path, trickling_server, monkeypatch, capsys):
    monkeypatch.setenv("ECHOPPE_LANG", "en")
    monkeypatch.setattr(images, "IMAGE_SECONDS", 0.5)  # the CLI's own limit, shortened for the test
    shop = _shop(tmp_path / "shop.echoppe", [])
    csv = tmp_path / "in.csv"
    csv.write_text(f"Nom;Prix;Image\nBol;12;{trickling_server}/slow-body.png\n", encoding="utf-8")
    assert main(["import", str(shop), str(csv), "--download-images"]) == 0
    out, _ = capsys.readouterr()
    assert "Pictures downloaded: 0; still links: 1." in out
    assert "too slow" in out

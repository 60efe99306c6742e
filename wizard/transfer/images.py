"""Downloading the pictures an import left as links (``ImageRef(url=...)``) into the shop file.

Without a network (or with a dead link) nothing breaks: the product keeps the link and the report
says which pictures could not be fetched and why, so the user can try again later or add the file.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from wizard.domain.model import ImageRef
from wizard.i18n import Message, msg
from wizard.store import ShopFile
from wizard.store.images import ImageImportError, PreparedImage, prepare_image

MAX_BYTES = 25 * 1024 * 1024  # a photo larger than this is not a product picture
IMAGE_SECONDS = 120.0  # one picture, from connecting to its last byte (25 MB at 2 Mbit/s is ~100 s)
RUN_SECONDS = 1800.0  # every picture of one run: what is left is reported, to fetch another time
USER_AGENT = "Echoppe (product import)"
Fetcher = Callable[[str, float, float], bytes]  # (url, seconds a network wait may take, seconds in all)


@dataclass(frozen=True)
class ImageFailure:
    """A picture that stayed a link, and why."""

    url: str
    reason: Message
    products: tuple[str, ...]  # slugs of the products showing it

    def text(self, lang: str | None = None) -> str:
        return msg("{url}: {reason}", url=self.url, reason=self.reason.text(lang)).text(lang)


@dataclass(frozen=True)
class FetchReport:
    downloaded: int  # distinct pictures now stored in the shop
    products_updated: int
    failures: tuple[ImageFailure, ...]
    cancelled: bool = False


class _Failed(Exception):
    def __init__(self, reason: Message) -> None:
        super().__init__(reason.text("en"))
        self.reason = reason


class _Watch:
    """Ends one download when its time is up, however the server trickles its bytes.

    A socket timeout bounds each wait, not their sum: a server sending a byte every few seconds never
    trips it. A timer shuts the download's sockets down at the deadline, which wakes any blocked read.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, seconds), self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Watch:
        self._timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._timer.cancel()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError, ValueError):
        sock.shutdown(socket.SHUT_RDWR)


class _WatchedHTTP(http.client.HTTPConnection):
    watch: _Watch

    def connect(self) -> None:
        super().connect()
        self.watch.add(self.sock)


class _WatchedHTTPS(http.client.HTTPSConnection):
    watch: _Watch

    def connect(self) -> None:
        super().connect()
        self.watch.add(self.sock)


def _opener(watch: _Watch) -> urllib.request.OpenerDirector:
    """urllib's opener (redirects included) whose every connection is shut down at ``watch``'s deadline."""
    def plain(host: str, /, **kwargs: Any) -> http.client.HTTPConnection:
        connection = _WatchedHTTP(host, **kwargs)
        connection.watch = watch
        return connection

    def secure(host: str, /, **kwargs: Any) -> http.client.HTTPConnection:
        connection = _WatchedHTTPS(host, **kwargs)
        connection.watch = watch
        return connection

    class Plain(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(plain, req)

    class Secure(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(secure, req, context=self._context)  # type: ignore[attr-defined]

    return urllib.request.build_opener(Plain(), Secure())


def _too_slow(seconds: float) -> _Failed:
    return _Failed(msg("it was not fully received after {seconds} seconds (the server is too slow).",
                       seconds=f"{seconds:g}"))


def http_fetch(url: str, timeout: float, seconds: float = IMAGE_SECONDS) -> bytes:
    """The bytes at ``url`` (http or https only, at most :data:`MAX_BYTES`, within ``seconds`` in all)."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise _Failed(msg("Only http:// and https:// links can be downloaded."))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    data = bytearray()
    with _Watch(seconds) as watch:
        try:
            with _opener(watch).open(request, timeout=min(timeout, max(seconds, 0.001))) as response:
                while len(data) <= MAX_BYTES and not watch.expired:
                    chunk = response.read(min(65536, MAX_BYTES + 1 - len(data)))
                    if not chunk:
                        break
                    data += chunk
        except urllib.error.HTTPError as exc:
            raise _Failed(msg("the server answered {status}.", status=exc.code)) from exc
        except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
            if watch.expired:
                raise _too_slow(seconds) from exc
            reason = getattr(exc, "reason", exc)
            raise _Failed(msg("it could not be reached ({error}).", error=str(reason))) from exc
        if watch.expired:
            raise _too_slow(seconds)
    if len(data) > MAX_BYTES:
        raise _Failed(msg("the file is larger than {mb} MB.", mb=MAX_BYTES // (1024 * 1024)))
    return bytes(data)


def _download(url: str, timeout: float, image_seconds: float, run_end: float, fetch: Fetcher) -> PreparedImage:
    left = run_end - time.monotonic()
    if left <= 0:
        raise _Failed(msg("not tried: the downloads already took the most time one run may take; "
                          "download the pictures again to fetch the rest."))
    try:
        return prepare_image(fetch(url, timeout, min(image_seconds, left)))
    except ImageImportError as exc:
        raise _Failed(exc.message) from exc


def fetch_pending_images(
    shop: ShopFile,
    timeout: float = 15.0,
    workers: int = 4,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    fetch: Fetcher = http_fetch,
    image_seconds: float | None = None,
    run_seconds: float | None = None,
) -> FetchReport:
    """Download every picture of ``shop``'s products that is still only a link.

    Each picture may take ``image_seconds`` in all (default :data:`IMAGE_SECONDS`) and the whole run
    ``run_seconds`` (default :data:`RUN_SECONDS`): a server that trickles bytes is given up on, and the
    pictures not tried in time are reported, still links. Downloads run ``workers`` at a time; each picture is downscaled and stripped like any other
    (see :func:`wizard.store.images.prepare_image`) and stored once even when several products
    show it. Products are updated in one transaction at the end. Never raises for a network error.
    """
    users: dict[str, list[str]] = {}
    products = [p for p in shop.products() if any(i.pending and i.url for i in p.images)]
    for product in products:
        for image in product.images:
            if image.pending and image.url:
                users.setdefault(image.url, []).append(product.slug)
    urls = list(users)
    stored: dict[str, str] = {}
    failures: list[ImageFailure] = []
    cancelled = False
    done = 0
    if progress is not None:
        progress(0, len(urls))
    image_limit = IMAGE_SECONDS if image_seconds is None else image_seconds
    run_end = time.monotonic() + (RUN_SECONDS if run_seconds is None else run_seconds)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = {url: pool.submit(_download, url, timeout, image_limit, run_end, fetch) for url in urls}
        for url, future in futures.items():
            if cancel is not None and cancel.is_set():
                cancelled = True
                for pending in futures.values():
                    pending.cancel()
                break
            try:
                prepared = future.result()
            except _Failed as exc:
                failures.append(ImageFailure(url, exc.reason, tuple(users[url])))
            else:
                shop.store_prepared_image(prepared)
                stored[url] = prepared.key
            done += 1
            if progress is not None:
                progress(done, len(urls))
    updated = 0
    with shop.transaction("products"):
        for product in products:
            images = tuple(
                ImageRef(key=stored[i.url], url=i.url, alt=i.alt) if i.pending and i.url in stored else i
                for i in product.images
            )
            if images != product.images:
                shop.update_product(replace(product, images=images))
                updated += 1
    return FetchReport(len(stored), updated, tuple(failures), cancelled)

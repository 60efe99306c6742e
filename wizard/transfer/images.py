"""Downloading the pictures an import left as links (``ImageRef(url=...)``) into the shop file.

Without a network (or with a dead link) nothing breaks: the product keeps the link and the report
says which pictures could not be fetched and why, so the user can try again later or add the file.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from wizard.domain.model import ImageRef
from wizard.i18n import Message, msg
from wizard.store import ShopFile
from wizard.store.images import ImageImportError, PreparedImage, prepare_image

MAX_BYTES = 25 * 1024 * 1024  # a photo larger than this is not a product picture
USER_AGENT = "Echoppe (product import)"
Fetcher = Callable[[str, float], bytes]


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


def http_fetch(url: str, timeout: float) -> bytes:
    """The bytes at ``url`` (http or https only, at most :data:`MAX_BYTES`)."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise _Failed(msg("Only http:// and https:// links can be downloaded."))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise _Failed(msg("the server answered {status}.", status=exc.code)) from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise _Failed(msg("it could not be reached ({error}).", error=str(reason))) from exc
    if len(data) > MAX_BYTES:
        raise _Failed(msg("the file is larger than {mb} MB.", mb=MAX_BYTES // (1024 * 1024)))
    return bytes(data)


def _download(url: str, timeout: float, fetch: Fetcher) -> PreparedImage:
    try:
        return prepare_image(fetch(url, timeout))
    except ImageImportError as exc:
        raise _Failed(exc.message) from exc


def fetch_pending_images(
    shop: ShopFile,
    timeout: float = 15.0,
    workers: int = 4,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    fetch: Fetcher = http_fetch,
) -> FetchReport:
    """Download every picture of ``shop``'s products that is still only a link.

    Downloads run ``workers`` at a time; each picture is downscaled and stripped like any other
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
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = {url: pool.submit(_download, url, timeout, fetch) for url in urls}
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

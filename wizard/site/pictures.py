"""Pictures for the pages: the responsive image pipeline when present, a plain copy otherwise."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from wizard.store.shopfile import ShopFile

# Sizes hints used by the templates (CSS widths the picture is shown at).
SIZES_CARD = "(min-width: 64em) 17rem, (min-width: 40em) 30vw, 46vw"
SIZES_MAIN = "(min-width: 64em) 36rem, 100vw"
SIZES_THUMB = "(min-width: 50em) 10rem, 45vw"
SIZES_LOGO = "12rem"
SIZES_HERO = "(min-width: 64em) 40rem, 100vw"


class Picture(Protocol):
    fallback: str
    srcset_webp: str
    srcset_jpeg: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class PlainPicture:
    """One stored image copied as it is (used until the responsive pipeline is available)."""

    fallback: str
    srcset_webp: str
    srcset_jpeg: str
    width: int
    height: int
    alt: str


class PlainPipeline:
    """Copies each stored image once under ``images/``: the fallback when ``images.py`` is absent."""

    def __init__(self, shop: ShopFile, out_dir: Path, cache_dir: Path) -> None:
        self.shop = shop
        self.out_dir = out_dir
        self._wanted: dict[str, str] = {}
        self._dims: dict[str, tuple[int, int, str]] = {}

    def picture(self, key: str, alt: str, sizes: str) -> PlainPicture | None:
        if key not in self._dims:
            img = self.shop.image(key)
            if img is None:
                return None
            ext = "png" if img.mime == "image/png" else "jpg"
            self._dims[key] = (img.width, img.height, ext)
        width, height, ext = self._dims[key]
        rel = f"images/{key[:20]}.{ext}"
        self._wanted[key] = rel
        return PlainPicture(rel, "", "", width, height, alt)

    def run(self, progress: Callable[..., Any] | None = None, cancel: threading.Event | None = None) -> list[str]:
        written = []
        for key, rel in sorted(self._wanted.items()):
            target = self.out_dir / rel
            img = self.shop.image(key)
            if img is None or (target.is_file() and target.stat().st_size == len(img.data)):
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".tmp-{target.name}")
            tmp.write_bytes(img.data)
            tmp.replace(target)
            written.append(rel)
        return written


def make_pipeline(shop: ShopFile, out_dir: Path, cache_dir: Path) -> Any:
    """The responsive :class:`wizard.site.images.ImagePipeline`, or :class:`PlainPipeline`."""
    try:
        from wizard.site.images import ImagePipeline  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return PlainPipeline(shop, out_dir, cache_dir)
    return ImagePipeline(shop, out_dir, cache_dir)


def picture_files(pic: Picture) -> set[str]:
    """Every file a picture refers to (its fallback and each srcset candidate)."""
    files = {pic.fallback}
    for srcset in (pic.srcset_webp, pic.srcset_jpeg):
        for candidate in srcset.split(","):
            url = candidate.strip().split(" ")[0]
            if url:
                files.add(url)
    return {f.lstrip("/") for f in files if f and "://" not in f}

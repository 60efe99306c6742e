"""Pictures for the pages: sizes hints, the image pipeline for a build, the files a picture uses."""

from __future__ import annotations

from pathlib import Path

from wizard.site.images import ImagePipeline, Picture
from wizard.store.shopfile import ShopFile

# Sizes hints used by the templates (CSS widths the picture is shown at).
SIZES_CARD = "(min-width: 64em) 17rem, (min-width: 40em) 30vw, 46vw"
SIZES_MAIN = "(min-width: 64em) 36rem, 100vw"
SIZES_THUMB = "(min-width: 50em) 10rem, 45vw"
SIZES_LOGO = "12rem"
SIZES_HERO = "(min-width: 64em) 40rem, 100vw"

__all__ = ["Picture", "make_pipeline", "picture_files"]


def make_pipeline(shop: ShopFile, out_dir: Path, cache_dir: Path) -> ImagePipeline:
    """The responsive image pipeline for one build."""
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

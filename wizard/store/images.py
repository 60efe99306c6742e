"""Images as they enter a shop file: oriented, downscaled, stripped of EXIF (GPS included)."""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.i18n import EchoppeError, msg

if TYPE_CHECKING:
    from PIL import Image

MAX_SIDE = 2400
# What a picture may be before it is decoded (checked from its header, before any pixel is read).
# JPEG decodes at 1/2, 1/4 or 1/8 of its size on request (``draft``), so even a 200-megapixel phone
# photo costs a few tens of MB; other formats decode whole, so their bound is what memory allows.
MAX_INPUT_SIDE = 20_000  # the longest phone photo side is 16,320 px (200 MP sensors)
MAX_JPEG_PIXELS = 250_000_000
MAX_OTHER_PIXELS = 25_000_000  # a 6000 × 4000 PNG or WebP: about 100 MB decoded


def guard_decoding() -> None:
    """Import Pillow with its own decoding guard set to ours (beyond our checks); call before decoding.

    Pillow is imported on first use (a build whose pictures are all in the cache never loads it):
    every decoding of Échoppe calls this first, so the guard is always set.
    """
    if _GUARDED:
        return
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_JPEG_PIXELS
    _GUARDED.append(True)


_GUARDED: list[bool] = []  # once per process: a later change of the limit (a test's) stays


IMAGE_KEY = re.compile(r"[0-9a-f]{64}")
"""An image key: the lower-case hex SHA-256 of the stored bytes, nothing else (never a path)."""


def is_image_key(value: object) -> bool:
    """True for a well-formed image key (a shop file may hold anything in that column)."""
    return isinstance(value, str) and IMAGE_KEY.fullmatch(value) is not None


def key_of(data: bytes) -> str:
    """The key of stored image bytes."""
    return hashlib.sha256(data).hexdigest()


class ImageImportError(EchoppeError):
    """The file is not an image Échoppe can use."""


@dataclass(frozen=True)
class PreparedImage:
    key: str  # SHA-256 of ``data``
    data: bytes
    mime: str
    width: int
    height: int


def _to_srgb(img: Image.Image, icc_profile: bytes) -> Image.Image:
    """Convert from the photo's colour profile (e.g. a phone's Display P3) to sRGB, the Web's default."""
    try:
        from PIL import ImageCms
    except ImportError:  # pragma: no cover - Pillow built without LittleCMS
        return img
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        converted = ImageCms.profileToProfile(img, source, ImageCms.createProfile("sRGB"), outputMode=img.mode)
    except (OSError, ValueError, TypeError, ImageCms.PyCMSError):  # a broken or CMYK profile: keep pixels
        return img
    if converted is None:  # pragma: no cover - only with inPlace=True
        return img
    converted.info = {}
    return converted


def _refuse_bombs(fmt: str | None, width: int, height: int) -> None:
    """Refuse, from the header alone, a picture whose decoding would take unbounded memory."""
    limit = MAX_JPEG_PIXELS if fmt == "JPEG" else MAX_OTHER_PIXELS
    if width > MAX_INPUT_SIDE or height > MAX_INPUT_SIDE or width * height > limit or width < 1 or height < 1:
        raise ImageImportError(
            msg("This picture is too large for Échoppe ({width} × {height} pixels).", width=width, height=height),
            msg("Make it smaller in a photo editor (2400 pixels wide is plenty), then add it again."),
        )


def prepare_image(raw: bytes, max_side: int = MAX_SIDE) -> PreparedImage:
    """Apply EXIF orientation, convert to sRGB, downscale to ``max_side``, drop all metadata.

    Pictures with transparency come out as PNG, the others as JPEG.
    """
    guard_decoding()
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(raw)) as opened:
            _refuse_bombs(opened.format, opened.width, opened.height)
            if opened.format == "JPEG":
                opened.draft("RGB", (max_side, max_side))  # decode at the smallest scale still >= max_side
            opened.load()
            ImageOps.exif_transpose(opened, in_place=True)  # no second copy of a big picture
            img: Image.Image = opened
    except Image.DecompressionBombError as exc:
        raise ImageImportError(
            msg("This picture is too large for Échoppe (more than {limit} million pixels).",
                limit=Image.MAX_IMAGE_PIXELS // 1_000_000 if Image.MAX_IMAGE_PIXELS else 0),
            msg("Make it smaller in a photo editor (2400 pixels wide is plenty), then add it again."),
        ) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ImageImportError(
            msg("This file is not a picture Échoppe can read."),
            msg("Use a JPEG, PNG or WebP photo."),
        ) from exc
    has_alpha = img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info)
    # Work in RGB(A): palette transparency is resolved now, and resampling is done on full colour.
    wanted = "RGBA" if has_alpha else "RGB"
    if img.mode != wanted:
        img = img.convert(wanted)
    icc_profile = img.info.get("icc_profile")
    # Pillow carries some of ``info`` into what it saves (JPEG comments, XMP…): drop all of it, so no
    # EXIF, GPS position, camera serial or comment ever leaves the kitchen table.
    img.info = {}
    if icc_profile:
        img = _to_srgb(img, icc_profile)
    if img.width > max_side or img.height > max_side:
        img.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if has_alpha:
        img.save(out, "PNG", optimize=True)
        mime = "image/png"
    else:
        img.save(out, "JPEG", quality=88, optimize=True, progressive=True)
        mime = "image/jpeg"
    data = out.getvalue()
    return PreparedImage(key_of(data), data, mime, img.width, img.height)

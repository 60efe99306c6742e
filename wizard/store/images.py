"""Images as they enter a shop file: oriented, downscaled, stripped of EXIF (GPS included)."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from wizard.i18n import EchoppeError, msg

MAX_SIDE = 2400
Image.MAX_IMAGE_PIXELS = 120_000_000  # a 12,000 × 10,000 photo; beyond is a decompression bomb


class ImageImportError(EchoppeError):
    """The file is not an image Échoppe can use."""


@dataclass(frozen=True)
class PreparedImage:
    key: str  # SHA-256 of ``data``
    data: bytes
    mime: str
    width: int
    height: int


def prepare_image(raw: bytes, max_side: int = MAX_SIDE) -> PreparedImage:
    """Apply EXIF orientation, downscale to ``max_side``, drop all metadata; JPEG or PNG out."""
    try:
        with Image.open(io.BytesIO(raw)) as opened:
            opened.load()
            img = ImageOps.exif_transpose(opened)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError) as exc:
        raise ImageImportError(
            msg("This file is not a picture Échoppe can read."),
            msg("Use a JPEG, PNG or WebP photo."),
        ) from exc
    has_alpha = img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info)
    if img.width > max_side or img.height > max_side:
        img.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if has_alpha:
        img = img.convert("RGBA")
        img.save(out, "PNG", optimize=True)
        mime = "image/png"
    else:
        if img.mode != "RGB":
            img = img.convert("RGB")
        # No exif=, no icc_profile beyond sRGB assumption: nothing personal leaves the kitchen table.
        img.save(out, "JPEG", quality=88, optimize=True, progressive=True)
        mime = "image/jpeg"
    data = out.getvalue()
    return PreparedImage(hashlib.sha256(data).hexdigest(), data, mime, img.width, img.height)

"""Responsive images for the shop site: several widths, WebP plus a JPEG (or PNG) fallback.

The pipeline works in two steps. Templates ask for :meth:`ImagePipeline.picture` (and
:meth:`~ImagePipeline.og_image`, :meth:`~ImagePipeline.icons`): this only records which
derivatives the site needs and returns their URLs. :meth:`ImagePipeline.run` then encodes what
the cache does not hold yet, on both cores, and copies the derivatives into
``out_dir/img/`` when they are missing or different there.

The cache is keyed by the image's content hash, the width, the format and the encoder settings,
so an unchanged image is never encoded twice, whichever build asks for it. No Qt here.
"""

from __future__ import annotations

import concurrent.futures as cf
import filecmp
import hashlib
import io
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from wizard.i18n import EchoppeError, msg
from wizard.store.images import guard_decoding, is_image_key

if TYPE_CHECKING:
    from PIL import Image

    from wizard.store.images import PreparedImage

DEFAULT_WIDTHS = (320, 640, 960, 1280, 1920)
OG_WIDTH = 1200
FALLBACK_TARGET = 960  # the <img src> width: sharp enough when a browser ignores srcset
DEFAULT_SIZES = "(min-width: 60em) 33vw, (min-width: 40em) 50vw, 100vw"

# Change a value here and every derivative is re-encoded (the tag is part of names and cache keys).
WEBP_OPTIONS: dict[str, Any] = {"quality": 78, "method": 4}
JPEG_OPTIONS: dict[str, Any] = {"quality": 80, "optimize": True, "progressive": True}
PNG_OPTIONS: dict[str, Any] = {"optimize": True}
ENCODER_TAG = "v1-w78m4-j80po-png"

EXTENSIONS = {"webp": "webp", "jpeg": "jpg", "png": "png"}
MIME_TYPES = {"webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}
ICON_SIZES = {"icon-192": 192, "icon-512": 512, "apple-touch-icon": 180}
FAVICON_SIZES = ((16, 16), (32, 32), (48, 48))


class ImagePipelineError(EchoppeError):
    """An image of the shop cannot be turned into site images."""


class ImageMissing(ImagePipelineError):
    """A product or the logo refers to an image that is not in the shop file."""


class ImagesCancelled(ImagePipelineError):
    """The user cancelled the build while images were being prepared."""


class _ImageSource(Protocol):
    """What the pipeline needs from a shop file (``ShopFile`` fits)."""

    def image(self, key: str) -> PreparedImage | None: ...


Cancel = Callable[[], bool] | threading.Event  # a threading.Event works too
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Picture:
    """Everything a template needs for ``<picture>``: URLs are relative to the site root."""

    fallback: str  # ``img/<hash12>-960.jpg``: the <img src>
    srcset_webp: str  # ``img/…-320.webp 320w, img/…-640.webp 640w, …``
    srcset_jpeg: str  # the same widths in the fallback format (JPEG, or PNG for transparent images)
    width: int  # of the fallback; width/height give the original aspect ratio
    height: int
    alt: str
    sizes: str = DEFAULT_SIZES
    fallback_type: str = "image/jpeg"


@dataclass(frozen=True)
class Icons:
    """Site icons made from the logo (or from the shop's initial when there is no logo)."""

    favicon: str  # ``favicon.ico`` (16, 32 and 48 px)
    apple_touch: str  # 180 px PNG, opaque
    icon_192: str  # for the web manifest
    icon_512: str


@dataclass(frozen=True)
class ImageRunStats:
    """What the last :meth:`ImagePipeline.run` did."""

    requested: int = 0  # derivative files the site needs
    encoded: int = 0  # derivatives encoded now (0 on a warm cache)
    written: int = 0  # files linked or copied into the output folder
    unchanged: int = 0  # files already there with the same content


@dataclass(frozen=True)
class _Source:
    key: str
    width: int
    height: int
    alpha: bool


@dataclass(frozen=True)
class _Job:
    """One source image and the derivatives of it that the cache lacks."""

    key: str
    targets: tuple[tuple[int, str, str], ...]  # (width, format, cache path)


@dataclass
class _Request:
    derivatives: dict[tuple[str, int, str], str] = field(default_factory=dict)  # → site path
    icons: dict[str, tuple[str | None, str, str]] = field(default_factory=dict)


def _stem(key: str) -> str:
    """The public name of an image's derivatives: changes with the encoder settings."""
    return hashlib.sha256(f"{key}|{ENCODER_TAG}".encode()).hexdigest()[:12]


def _cache_id(key: str) -> str:
    """The cache's name for an image: a hash of its key (64 hex digits, whatever the key holds)."""
    return hashlib.sha256(f"cache|{key}".encode("utf-8", "surrogatepass")).hexdigest()


def _scaled_height(src_w: int, src_h: int, width: int) -> int:
    return max(1, round(src_h * width / src_w))


MAX_STORED_SIDE = 10_000  # stored pictures are downscaled to 2400 px; a file may claim anything


def _open_stored(data: bytes) -> Image.Image:
    """Open a stored picture, refusing from its header one no picture of ours can be (a bomb)."""
    guard_decoding()
    from PIL import Image  # here: Pillow is loaded only when a picture is made

    try:
        img = Image.open(io.BytesIO(data))
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise _unusable() from exc
    if not (0 < img.width <= MAX_STORED_SIDE and 0 < img.height <= MAX_STORED_SIDE):
        raise _unusable()
    return img


def _unusable() -> ImageMissing:
    return ImageMissing(
        msg("A picture in the shop file is damaged or far too large."),
        msg("Open the product in Échoppe and add its picture again."),
    )


def _open_rgb(data: bytes, alpha: bool) -> Image.Image:
    img = _open_stored(data)
    try:
        img.load()
    except (OSError, ValueError, SyntaxError) as exc:
        raise _unusable() from exc
    from PIL import ImageOps

    img = ImageOps.exif_transpose(img)
    wanted = "RGBA" if alpha else "RGB"
    return img if img.mode == wanted else img.convert(wanted)


def _save(img: Image.Image, fmt: str, path: Path) -> None:
    """Encode ``img`` to ``path`` atomically (a half-written cache file would poison every build)."""
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "jpeg" and img.mode != "RGB":
        background = Image.new("RGB", img.size, (255, 255, 255))
        background.paste(img, mask=img.getchannel("A") if "A" in img.getbands() else None)
        img = background
    options: dict[str, Any] = {"webp": WEBP_OPTIONS, "jpeg": JPEG_OPTIONS, "png": PNG_OPTIONS}[fmt]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix="." + EXTENSIONS[fmt])
    try:
        with os.fdopen(fd, "wb") as fh:
            img.save(fh, fmt.upper(), **options)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def encode_derivatives(data: bytes, alpha: bool, targets: Iterable[tuple[int, str, str]]) -> int:
    """Decode once, then resize from large to small and encode each target; returns the count.

    A module-level function so that a process pool can run it.
    """
    from PIL import Image

    img = _open_rgb(data, alpha)
    by_width: dict[int, list[tuple[str, str]]] = {}
    for width, fmt, path in targets:
        by_width.setdefault(width, []).append((fmt, path))
    count = 0
    current = img
    for width in sorted(by_width, reverse=True):
        if width < current.width:
            height = _scaled_height(img.width, img.height, width)
            # Each step shrinks the previous one: cheaper than starting from the original each time.
            current = current.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        for fmt, path in by_width[width]:
            _save(current, fmt, Path(path))
            count += 1
    return count


def _square(img: Image.Image, size: int, background: tuple[int, int, int, int]) -> Image.Image:
    """Fit ``img`` into a square of ``size`` px on ``background``, with a small margin."""
    from PIL import Image, ImageOps

    inner = max(1, round(size * 0.86))
    fitted = ImageOps.contain(img.convert("RGBA"), (inner, inner), Image.Resampling.LANCZOS)
    canvas = Image.new("RGBA", (size, size), background)
    canvas.alpha_composite(fitted, ((size - fitted.width) // 2, (size - fitted.height) // 2))
    return canvas


def _hex_rgb(color: str) -> tuple[int, int, int]:
    value = color.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    try:
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
    except ValueError:
        return 47, 93, 80


def initial_icon(initial: str, color: str, size: int = 512, rounded: bool = True) -> Image.Image:
    """A (rounded) square in the shop's colour with its initial in white (when there is no logo)."""
    from PIL import Image, ImageDraw, ImageFont

    rgb = _hex_rgb(color)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    radius = size // 6 if rounded else 0
    draw.rounded_rectangle((0, 0, size - 1, size - 1), radius=radius, fill=(*rgb, 255))
    letter = (initial.strip()[:1] or "?").upper()
    font = ImageFont.load_default(size=round(size * 0.62))
    draw.text((size / 2, size / 2), letter, font=font, fill=(255, 255, 255, 255), anchor="mm")
    return img


def _is_cancelled(cancel: Cancel | None) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


class ImagePipeline:
    """Responsive derivatives of the shop's images, cached across builds.

    ``executor`` is ``"thread"`` (default: Pillow releases the GIL while decoding, resizing and
    encoding, and threads start instantly) or ``"process"``; ``bench/images_bench.py`` compares them.
    """

    def __init__(
        self,
        shop: _ImageSource,
        out_dir: Path,
        cache_dir: Path,
        widths: Iterable[int] = DEFAULT_WIDTHS,
        *,
        workers: int = 2,
        executor: str = "thread",
    ) -> None:
        self.shop = shop
        self.out_dir = Path(out_dir)
        self.cache_dir = Path(cache_dir)
        self.widths = tuple(sorted(set(widths)))
        if not self.widths or self.widths[0] <= 0:
            raise ValueError("widths must be positive")
        self.workers = max(1, workers)
        if executor not in ("thread", "process"):
            raise ValueError("executor must be 'thread' or 'process'")
        self.executor = executor
        self.stats = ImageRunStats()
        self.encode_count = 0  # over the pipeline's life: a warm build adds 0
        self._sources: dict[str, _Source] = {}
        self._request = _Request()
        self.missing: set[str] = set()  # image keys asked for but absent from the shop file

    # ------------------------------------------------------------------ what the site needs
    def _source(self, key: str) -> _Source:
        cached = self._sources.get(key)
        if cached is not None:
            return cached
        if not is_image_key(key):  # a key is a content hash, whatever a shop file claims
            raise ImageMissing(
                msg("An image of the shop is missing from the shop file ({key}).", key="?"),
                msg("Open the product in Échoppe and add its picture again."),
            )
        meta = self._meta_path(key)
        try:
            w, h, a = meta.read_text(encoding="ascii").split()
            source = _Source(key, int(w), int(h), a == "1")
        except (OSError, ValueError):
            prepared = self.shop.image(key)
            if prepared is None:
                raise ImageMissing(
                    msg("An image of the shop is missing from the shop file ({key}).", key=key[:12]),
                    msg("Open the product in Échoppe and add its picture again."),
                ) from None
            with _open_stored(prepared.data) as probe:
                if probe.size != (prepared.width, prepared.height):
                    raise _unusable() from None
                alpha = probe.mode in ("RGBA", "LA", "PA") or "transparency" in probe.info
            source = _Source(key, prepared.width, prepared.height, alpha)
            meta.parent.mkdir(parents=True, exist_ok=True)
            meta.write_text(f"{source.width} {source.height} {int(source.alpha)}", encoding="ascii")
        self._sources[key] = source
        return source

    # Cache names are hashes we compute, never text from the shop file: even a key that slipped
    # past :func:`is_image_key` could not name a folder.
    def _meta_path(self, key: str) -> Path:
        name = _cache_id(key)
        return self.cache_dir / "meta" / name[:2] / f"{name}.txt"

    def _cache_path(self, key: str, width: int, fmt: str) -> Path:
        name = _cache_id(key)
        return self.cache_dir / name[:2] / f"{name}-{width}-{ENCODER_TAG}.{EXTENSIONS[fmt]}"

    def _site_path(self, key: str, width: int, fmt: str) -> str:
        path = f"img/{_stem(key)}-{width}.{EXTENSIONS[fmt]}"
        self._request.derivatives[(key, width, fmt)] = path
        return path

    def widths_for(self, key: str) -> tuple[int, ...]:
        """The widths made for an image: never wider than the original."""
        source = self._source(key)
        kept = tuple(w for w in self.widths if w < source.width)
        if source.width <= self.widths[-1]:
            kept += (source.width,)  # the original width, instead of any upscaled one
        return kept

    def picture(self, key: str, alt: str, sizes: str = DEFAULT_SIZES) -> Picture | None:
        """URLs and sizes of an image for ``<picture>``; records the derivatives for :meth:`run`.

        None when the image is not in the shop file (a page then shows no picture rather than
        failing the whole build); :attr:`missing` collects such keys.
        """
        try:
            source = self._source(key)
        except ImageMissing:
            self.missing.add(key)
            return None
        widths = self.widths_for(key)
        fallback_fmt = "png" if source.alpha else "jpeg"
        webp = ", ".join(f"{self._site_path(key, w, 'webp')} {w}w" for w in widths)
        plain = ", ".join(f"{self._site_path(key, w, fallback_fmt)} {w}w" for w in widths)
        fallback_w = max([w for w in widths if w <= FALLBACK_TARGET] or [widths[0]])
        return Picture(
            fallback=self._site_path(key, fallback_w, fallback_fmt),
            srcset_webp=webp,
            srcset_jpeg=plain,
            width=fallback_w,
            height=_scaled_height(source.width, source.height, fallback_w),
            alt=alt,
            sizes=sizes,
            fallback_type=MIME_TYPES[fallback_fmt],
        )

    def og_image(self, key: str) -> str | None:
        """A JPEG 1200 px wide (or the original width when smaller) for Open Graph previews."""
        try:
            source = self._source(key)
        except ImageMissing:
            self.missing.add(key)
            return None
        return self._site_path(key, min(OG_WIDTH, source.width), "jpeg")

    def icons(self, logo_key: str | None, initial: str = "", color: str = "#2f5d50") -> Icons:
        """favicon.ico, the Apple touch icon and the manifest icons, from the logo or an initial."""
        if logo_key is not None:
            self._source(logo_key)  # fail early, with a clear message, when it is missing
        seed = f"{logo_key or ''}|{initial}|{color}"
        stem = hashlib.sha256(f"{seed}|{ENCODER_TAG}".encode()).hexdigest()[:12]
        paths = {name: f"img/{stem}-{name}.png" for name in ICON_SIZES}
        paths["favicon"] = "favicon.ico"
        for name, path in paths.items():
            self._request.icons[path] = (logo_key, f"{initial}|{color}", name)
        return Icons(paths["favicon"], paths["apple-touch-icon"], paths["icon-192"], paths["icon-512"])

    def requested_paths(self) -> list[str]:
        """Every output file (relative to the site root) that :meth:`run` will provide."""
        return sorted(set(self._request.derivatives.values()) | set(self._request.icons))

    # ------------------------------------------------------------------ doing the work
    def run(self, progress: Progress | None = None, cancel: Cancel | None = None) -> list[str]:
        """Encode what the cache lacks, then put every requested file into ``out_dir``.

        Returns the site paths of all requested image files (so a build knows which files under
        ``img/`` are its own). ``progress(done, total)`` is called as source images are encoded;
        ``cancel()`` (or a ``threading.Event``) stops the work and raises :class:`ImagesCancelled`.
        Details of the run are in :attr:`stats`.
        """
        jobs = self._missing_jobs()
        encoded = self._encode(jobs, progress, cancel) if jobs else 0
        self.encode_count += encoded
        written = unchanged = 0
        for (key, width, fmt), site_path in sorted(self._request.derivatives.items()):
            if _is_cancelled(cancel):
                raise self._cancelled()
            if self._place(self._cache_path(key, width, fmt), site_path):
                written += 1
            else:
                unchanged += 1
        icon_written, icon_unchanged = self._place_icons()
        self.stats = ImageRunStats(
            requested=len(self._request.derivatives) + len(self._request.icons),
            encoded=encoded,
            written=written + icon_written,
            unchanged=unchanged + icon_unchanged,
        )
        if progress is not None and not jobs:
            progress(0, 0)
        return self.requested_paths()

    def _missing_jobs(self) -> list[_Job]:
        per_key: dict[str, list[tuple[int, str, str]]] = {}
        for key, width, fmt in self._request.derivatives:
            path = self._cache_path(key, width, fmt)
            if not path.is_file():
                per_key.setdefault(key, []).append((width, fmt, str(path)))
        return [_Job(key, tuple(targets)) for key, targets in sorted(per_key.items())]

    def _cancelled(self) -> ImagesCancelled:
        return ImagesCancelled(
            msg("Building the site was cancelled."), msg("Start the build again when you are ready.")
        )

    def _encode(self, jobs: list[_Job], progress: Progress | None, cancel: Cancel | None) -> int:
        total = len(jobs)
        if self.executor == "process":
            import multiprocessing

            pool: cf.Executor = cf.ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn")
            )
        else:
            pool = cf.ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="echoppe-img")
        encoded = done = 0
        pending: set[cf.Future[int]] = set()
        queue = list(reversed(jobs))
        try:
            # Keep only a few jobs in flight so that memory stays flat and cancel is quick.
            while queue or pending:
                while queue and len(pending) < self.workers * 2:
                    if _is_cancelled(cancel):
                        raise self._cancelled()
                    job = queue.pop()
                    prepared = self.shop.image(job.key)
                    if prepared is None:
                        raise ImageMissing(
                            msg(
                                "An image of the shop is missing from the shop file ({key}).",
                                key=job.key[:12],
                            ),
                            msg("Open the product in Échoppe and add its picture again."),
                        )
                    alpha = self._sources[job.key].alpha
                    pending.add(pool.submit(encode_derivatives, prepared.data, alpha, job.targets))
                finished, pending = cf.wait(pending, timeout=0.2, return_when=cf.FIRST_COMPLETED)
                for future in finished:
                    encoded += future.result()
                    done += 1
                    if progress is not None:
                        progress(done, total)
                if _is_cancelled(cancel):
                    raise self._cancelled()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        return encoded

    def _place(self, cached: Path, site_path: str) -> bool:
        """Copy a cached file to ``out_dir/site_path`` atomically unless it is already there.

        A copy, not a hard link: a link shares the file, so anything writing into the site folder
        in place would silently corrupt the cache for every later build. The copy keeps the
        cache's modification time, so an unchanged file is recognised from its size and time.
        """
        target = self.out_dir / site_path
        if not target.resolve().is_relative_to(self.out_dir.resolve()):
            raise ValueError(f"image path outside the site folder: {site_path}")
        try:
            if filecmp.cmp(cached, target, shallow=True):
                return False
        except OSError:
            pass  # not there yet
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".tmp-{os.getpid()}-{threading.get_ident()}-{target.name}")
        try:
            shutil.copyfile(cached, tmp)
            stat = cached.stat()
            os.utime(tmp, ns=(stat.st_atime_ns, stat.st_mtime_ns))
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return True

    def _place_icons(self) -> tuple[int, int]:
        written = unchanged = 0
        for site_path, (logo_key, seed, name) in sorted(self._request.icons.items()):
            tag = hashlib.sha256(f"{logo_key}|{seed}|{name}|{ENCODER_TAG}".encode()).hexdigest()[:24]
            cached = self.cache_dir / "icons" / f"{tag}-{name}.{'ico' if name == 'favicon' else 'png'}"
            if not cached.is_file():
                self._make_icon(logo_key, seed, name, cached)
                self.encode_count += 1
            if self._place(cached, site_path):
                written += 1
            else:
                unchanged += 1
        return written, unchanged

    def _make_icon(self, logo_key: str | None, seed: str, name: str, path: Path) -> None:
        from PIL import Image

        initial, color = seed.split("|", 1)
        if logo_key is not None:
            prepared = self.shop.image(logo_key)
            if prepared is None:
                raise ImageMissing(
                    msg("The shop's logo is missing from the shop file."),
                    msg("Choose the logo again in the Your shop step."),
                )
            with _open_stored(prepared.data) as opened:
                try:
                    opened.load()
                except (OSError, ValueError, SyntaxError) as exc:
                    raise _unusable() from exc
                base = opened.convert("RGBA")
        else:
            # Apple rounds the corners itself and fills transparency with black: a full square.
            base = initial_icon(initial, color, rounded=name != "apple-touch-icon")
        path.parent.mkdir(parents=True, exist_ok=True)
        if name == "favicon":
            square = (
                _square(base, 48, (0, 0, 0, 0))
                if logo_key
                else base.resize((48, 48), Image.Resampling.LANCZOS)
            )
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".ico")
            with os.fdopen(fd, "wb") as fh:
                square.save(fh, "ICO", sizes=list(FAVICON_SIZES))
            os.replace(tmp, path)
            return
        size = ICON_SIZES[name]
        if logo_key is not None:
            # Apple fills transparency with black: touch and manifest icons get a white ground.
            square = _square(base, size, (255, 255, 255, 255))
        else:
            square = base.resize((size, size), Image.Resampling.LANCZOS)
        _save(square.convert("RGB") if name == "apple-touch-icon" else square, "png", path)

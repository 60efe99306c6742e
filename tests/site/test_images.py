"""The responsive image pipeline: sizes, formats, no upscaling, the cache, cancelling."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from PIL import Image

from wizard.site import images as images_mod
from wizard.site.images import ImageMissing, ImagePipeline, ImagesCancelled
from wizard.store.shopfile import ShopFile


def _photo(width: int, height: int, seed: int = 0, alpha: bool = False) -> bytes:
    """A small gradient picture (JPEG, or PNG with transparency)."""
    mode = "RGBA" if alpha else "RGB"
    img = Image.linear_gradient("L").resize((width, height))
    r = img.point(lambda v: (v + seed * 37) % 256)
    g = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    bands = [r, g, Image.new("L", (width, height), (seed * 53) % 256)]
    if alpha:
        bands.append(Image.new("L", (width, height), 128))
    out = io.BytesIO()
    Image.merge(mode, bands).save(out, "PNG" if alpha else "JPEG", quality=90)
    return out.getvalue()


@pytest.fixture
def shop(shop_path: Path):
    with ShopFile.create(shop_path) as opened:
        yield opened


def _size(path: Path) -> tuple[str, tuple[int, int]]:
    with Image.open(path) as img:
        return img.format, img.size


def test_picture_lists_widths_and_run_writes_webp_and_jpeg(shop: ShopFile, tmp_path: Path) -> None:
    key = shop.add_image(_photo(1500, 1000)).key
    out, cache = tmp_path / "site", tmp_path / "cache"
    pipeline = ImagePipeline(shop, out, cache)
    pic = pipeline.picture(key, "A red mug", sizes="50vw")

    assert pic.alt == "A red mug" and pic.sizes == "50vw"
    # 1920 would upscale a 1500 px image: the original width is offered instead.
    assert [c.split()[1] for c in pic.srcset_webp.split(", ")] == ["320w", "640w", "960w", "1280w", "1500w"]
    assert pic.fallback.startswith("img/") and pic.fallback.endswith("-960.jpg")
    assert (pic.width, pic.height) == (960, 640)
    assert pic.fallback_type == "image/jpeg"

    paths = pipeline.run()
    assert len(paths) == 10
    for candidate in pic.srcset_webp.split(", ") + pic.srcset_jpeg.split(", "):
        url, width = candidate.split()
        fmt, (w, h) = _size(out / url)
        assert fmt == ("WEBP" if url.endswith(".webp") else "JPEG")
        assert w == int(width[:-1])
        assert h == round(1000 * w / 1500)
    assert pipeline.stats.encoded == 10 and pipeline.stats.written == 10


def test_small_image_is_never_upscaled(shop: ShopFile, tmp_path: Path) -> None:
    key = shop.add_image(_photo(500, 250)).key
    pipeline = ImagePipeline(shop, tmp_path / "site", tmp_path / "cache")
    pic = pipeline.picture(key, "")
    assert pipeline.widths_for(key) == (320, 500)
    assert pic.fallback.endswith("-500.jpg") and (pic.width, pic.height) == (500, 250)
    og = pipeline.og_image(key)
    assert og.endswith("-500.jpg")
    pipeline.run()
    for path in (tmp_path / "site" / "img").iterdir():
        assert _size(path)[1][0] <= 500


def test_og_image_is_1200_wide_jpeg(shop: ShopFile, tmp_path: Path) -> None:
    key = shop.add_image(_photo(2000, 1000)).key
    pipeline = ImagePipeline(shop, tmp_path / "site", tmp_path / "cache")
    og = pipeline.og_image(key)
    pipeline.run()
    assert _size(tmp_path / "site" / og) == ("JPEG", (1200, 600))


def test_transparent_image_falls_back_to_png(shop: ShopFile, tmp_path: Path) -> None:
    key = shop.add_image(_photo(700, 700, alpha=True)).key
    pipeline = ImagePipeline(shop, tmp_path / "site", tmp_path / "cache")
    pic = pipeline.picture(key, "logo")
    pipeline.run()
    assert pic.fallback_type == "image/png" and pic.fallback.endswith(".png")
    with Image.open(tmp_path / "site" / pic.fallback) as img:
        assert img.mode == "RGBA"


def test_warm_cache_encodes_nothing_and_unchanged_output_is_not_rewritten(
    shop: ShopFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = [shop.add_image(_photo(1000, 700, seed=i)).key for i in range(3)]
    cache = tmp_path / "cache"
    calls: list[int] = []
    real = images_mod._save

    def counting_save(img, fmt, path):  # counts real encodes, whichever pipeline runs them
        calls.append(1)
        real(img, fmt, path)

    monkeypatch.setattr(images_mod, "_save", counting_save)

    def build(out: Path) -> ImagePipeline:
        pipeline = ImagePipeline(shop, out, cache)
        for key in keys:
            pipeline.picture(key, "")
            pipeline.og_image(key)
        pipeline.run()
        return pipeline

    first = build(tmp_path / "a")
    # 320, 640, 960 and 1000 px in 2 formats; the OG image is the 1000 px JPEG again.
    assert first.stats.encoded == len(calls) == 3 * 4 * 2
    # Another output folder, another pipeline: everything comes from the cache.
    second = build(tmp_path / "b")
    assert second.stats.encoded == 0 and len(calls) == 24
    assert second.stats.written == 24
    again = build(tmp_path / "b")
    assert again.stats.encoded == 0 and again.stats.written == 0 and again.stats.unchanged == 24
    # A damaged output file is replaced by the cached one.
    victim = tmp_path / "b" / first.picture(keys[0], "").fallback
    victim.write_bytes(b"broken")
    repaired = build(tmp_path / "b")
    assert repaired.stats.written == 1 and victim.read_bytes()[:2] == b"\xff\xd8"


def test_cancel_stops_the_encoding(shop: ShopFile, tmp_path: Path) -> None:
    keys = [shop.add_image(_photo(1200, 800, seed=i)).key for i in range(8)]
    pipeline = ImagePipeline(shop, tmp_path / "site", tmp_path / "cache")
    for key in keys:
        pipeline.picture(key, "")
    stop = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        stop.set()  # cancel as soon as the first image is done

    with pytest.raises(ImagesCancelled):
        pipeline.run(progress=progress, cancel=stop)
    assert 1 <= len(seen) < len(keys)
    assert not (tmp_path / "site" / "img").exists()  # nothing half-placed
    # Cancelling left no broken cache file: the next run finishes the job.
    pipeline.run()
    assert len(list((tmp_path / "site" / "img").iterdir())) == 8 * 8


def test_process_pool_gives_the_same_files(shop: ShopFile, tmp_path: Path) -> None:
    key = shop.add_image(_photo(800, 600)).key
    pipeline = ImagePipeline(shop, tmp_path / "site", tmp_path / "cache", executor="process")
    pic = pipeline.picture(key, "")
    pipeline.run()
    assert pipeline.stats.encoded == 6
    assert _size(tmp_path / "site" / pic.fallback) == ("JPEG", (800, 600))


def test_missing_image_gives_no_picture_and_a_clear_error_for_the_logo(
    shop: ShopFile, tmp_path: Path
) -> None:
    pipeline = ImagePipeline(shop, tmp_path / "site", tmp_path / "cache")
    assert pipeline.picture("0" * 64, "") is None
    assert pipeline.missing == {"0" * 64}
    with pytest.raises(ImageMissing) as caught:
        pipeline.icons("1" * 64)
    assert "add its picture again" in caught.value.text("en")


def test_icons_from_logo_and_from_initial(shop: ShopFile, tmp_path: Path) -> None:
    logo = shop.add_image(_photo(400, 200, alpha=True)).key
    out = tmp_path / "site"
    pipeline = ImagePipeline(shop, out, tmp_path / "cache")
    icons = pipeline.icons(logo)
    pipeline.run()
    assert icons.favicon == "favicon.ico"
    with Image.open(out / icons.favicon) as ico:
        assert ico.format == "ICO" and (48, 48) in ico.info["sizes"]
    assert _size(out / icons.apple_touch) == ("PNG", (180, 180))
    with Image.open(out / icons.apple_touch) as touch:
        assert touch.mode == "RGB"  # opaque
    assert _size(out / icons.icon_512) == ("PNG", (512, 512))

    plain = ImagePipeline(shop, tmp_path / "site2", tmp_path / "cache")
    icons2 = plain.icons(None, initial="échoppe", color="#aa3300")
    plain.run()
    with Image.open(tmp_path / "site2" / icons2.icon_192) as icon:
        assert icon.getpixel((96, 10))[:3] == (0xAA, 0x33, 0x00)

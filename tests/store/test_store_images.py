"""Images entering a shop file: oriented, downscaled, stripped of every metadata, transparency kept."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw

from wizard.store import ShopFile
from wizard.store.images import MAX_JPEG_PIXELS, MAX_SIDE, ImageImportError, guard_decoding, prepare_image

RED, BLUE = (220, 30, 30), (30, 30, 220)


def jpeg(img: Image.Image, **save) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=95, **save)
    return out.getvalue()


def halves(width: int, height: int) -> Image.Image:
    """Left half red, right half blue."""
    img = Image.new("RGB", (width, height), BLUE)
    ImageDraw.Draw(img).rectangle((0, 0, width // 2 - 1, height - 1), fill=RED)
    return img


def close_to(pixel, colour, tolerance=40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))


def gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Phone 12"  # Model
    exif[0x0131] = "Camera app"  # Software
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (48.0, 51.0, 24.0)
    gps[3] = "E"
    gps[4] = (2.0, 21.0, 7.0)
    return exif


def test_large_photos_are_downscaled_to_the_maximum_side():
    prepared = prepare_image(jpeg(halves(3000, 1500)))
    assert (prepared.width, prepared.height) == (MAX_SIDE, 1200)
    with Image.open(io.BytesIO(prepared.data)) as img:
        assert img.size == (MAX_SIDE, 1200) and img.format == "JPEG"
    tall = prepare_image(jpeg(halves(900, 2500)))
    assert max(tall.width, tall.height) == MAX_SIDE


def test_small_photos_are_not_enlarged():
    prepared = prepare_image(jpeg(halves(640, 480)))
    assert (prepared.width, prepared.height) == (640, 480)


def test_exif_orientation_is_applied():
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: the camera was turned; rotate 90° clockwise to show it
    raw = jpeg(halves(200, 100), exif=exif.tobytes())
    prepared = prepare_image(raw)
    assert (prepared.width, prepared.height) == (100, 200)
    with Image.open(io.BytesIO(prepared.data)) as img:
        img = img.convert("RGB")
        assert close_to(img.getpixel((50, 20)), RED)  # the left side is now on top
        assert close_to(img.getpixel((50, 180)), BLUE)
        assert img.getexif().get(0x0112) is None


def test_gps_and_all_exif_are_stripped(shop_path):
    raw = jpeg(halves(300, 200), exif=gps_exif().tobytes(), comment=b"home sweet home")
    with Image.open(io.BytesIO(raw)) as original:  # the test photo really carries them
        assert original.getexif().get_ifd(0x8825)[2] == (48.0, 51.0, 24.0)
    with ShopFile.create(shop_path) as shop:
        key = shop.add_image(raw).key
    with ShopFile.open(shop_path) as shop:
        stored = shop.image(key)
    assert stored is not None and stored.mime == "image/jpeg"
    assert b"Exif" not in stored.data and b"PhoneMaker" not in stored.data
    assert b"home sweet home" not in stored.data
    with Image.open(io.BytesIO(stored.data)) as img:
        assert len(img.getexif()) == 0
        assert "exif" not in img.info and "comment" not in img.info


def test_png_transparency_is_kept_and_metadata_dropped():
    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    ImageDraw.Draw(img).ellipse((8, 8, 56, 56), fill=(200, 80, 40, 255))
    out = io.BytesIO()
    img.save(out, "PNG", exif=gps_exif().tobytes())
    prepared = prepare_image(out.getvalue())
    assert prepared.mime == "image/png"
    assert b"PhoneMaker" not in prepared.data
    with Image.open(io.BytesIO(prepared.data)) as back:
        assert back.mode == "RGBA"
        assert back.getpixel((0, 0))[3] == 0
        assert back.getpixel((32, 32)) == (200, 80, 40, 255)


def test_palette_png_with_a_transparent_colour_stays_transparent():
    img = Image.new("P", (32, 32), 0)
    img.putpalette([255, 255, 255, 10, 120, 60] + [0] * 762)
    ImageDraw.Draw(img).rectangle((8, 8, 23, 23), fill=1)
    out = io.BytesIO()
    img.save(out, "PNG", transparency=0)
    prepared = prepare_image(out.getvalue())
    with Image.open(io.BytesIO(prepared.data)) as back:
        back = back.convert("RGBA")
        assert back.getpixel((0, 0))[3] == 0 and back.getpixel((16, 16)) == (10, 120, 60, 255)


def test_cmyk_jpeg_becomes_rgb():
    prepared = prepare_image(jpeg(Image.new("CMYK", (40, 30), (0, 255, 255, 0))))
    with Image.open(io.BytesIO(prepared.data)) as back:
        assert back.mode == "RGB" and close_to(back.getpixel((20, 15)), (255, 0, 0), 60)


@pytest.mark.parametrize(
    "raw",
    [b"", b"hello, I am a text file", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", jpeg(halves(50, 50))[:200]],
    ids=["empty", "text", "pdf", "truncated-jpeg"],
)
def test_non_images_are_refused_clearly(raw):
    with pytest.raises(ImageImportError) as info:
        prepare_image(raw)
    assert info.value.text("en") == "This file is not a picture Échoppe can read. Use a JPEG, PNG or WebP photo."
    assert info.value.text("fr") == (
        "Ce fichier n'est pas une image qu'Échoppe sait lire. Utilisez une photo JPEG, PNG ou WebP."
    )


def test_the_same_picture_is_stored_once(shop_path):
    raw = jpeg(halves(120, 80))
    with ShopFile.create(shop_path) as shop:
        first, second = shop.add_image(raw), shop.add_image(raw)
        assert first.key == second.key
        assert shop.image_keys() == [first.key]
        assert shop.image("0" * 64) is None


def test_colour_profile_is_applied_then_dropped():
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    raw = jpeg(halves(80, 40), icc_profile=srgb)
    with Image.open(io.BytesIO(raw)) as original:
        assert original.info.get("icc_profile")
    prepared = prepare_image(raw)
    with Image.open(io.BytesIO(prepared.data)) as back:
        assert "icc_profile" not in back.info
        assert close_to(back.convert("RGB").getpixel((10, 20)), RED)


def test_pillow_is_guarded_as_soon_as_a_picture_is_decoded():
    guard_decoding()
    assert Image.MAX_IMAGE_PIXELS == MAX_JPEG_PIXELS  # Pillow's own bound: ours, not its default 89 Mpx


def test_decompression_bombs_are_refused_with_their_own_message(monkeypatch):
    raw = jpeg(halves(2100, 1000))
    guard_decoding()  # Pillow loaded with our bound first, then the bound lowered for the test
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)  # 2.1 Mpx is then over twice the limit
    with pytest.raises(ImageImportError) as info:
        prepare_image(raw)
    assert "too large" in info.value.text("en") and "1 million pixels" in info.value.text("en")

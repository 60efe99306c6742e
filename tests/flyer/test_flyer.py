"""The flyer: ``echoppe flyer`` writes a PDF whose QR code, read back by zbarimg from the page rasterised
by pdftoppm, is the exact address with our source tag; A5 and A6 page sizes; the coupon's terms and dates
in the shop's language; each refusal with its exit status, and nothing written then."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PIL import Image

from tests.conftest import required_tool
from wizard.cli import EXIT_ERROR, EXIT_USAGE, main
from wizard.domain.model import Coupon, CouponKind, ImageRef, Product, ShopIdentity
from wizard.flyer.plan import BadSourceName, FlyerSize, NoPublicAddress, plan_flyer, source_tag
from wizard.flyer.render import qr_png, render_pdf
from wizard.stats.sources import source_of
from wizard.store import ShopFile

TODAY = dt.date.today()
STARTS = TODAY - dt.timedelta(days=2)
ENDS = dt.date(TODAY.year + 1, 3, 31)
POINTS = {"A5": "419.53 x 595.28 pts", "A6": "297.64 x 419.53 pts"}  # ISO 216 in PostScript points


def _png(color: tuple[int, int, int], size: tuple[int, int] = (240, 160)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def make_shop(path: Path, lang: str = "fr", url: str = "https://www.ruches-margaux.fr/") -> Path:
    with ShopFile.create(path, ShopIdentity(name="Les Ruches de Margaux", tagline="Miel récolté à la main",
                                            public_url=url, language=lang, email="bonjour@ruches.fr")) as shop:
        logo = shop.add_image(_png((200, 150, 40)))
        shop.save_settings(ShopIdentity(name="Les Ruches de Margaux", tagline="Miel récolté à la main",
                                        public_url=url, language=lang, email="bonjour@ruches.fr", logo=logo.key,
                                        primary_color="#2f5d50", accent_color="#e07a3f"))
        picture = shop.add_image(_png((90, 60, 30), (400, 400)))
        shop.add_product(Product(name="Miel de lavande 500 g", slug="miel-lavande", price=Decimal("12.50"),
                                 images=(ImageRef(key=picture.key),)))
        shop.add_product(Product(name="Cire d'abeille", slug="cire", price=Decimal("6"), published=False))
        shop.save_coupon(Coupon(code="MARCHE10", kind=CouponKind.PERCENT, value=Decimal("10"),
                                min_order=Decimal("25"), starts=STARTS, ends=ENDS))
        shop.save_coupon(Coupon(code="CINQ", kind=CouponKind.FIXED, value=Decimal("5")))
        shop.save_coupon(Coupon(code="NOEL", kind=CouponKind.PERCENT, value=Decimal("15"),
                                starts=dt.date(2020, 12, 1), ends=dt.date(2020, 12, 31)))
        shop.save_coupon(Coupon(code="PAUSE", kind=CouponKind.PERCENT, value=Decimal("5"), active=False))
    return path


@pytest.fixture
def shop(shop_path: Path) -> Path:
    return make_shop(shop_path)


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def decoded_qr(pdf: Path, tmp_path: Path) -> list[str]:
    """Every QR code zbarimg finds on the PDF's page, rasterised at 150 dpi by pdftoppm."""
    required_tool("pdftoppm", "/usr/bin/pdftoppm")
    required_tool("zbarimg", "/usr/bin/zbarimg")
    stem = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(stem)], check=True, timeout=60)
    done = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", f"{stem}.png"],
                          capture_output=True, text=True, timeout=60)
    return done.stdout.splitlines()


def pdf_text(pdf: Path) -> str:
    required_tool("pdftotext", "/usr/bin/pdftotext")
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True,
                          timeout=60)
    return " ".join(done.stdout.split())


def page_size(pdf: Path) -> str:
    required_tool("pdfinfo", "/usr/bin/pdfinfo")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True, timeout=60).stdout
    pages = next(line for line in info.splitlines() if line.startswith("Pages:"))
    assert pages.split()[1] == "1"
    return next(line for line in info.splitlines() if line.startswith("Page size:")).split(":", 1)[1].strip()


def test_a5_shop_flyer_qr_is_the_home_with_the_source_tag(shop: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "flyer.pdf"
    status, stdout, err = run(capsys, "flyer", shop, "--out", out, "--source", "flyer-marche",
                              "--coupon", "marche10")
    assert (status, err) == (0, "")
    url = "https://www.ruches-margaux.fr/?src=flyer-marche"
    assert url in stdout
    assert decoded_qr(out, tmp_path) == [url]
    assert page_size(out) == POINTS["A5"]
    # The statistics count a visit from it under the flyer's name.
    assert source_of(urlsplit(url).query, "", frozenset({"www.ruches-margaux.fr"})) == "tag:flyer-marche"


def test_a6_product_flyer_leads_to_the_product_page(shop: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "miel.pdf"
    status, _out, err = run(capsys, "flyer", shop, "--out", out, "--size", "A6", "--product", "miel-lavande",
                            "--source", "Colis-2026")
    assert (status, err) == (0, "")
    assert decoded_qr(out, tmp_path) == ["https://www.ruches-margaux.fr/produit/miel-lavande.html?src=colis-2026"]
    assert page_size(out) == POINTS["A6"]
    text = pdf_text(out)
    assert "Miel de lavande 500 g" in text and "12,50 €" in text
    assert "Scannez pour voir ce produit sur la boutique" in text
    assert "de remise" not in text  # no coupon asked: none printed


def test_the_coupon_terms_and_dates_are_printed_in_the_shop_language(shop: Path, tmp_path: Path, capsys) -> None:
    from wizard.site.filters import date_text

    out = tmp_path / "flyer.pdf"
    assert run(capsys, "flyer", shop, "--out", out, "--coupon", "MARCHE10")[0] == 0
    text = pdf_text(out)
    assert "MARCHE10" in text
    assert "10 % de remise avec le code" in text
    assert "Dès 25,00 € d'achat." in text
    assert f"Valable du {date_text(STARTS, 'fr')} au {date_text(ENDS, 'fr')}." in text
    assert "Les Ruches de Margaux" in text and "Retrouvez notre boutique en ligne" in text


def test_an_english_shop_gets_an_english_flyer(shop_path: Path, tmp_path: Path, capsys) -> None:
    from wizard.site.filters import date_text

    make_shop(shop_path, lang="en", url="https://honey.example.com/shop/")
    out = tmp_path / "flyer.pdf"
    assert run(capsys, "flyer", shop_path, "--out", out, "--coupon", "CINQ", "--product", "miel-lavande")[0] == 0
    assert decoded_qr(out, tmp_path) == ["https://honey.example.com/shop/product/miel-lavande.html?src=flyer"]
    text = pdf_text(out)
    assert "€5.00 off with the code" in text and "CINQ" in text
    assert "Type the code in your basket on the shop." in text
    assert "Valid" not in text  # a code without dates says none
    plan = plan_flyer(ShopFile.open(shop_path), coupon="MARCHE10")
    assert plan.coupon_terms[1] == f"Valid from {date_text(STARTS, 'en')} to {date_text(ENDS, 'en')}."


def test_the_logo_and_the_product_picture_are_drawn(shop: Path, tmp_path: Path, capsys) -> None:
    required_tool("pdfimages", "/usr/bin/pdfimages")
    out = tmp_path / "flyer.pdf"
    assert run(capsys, "flyer", shop, "--out", out, "--product", "miel-lavande")[0] == 0
    listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    sizes = {tuple(line.split()[3:5]) for line in listing.splitlines()[2:]}
    assert {("240", "160"), ("400", "400")} <= sizes  # the logo and the picture, at their stored sizes


@pytest.mark.parametrize(("args", "status", "words"), [
    (("--product", "nope"), EXIT_ERROR, "No product of the shop has the slug “nope”."),
    (("--product", "cire"), EXIT_ERROR, "is hidden from the shop"),
    (("--coupon", "NOPE"), EXIT_ERROR, "The shop has no discount code “NOPE”."),
    (("--coupon", "noel"), EXIT_ERROR, "The discount code NOEL ended on 2020-12-31."),
    (("--coupon", "PAUSE"), EXIT_ERROR, "The discount code PAUSE is switched off."),
    (("--source", "flyer marché"), EXIT_USAGE, "“flyer marché” cannot be a source name."),
    (("--source", "a&src=b"), EXIT_USAGE, "cannot be a source name"),
    (("--source=-dash",), EXIT_USAGE, "cannot be a source name"),
    (("--source", "x" * 41), EXIT_USAGE, "cannot be a source name"),
])
def test_each_refusal_is_one_clear_line_and_writes_nothing(shop: Path, tmp_path: Path, capsys, args: tuple[str, ...],
                                                           status: int, words: str) -> None:
    out = tmp_path / "flyer.pdf"
    code, stdout, err = run(capsys, "flyer", shop, "--out", out, *args)
    assert code == status
    assert err.startswith("echoppe: ") and words in err and err.count("\n") == 1
    assert stdout == "" and not out.exists()


def test_no_public_address_is_refused(shop_path: Path, tmp_path: Path, capsys) -> None:
    make_shop(shop_path, url="")
    out = tmp_path / "flyer.pdf"
    code, _stdout, err = run(capsys, "flyer", shop_path, "--out", out)
    assert code == EXIT_ERROR
    assert "The shop has no public web address" in err and "Publish page" in err
    assert not out.exists()
    with pytest.raises(NoPublicAddress), ShopFile.open(shop_path) as s:
        plan_flyer(s)


def test_the_address_of_the_publish_target_is_enough(shop_path: Path, tmp_path: Path) -> None:
    from wizard.domain.model import PublishTarget

    make_shop(shop_path, url="")
    with ShopFile.open(shop_path) as s:
        s.save_settings(PublishTarget(host="sftp.example.net", user="me", public_url="https://shop.example.net"))
        assert plan_flyer(s).url == "https://shop.example.net/?src=flyer"


def test_an_unwritable_output_is_refused(shop: Path, tmp_path: Path, capsys) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    code, _stdout, err = run(capsys, "flyer", shop, "--out", a_file / "flyer.pdf")
    assert code == EXIT_ERROR and "could not be written" in err and "folder does not exist" in err
    a_folder = tmp_path / "taken.pdf"
    a_folder.mkdir()
    code, _stdout, err = run(capsys, "flyer", shop, "--out", a_folder)
    assert code == EXIT_ERROR and "could not be written" in err
    assert a_folder.is_dir() and list(tmp_path.glob(".taken.pdf.*")) == []  # no temporary file left
    code, _stdout, err = run(capsys, "flyer", shop, "--out", tmp_path / "flyer.png")
    assert code == EXIT_USAGE and "FILE.pdf" in err


def test_the_source_name_is_what_the_statistics_read_back() -> None:
    assert source_tag("Flyer-Marche") == "flyer-marche"
    assert source_tag(" colis.2026_a ") == "colis.2026_a"
    for bad in ("", "é", "a b", "a#b", "a=b", "_lead", "a" * 41):
        with pytest.raises(BadSourceName):
            source_tag(bad)


def test_the_preview_png_holds_the_same_code(tmp_path: Path) -> None:
    required_tool("zbarimg", "/usr/bin/zbarimg")
    png = tmp_path / "qr.png"
    png.write_bytes(qr_png("https://www.example.fr/?src=flyer"))
    done = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["https://www.example.fr/?src=flyer"]


def test_a_long_name_from_a_received_file_still_makes_one_page(shop_path: Path, tmp_path: Path) -> None:
    make_shop(shop_path)
    with ShopFile.open(shop_path) as s:
        s.save_settings(ShopIdentity(name="Très\x1b[2J long nom " * 20, public_url="https://x.example/"))
        plan = plan_flyer(s, size=FlyerSize.A6)
    assert "\x1b" not in plan.shop_name and len(plan.shop_name) <= 80
    out = tmp_path / "long.pdf"
    out.write_bytes(render_pdf(plan))
    assert page_size(out) == POINTS["A6"]
    assert decoded_qr(out, tmp_path) == ["https://x.example/?src=flyer"]


def test_a_picture_that_cannot_be_decoded_is_left_out(shop_path: Path, tmp_path: Path) -> None:
    """A received shop file may hold bytes under a matching key that are no image: the flyer is still made."""
    from wizard.store.images import PreparedImage, key_of

    make_shop(shop_path)
    junk = b"\x89PNG\r\n\x1a\n" + b"not really a picture" * 4
    with ShopFile.open(shop_path) as s:
        s.store_prepared_image(PreparedImage(key_of(junk), junk, "image/png", 300, 300))
        s.save_settings(replace(s.shop().identity, logo=key_of(junk)))
        plan = plan_flyer(s)
    assert plan.logo is not None and plan.logo.data == junk  # it does reach the renderer
    out = tmp_path / "flyer.pdf"
    out.write_bytes(render_pdf(plan))
    assert decoded_qr(out, tmp_path) == ["https://www.ruches-margaux.fr/?src=flyer"]

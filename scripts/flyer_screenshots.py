"""Screenshots of the flyer: the "Print a flyer" dialog and the publish panel's feed sentences (French and
English), and generated flyers rasterised by pdftoppm, into ``docs/screenshots/``.

A real-looking shop (a beekeeper, with a logo, pictures and a market coupon) is made in a temporary
folder; the dialog is the real widget, the flyers are the real PDFs ``echoppe flyer`` writes.

    .venv/bin/python scripts/flyer_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _isolate_home() -> None:
    home = Path(tempfile.mkdtemp(prefix="echoppe-flyer-shots-"))
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(home / sub)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _logo() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 240), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, 220, 220), fill=(224, 122, 63))
    hexagon = [(120, 55), (176, 88), (176, 152), (120, 185), (64, 152), (64, 88)]
    draw.polygon(hexagon, fill=(255, 214, 102), outline=(47, 93, 80), width=8)
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def _jar() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 600), (246, 238, 224))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((170, 190, 430, 520), radius=40, fill=(230, 160, 40))
    draw.rectangle((190, 140, 410, 200), fill=(120, 80, 40))
    draw.rounded_rectangle((215, 300, 385, 410), radius=12, fill=(255, 250, 240))
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=88)
    return buf.getvalue()


def make_shop(path: Path, lang: str):
    from wizard.domain.model import Coupon, CouponKind, ImageRef, Product, ShopIdentity
    from wizard.store.shopfile import ShopFile

    fr = lang == "fr"
    shop = ShopFile.create(path)
    logo = shop.add_image(_logo())
    shop.save_settings(ShopIdentity(
        name="Les Ruches de Margaux",
        tagline="Miel de lavande et de châtaignier, récolté à la main" if fr else "Lavender and chestnut honey, "
                                                                                  "harvested by hand",
        language=lang, public_url="https://www.ruches-margaux.fr/", email="bonjour@ruches-margaux.fr",
        phone="06 12 34 56 78", logo=logo.key, primary_color="#2f5d50", accent_color="#e07a3f"))
    jar = shop.add_image(_jar())
    shop.add_product(Product(name="Miel de lavande 500 g" if fr else "Lavender honey 500 g", slug="miel-lavande",
                             price=Decimal("12.50"), images=(ImageRef(key=jar.key),)))
    shop.add_product(Product(name="Miel de châtaignier 250 g" if fr else "Chestnut honey 250 g", slug="chataignier",
                             price=Decimal("7.90")))
    today = dt.date.today()
    shop.save_coupon(Coupon(code="MARCHE10", kind=CouponKind.PERCENT, value=Decimal("10"), min_order=Decimal("25"),
                            starts=today, ends=today + dt.timedelta(days=60)))
    shop.save_coupon(Coupon(code="BIENVENUE", kind=CouponKind.FIXED, value=Decimal("5")))
    return shop


def _quantized(raw: Path, path: Path) -> None:
    from PIL import Image

    with Image.open(raw) as image:
        image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    raw.unlink()
    print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)


def _grab(widget, path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    raw = path.with_suffix(".raw.png")
    widget.grab().save(str(raw), "PNG")
    _quantized(raw, path)


def _flyer(shop, out: Path, name: str, **choices: object) -> None:
    from wizard.flyer.plan import plan_flyer
    from wizard.flyer.render import render_pdf

    pdf = out / f"{name}.pdf"
    pdf.write_bytes(render_pdf(plan_flyer(shop, **choices)))  # type: ignore[arg-type]
    stem = out / f"{name}.raw"
    subprocess.run(["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf), str(stem)], check=True)
    pdf.unlink()
    _quantized(stem.with_suffix(".raw.png"), out / f"{name}.png")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    _isolate_home()
    from PySide6.QtWidgets import QApplication

    from wizard.domain.model import PublishTarget
    from wizard.flyer.plan import FlyerSize
    from wizard.site.feeds import feed_addresses
    from wizard.ui.dialogs.flyer import FlyerDialog
    from wizard.ui.i18n import install_language
    from wizard.ui.pages.publish.outcome import OutcomeWords
    from wizard.ui.pages.publish.progress import PublishPanel

    app = QApplication.instance() or QApplication([])
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="echoppe-flyer-"))
    for lang in ("fr", "en"):
        install_language(lang)
        shop = make_shop(work / f"{lang}.echoppe", lang)
        dialog = FlyerDialog(shop, lang, coupon="MARCHE10", product="miel-lavande")
        dialog.source_edit.setText("flyer-marche" if lang == "fr" else "flyer-market")
        dialog.refresh()
        dialog.resize(720, dialog.sizeHint().height())
        dialog.show()
        _grab(dialog, args.out / f"{lang}-flyer-dialog.png")
        dialog.close()
        panel = PublishPanel()
        words = OutcomeWords()
        panel.live_label.setText(words.where_and_next(PublishTarget(host="ftp.cluster021.hosting.ovh.net"),
                                                      "https://www.ruches-margaux.fr/"))
        panel.open_button.show()
        panel.flyer_button.show()
        panel.show_feeds(feed_addresses(shop.shop()), ("Miel de châtaignier 250 g" if lang == "fr"
                                                       else "Chestnut honey 250 g",))
        panel.setFixedWidth(900)
        panel.adjustSize()
        panel.show()
        _grab(panel, args.out / f"{lang}-publish-feeds.png")
        panel.close()
        _flyer(shop, args.out, f"{lang}-flyer-a5", size=FlyerSize.A5, coupon="MARCHE10",
               source="flyer-marche" if lang == "fr" else "flyer-market")
        _flyer(shop, args.out, f"{lang}-flyer-a6-product", size=FlyerSize.A6, product="miel-lavande",
               source="colis")
        shop.close()
    install_language("en")
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

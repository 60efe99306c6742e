"""Screenshots of the Orders window, in French and in English, into ``docs/screenshots/``.

Makes a small shop with a few orders in every state (stored through the real store, as a fetch stores
them), opens the wizard on it, clicks its "Orders" button and saves ``<lang>-orders-<n>-<view>.png``:
the wizard's Orders button, the list with an order's detail, the report of a fetch (two orders stored as a fetch
stores them, one file refused, a withdrawal declaration typed by a stranger, the offer to publish), the stock tab,
the book of receipts, and the warning on the order that declaration names. The Orders window keeps the size it
opens at on the 1280×720 virtual screen. Runs under Xvfb like ``scripts/ui_screenshots.py`` (whose helpers it uses).

    .venv/bin/python scripts/orders_screenshots.py [--out docs/screenshots] [--lang fr en]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from ui_screenshots import _isolate_home, _save  # noqa: E402

PEOPLE = {
    "fr": [("Margaux Lefèvre", "3 rue des Lilas", "69001", "Lyon"), ("Karim Benali", "8 allée des Pins", "26150", "Die"),
           ("Sophie Martin", "21 quai Rambaud", "38000", "Grenoble"), ("Jules Robert", "5 place du Marché", "07000", "Privas")],
    "en": [("Margaret Lewis", "3 Lilac Street", "BS1 4DJ", "Bristol"), ("Karim Benali", "8 Pine Walk", "OX1 2JD", "Oxford"),
           ("Sophie Martin", "21 Quay Road", "YO1 7HH", "York"), ("Jules Robert", "5 Market Place", "BA1 1LZ", "Bath")],
}


def _order(number: str, when: str, person: tuple[str, str, str, str], lines: list[tuple[str, str, str, dict[str, str],
           int, str]], coupon: tuple[str, str] | None, payment: str, message: str, lang: str) -> dict[str, Any]:
    raw_lines = [{"slug": slug, "sku": sku, "name": name, "options": options, "quantity": qty, "unit_price": price,
                  "line_total": str(Decimal(price) * qty)} for slug, sku, name, options, qty, price in lines]
    subtotal = sum((Decimal(x["line_total"]) for x in raw_lines), Decimal("0.00"))
    discount = Decimal(coupon[1]) if coupon else Decimal("0")
    shipping = Decimal("4.95")
    name, line1, postcode, city = person
    return {
        "format": "echoppe-order/1", "number": number, "received_at": when, "lang": lang, "currency": "EUR",
        "customer": {"name": name, "email": name.split()[0].lower() + "@example.org", "phone": "06 12 34 56 78",
                     "address": {"line1": line1, "line2": "", "postcode": postcode, "city": city,
                                 "country": "FR" if lang == "fr" else "GB"}},
        "lines": raw_lines, "subtotal": str(subtotal),
        "coupon": {"code": coupon[0], "discount": coupon[1]} if coupon else None,
        "shipping": {"method": "Colissimo", "zone": "fr", "price": str(shipping)},
        "total": str(subtotal - discount + shipping), "payment": payment, "message": message,
    }


def make_shop(path: Path, lang: str):
    from wizard.domain.model import Product, ShopIdentity, Variant
    from wizard.domain.orders import OrderStatus, parse_order
    from wizard.store import orders as store
    from wizard.store.shopfile import ShopFile

    french = lang == "fr"
    shop = ShopFile.create(path, ShopIdentity(
        name="Les Bocaux de Léa" if french else "Lea's Jars", language=lang, email="lea@bocaux-de-lea.fr",
        tagline="Miels et confitures de la Drôme" if french else "Honey and jams from the Drôme",
        about="Je récolte et je mets en pots moi-même." if french else "I harvest and fill every jar myself.",
        accent_color="#a4481a"))  # a readable accent: the shot shows no contrast warning
    honey = "Miel de lavande" if french else "Lavender honey"
    jam = "Confiture de figues" if french else "Fig jam"
    pot = "Pot" if french else "Jar"
    shop.add_products([
        Product(name=honey, slug="miel", price=Decimal("6.90"), option_names=(pot,),
                variants=(Variant(((pot, "250 g"),), "MIEL-250", None, None, 6),
                          Variant(((pot, "500 g"),), "MIEL-500", Decimal("11.50"), None, 2))),
        Product(name=jam, slug="figues", price=Decimal("5.20"), sku="FIG", stock=9),
        Product(name="Sirop de sureau" if french else "Elderflower syrup", slug="sirop", price=Decimal("8.90"),
                sku="SIR", stock=3),
    ])
    p = PEOPLE[lang]
    orders = [
        _order("2026-00038", "2026-11-28T10:12:00+00:00", p[3], [("figues", "FIG", jam, {}, 2, "5.20")], None,
               "transfer", "", lang),
        _order("2026-00039", "2026-11-30T17:40:00+00:00", p[2], [("sirop", "SIR", "Sirop de sureau" if french else
               "Elderflower syrup", {}, 1, "8.90")], None, "paypalme", "", lang),
        _order("2026-00040", "2026-12-01T09:05:00+00:00", p[1], [("miel", "MIEL-500", honey, {pot: "500 g"}, 2,
               "11.50")], None, "pickup", "", lang),
        _order("2026-00041", "2026-12-02T08:30:00+00:00", p[3], [("figues", "FIG", jam, {}, 1, "5.20")], None,
               "transfer", "", lang),
        _order("2026-00042", "2026-12-02T19:04:05+00:00", p[0],
               [("miel", "MIEL-250", honey, {pot: "250 g"}, 2, "6.90"), ("figues", "FIG", jam, {}, 1, "5.20")],
               ("MARCHE10", "1.90"), "transfer",
               "Livraison après 18 h s'il vous plaît" if french else "Please deliver after 6 pm", lang),
    ]
    for data in orders:
        store.store_order(shop, parse_order(data), json.dumps(data, sort_keys=True))
    at = dt.datetime(2026, 12, 1, 14, 0, tzinfo=dt.UTC)
    store.change_status(shop, "2026-00038", OrderStatus.PAID, at=at)
    store.change_status(shop, "2026-00038", OrderStatus.SHIPPED, tracking="6A12345678901",
                        at=at + dt.timedelta(hours=20))
    store.change_status(shop, "2026-00039", OrderStatus.PAID, at=at + dt.timedelta(hours=2))
    store.change_status(shop, "2026-00040", OrderStatus.CANCELLED, note="", at=at + dt.timedelta(hours=3))
    store.add_note(shop, "2026-00042", "Cliente fidèle : glisser un échantillon" if french
                   else "Regular customer: add a sample")
    return shop


def shoot(lang: str, out: Path, home: Path) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wizard.domain.orders import parse_order, parse_withdrawal
    from wizard.publish.orders_fetch import Doubtful, FetchFinished, Refusal, Rejected
    from wizard.store.orders import store_order, store_withdrawal
    from wizard.ui.app import AppController, configure_application
    from wizard.ui.i18n import install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    install_language(lang)
    path = home / f"orders-{lang}.echoppe"
    make_shop(path, lang).close()
    controller = AppController()
    window = controller.build_window()
    window.resize(1180, 680)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.welcome_page.open_existing(path)
    window.next()  # the shop's own page: the Orders button is on every page once a shop is open
    QTest.qWait(100)
    _save(window, out / f"{lang}-orders-1-wizard-button.png")
    orders = window.orders.open_window()  # the size it opens at on a 1280×720 screen (resize_to_fit)
    QTest.qWaitForWindowExposed(orders)
    orders.select("2026-00042")
    QTest.qWait(150)
    _save(orders, out / f"{lang}-orders-2-list-detail.png")
    stock = []  # what a fetch stores: two more orders, one takes the last two 500 g jars
    shop = controller.session.shop
    honey = "Miel de lavande" if lang == "fr" else "Lavender honey"
    pot = "Pot" if lang == "fr" else "Jar"
    p = PEOPLE[lang]
    for number, person, qty in (("2026-00043", p[2], 2), ("2026-00044", p[1], 1)):
        data = _order(number, f"2026-12-03T07:5{qty}:00+00:00", person,
                      [("miel", "MIEL-500" if qty == 2 else "MIEL-250", honey,
                        {pot: "500 g" if qty == 2 else "250 g"}, qty, "11.50" if qty == 2 else "6.90")],
                      None, "paypalme", "", lang)
        stock += store_order(shop, parse_order(data), json.dumps(data, sort_keys=True)).stock
    # and a withdrawal declaration against 2026-00041 typed by someone else than its customer
    stranger = ("Paul Intrus", "paul@intrus.example")
    declared = {"format": "echoppe-withdrawal/1", "number": "W2026-00003", "received_at": "2026-12-03T08:02:00+00:00",
                "lang": lang, "order_number": "2026-00041", "name": stranger[0], "email": stranger[1]}
    store_withdrawal(shop, parse_withdrawal(declared), json.dumps(declared, sort_keys=True))
    orders.fetch_panel._on_fetched(FetchFinished(
        new_orders=("2026-00043", "2026-00044"), new_withdrawals=("W2026-00003",),
        rejected=(Rejected("orders/2026-00045.sealed", Refusal.NOT_SEALED_FOR_THIS_KEY),),
        stock=tuple(stock), not_deleted=(), doubtful=(Doubtful("W2026-00003", "2026-00041", *stranger),)))
    orders.select("2026-00043")
    QTest.qWait(150)
    _save(orders, out / f"{lang}-orders-3-fetch-report.png")
    orders.select("2026-00041")
    QTest.qWait(150)
    _save(orders, out / f"{lang}-orders-6-withdrawal-doubt.png")
    orders.tabs.setCurrentIndex(1)
    QTest.qWait(150)
    _save(orders, out / f"{lang}-orders-4-stock.png")
    orders.tabs.setCurrentIndex(2)
    orders.receipts_panel.path_edit.setText("/home/lea/Documents/" + orders.receipts_panel._default_name())
    QTest.qWait(150)
    _save(orders, out / f"{lang}-orders-5-receipts.png")
    orders.close()
    window.hide()
    controller.session.close()


def _reexec_under_xvfb(argv: list[str]) -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("xvfb-run is missing: apt-get install xvfb libxcb-icccm4 libxcb-keysyms1", file=sys.stderr)
        return 1
    return subprocess.call([xvfb, "-a", "-s", "-screen 0 1280x720x24", "env", "QT_QPA_PLATFORM=xcb",
                            sys.executable, __file__, "--inner", *argv])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["fr", "en"])
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args, _rest = parser.parse_known_args()
    if not args.inner and os.environ.get("QT_QPA_PLATFORM") != "offscreen" and not os.environ.get("DISPLAY"):
        return _reexec_under_xvfb([a for a in sys.argv[1:] if a != "--inner"])
    home = _isolate_home()
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in args.lang:
        shoot(lang, args.out.resolve(), home)
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

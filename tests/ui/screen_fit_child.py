"""Child process for the small-screen tests: Qt's offscreen platform with one virtual screen of the size
given (``QT_QPA_PLATFORM=offscreen:configfile=…``, set by the test), the Orders window and the product
editor opened on it as the app opens them; prints their geometry as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from tests.orders.orderdata import add_products, order_data
from wizard.domain.model import ProductKind, ShopIdentity
from wizard.domain.niches import NicheFields
from wizard.domain.orders import parse_order
from wizard.store import orders as store
from wizard.store.shopfile import ShopFile
from wizard.ui.i18n import install_language
from wizard.ui.orders.window import OrdersWindow
from wizard.ui.session import ShopSession
from wizard.ui.widgets.product_editor import ProductEditor


def _rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main(path: str, lang: str) -> None:
    app = QApplication(sys.argv[:1])
    install_language(lang)
    shop = ShopFile.create(Path(path), ShopIdentity(name="Miellerie", language="fr", email="m@example.fr"))
    add_products(shop)
    data = order_data("2026-00042")
    store.store_order(shop, parse_order(data), json.dumps(data, sort_keys=True))
    session = ShopSession()
    session.attach(shop)
    out: dict[str, object] = {"available": _rect(app.primaryScreen().availableGeometry())}
    win = OrdersWindow(session)
    win.show()
    win.select("2026-00042")
    app.processEvents()
    out["orders"] = _rect(win.frameGeometry())
    out["orders_minimum"] = [win.minimumSizeHint().width(), win.minimumSizeHint().height()]
    editor = ProductEditor(session, None, NicheFields(), ProductKind.GOODS, win)
    editor.show()
    app.processEvents()
    out["editor"] = _rect(editor.frameGeometry())
    print(json.dumps(out), flush=True)
    editor.close()
    win.close()
    session._shop = None
    shop.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

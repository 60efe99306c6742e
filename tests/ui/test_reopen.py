"""Coming back to a shop: "Continue with <name>" first, shop names in the recent list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.wizard_helpers import make_shop, start
from wizard.store import ShopFile
from wizard.ui.session import remember_recent
from wizard.ui.wizard import PageId


def test_continue_with_the_last_shop_in_one_click(qtbot, tmp_path):
    path = make_shop(tmp_path / "ruches.echoppe", niche="crafts", email="m@example.fr")
    with ShopFile.open(path) as shop:
        from dataclasses import replace

        shop.save_settings(replace(shop.shop().identity, name="Les Ruches de Margaux"))
    from PySide6.QtWidgets import QApplication

    from wizard.ui.app import configure_application

    configure_application(QApplication.instance())  # the app's own settings file
    remember_recent(path, "Les Ruches de Margaux")
    _controller, window = start(qtbot)
    welcome = window.welcome_page
    assert welcome.continue_button.isVisible()
    assert welcome.continue_button.text() == "Continue with “Les Ruches de Margaux”"
    texts = [welcome.recent_list.item(i).text() for i in range(welcome.recent_list.count())]
    assert texts[0].startswith("Les Ruches de Margaux"), texts
    assert welcome.recent_list.isEnabled()
    qtbot.mouseClick(welcome.continue_button, Qt.MouseButton.LeftButton)
    assert window.currentId() == PageId.SHOP
    assert window.session.is_open and window.session.path.resolve() == path.resolve()

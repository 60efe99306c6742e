"""The Selling page's order desk switch: a click makes the key pair, says what it needs, keeps the keys."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.ui.wizard_helpers import click_next, make_shop, open_shop, start
from wizard.ui.wizard import PageId


def _tick(qtbot, box) -> None:
    """Click the box itself (the indicator at its left edge), as a person would."""
    box.ensurePolished()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def test_the_desk_switch_enables_and_disables_the_desk(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe", niche="crafts", email="lea@example.fr")
    _controller, window = start(qtbot)
    open_shop(qtbot, window, path)
    click_next(qtbot, window)
    assert click_next(qtbot, window) == PageId.SELLING
    selling = window.selling_page
    shop = window.session.shop
    assert not selling.order_desk.isChecked() and "email" in selling.desk_state.text()
    assert not selling.desk_iban.isEnabled()
    _tick(qtbot, selling.order_desk)
    assert selling.order_desk.isChecked() and shop.get_value("desk.enabled") is True
    public = shop.get_value("desk.public_key")
    assert public and shop.get_value("desk.secret_key")
    assert "shop file" in selling.desk_state.text() and selling.desk_iban.isEnabled()
    qtbot.keyClicks(selling.desk_iban, "fr76 3000 6000 0112 3456 7890 189")
    assert click_next(qtbot, window) == PageId.SHIPPING
    assert shop.get_value("desk.iban") == "FR76 3000 6000 0112 3456 7890 189"
    window.back()
    selling = window.selling_page
    _tick(qtbot, selling.order_desk)
    assert not selling.order_desk.isChecked() and shop.get_value("desk.enabled") is False
    assert shop.get_value("desk.public_key") == public  # the keys stay: orders on the host still open

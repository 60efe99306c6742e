"""Every disabled Next says why, next to the field, and only while it is true."""

from __future__ import annotations

from tests.ui.wizard_helpers import click_next, make_shop, next_button, open_shop, start
from wizard.ui.wizard import PageId


def test_emptying_a_mandatory_field_says_why_next_to_it(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe", niche="crafts", email="lea@example.fr")
    _controller, window = start(qtbot)
    open_shop(qtbot, window, path)
    page = window.shop_page
    assert next_button(window).isEnabled() and not page.name_problem.isVisible()
    page.name_edit.clear()
    assert not next_button(window).isEnabled()
    assert page.name_problem.isVisible() and "name" in page.name_problem.text()
    qtbot.keyClicks(page.name_edit, "Les Ruches de Margaux")
    assert next_button(window).isEnabled() and not page.name_problem.isVisible(), "gone once true no more"
    page.email_edit.clear()
    assert not next_button(window).isEnabled()
    assert page.email_problem.isVisible() and "email" in page.email_problem.text()
    assert not page.name_problem.isVisible()
    qtbot.keyClicks(page.email_edit, "margaux@example.fr")
    assert not page.email_problem.isVisible()
    assert click_next(qtbot, window) == PageId.PRODUCTS


def test_welcome_and_selling_say_why(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe", niche="crafts", email="lea@example.fr")
    _controller, window = start(qtbot)
    welcome = window.welcome_page
    welcome.name_edit.clear()
    assert not next_button(window).isEnabled()
    assert welcome.why_next.isVisible() and "name" in welcome.why_next.text()
    open_shop(qtbot, window, path)
    assert not window.shop_page.why_next.isVisible()
    click_next(qtbot, window)
    assert click_next(qtbot, window) == PageId.SELLING
    selling = window.selling_page
    selling.payment_links.setChecked(False)
    selling.paypal_me.clear()
    selling.order_by_email.setChecked(False)
    assert not next_button(window).isEnabled()
    assert selling.why_next.isVisible() and "way" in selling.why_next.text()
    selling.payment_links.setChecked(True)
    assert next_button(window).isEnabled() and not selling.why_next.isVisible()

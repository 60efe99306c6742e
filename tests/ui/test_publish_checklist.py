"""The legal checklist and the host's identity on the publish page, through the real widgets."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from tests.ui.test_publish_helpers import click, make_shop, open_page
from tests.ui.wizard_helpers import click_next, open_shop, pick_from_list, start
from tests.ui.wizard_helpers import make_shop as make_niche_shop
from wizard.domain.model import LegalIdentity, VatStatus
from wizard.publish.presets import HOST_PRESETS
from wizard.store.shopfile import ShopFile
from wizard.ui.pages.publish import PublishPage
from wizard.ui.wizard import PageId

LEFT = Qt.MouseButton.LeftButton
SIRET = "73282932000074"  # a number with a valid checksum


def _page(qtbot, shop) -> PublishPage:
    return open_page(qtbot, shop, active=True)


def _items(page: PublishPage) -> dict[str, QWidget]:
    return dict(page.checklist.rows)


def _codes(page: PublishPage) -> set[str]:
    return {f.code for f in page.checklist.findings}


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def test_choosing_a_host_fills_its_identity_for_the_legal_notice(qtbot, shop_path):
    shop = make_shop(shop_path)
    page = _page(qtbot, shop)
    assert page.host_identity.isVisible(), "the host is named whatever the target, a folder too"
    assert page.host_identity.name_edit.text() == ""
    assert "identity.host_name" in _codes(page)

    click(qtbot, page.mode_host)
    page.preset_combo.setFocus()
    qtbot.keyClicks(page.preset_combo, "o2switch")
    o2switch = next(p.host_identity for p in HOST_PRESETS if p.id == "o2switch")
    assert o2switch is not None
    assert page.host_identity.name_edit.text() == o2switch.name
    assert page.host_identity.address_edit.text() == o2switch.address
    qtbot.waitUntil(lambda: shop.shop().legal.host_name == o2switch.name, timeout=3_000)
    assert shop.shop().legal.host_phone == o2switch.phone
    assert "identity.host_name" not in _codes(page)

    # A host the merchant typed is theirs: choosing another preset does not overwrite it.
    _type(qtbot, page.host_identity.name_edit, "Mon hebergeur associatif")
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search in the host list, not "o2switchOVH"
    page.preset_combo.setFocus()
    qtbot.keyClicks(page.preset_combo, "OVH")
    assert page.preset_combo.currentData() == "ovh"
    assert page.host_identity.name_edit.text() == "Mon hebergeur associatif"
    qtbot.waitUntil(lambda: shop.shop().legal.host_name == "Mon hebergeur associatif", timeout=3_000)


def test_publishing_to_a_folder_the_host_is_chosen_in_a_list_of_its_own(qtbot, shop_path):
    shop = make_shop(shop_path)
    page = _page(qtbot, shop)
    box = page.host_identity
    assert page.mode_folder.isChecked() and not page.host_box.isVisible()
    assert box.choice.isVisible() and box.choice.currentData() == ""  # "choose it…", nothing assumed
    infomaniak = next(p for p in HOST_PRESETS if p.id == "infomaniak")
    assert infomaniak.host_identity is not None
    pick_from_list(qtbot, box.choice, "infomaniak")
    assert (box.name_edit.text(), box.address_edit.text(), box.phone_edit.text()) == (
        infomaniak.host_identity.name, infomaniak.host_identity.address, infomaniak.host_identity.phone)
    qtbot.waitUntil(lambda: shop.shop().legal.host_name == infomaniak.host_identity.name, timeout=3_000)
    assert "identity.host_name" not in _codes(page) and "identity.host" not in _codes(page)
    assert page.preset_combo.currentData() == "infomaniak", "the SFTP form knows the host when she moves on"
    qtbot.waitUntil(lambda: shop.shop().target.preset == "infomaniak", timeout=3_000)
    assert shop.shop().target.host == "", "still a folder"

    click(qtbot, page.mode_host)  # there the SFTP form's own list does it
    assert not box.choice.isVisible() and page.preset_combo.currentData() == "infomaniak"
    click(qtbot, page.mode_folder)
    assert box.choice.isVisible() and box.choice.currentData() == "infomaniak"
    pick_from_list(qtbot, box.choice, "custom")
    qtbot.waitUntil(box.name_edit.hasFocus, timeout=3_000)  # another host: its details are typed here
    assert box.name_edit.text() == infomaniak.host_identity.name, "nothing is erased"


def test_a_preset_not_checked_yet_asks_to_check_its_details(qtbot, shop_path):
    unchecked = next((p for p in HOST_PRESETS if p.host_identity and not p.host_identity.checked), None)
    if unchecked is None:
        return  # every preset's identity is confirmed
    page = _page(qtbot, make_shop(shop_path))
    click(qtbot, page.mode_host)
    page.preset_combo.setCurrentIndex(page.preset_combo.findData(unchecked.id))
    page.preset_combo.activated.emit(page.preset_combo.currentIndex())
    assert "check these details" in page.host_identity.check_note.text()
    assert page.host_identity.check_note.isVisible()


def test_the_checklist_lists_what_is_missing_in_plain_words(qtbot, shop_path):
    page = _page(qtbot, make_shop(shop_path, products=0))
    codes = _codes(page)
    assert {"identity.owner_name", "identity.address", "identity.siret", "identity.mediator_name",
            "identity.host_name"} <= codes
    items = _items(page)
    assert set(items) == codes
    siret = items["identity.siret"]
    text = siret.findChild(QLabel, "findingText").text()
    assert "SIRET" in text and "echoppe" not in text, "the app's checklist never sends a merchant to the CLI"
    assert siret.findChild(QPushButton, "fixButton").text() == "Fill in on “Your shop”"
    assert "complete the items marked" in page.checklist.summary.text()


def test_a_complete_shop_has_nothing_on_its_checklist(qtbot, shop_path):
    shop = make_shop(shop_path, products=0)
    shop.save_settings(LegalIdentity(
        owner_name="Léa Martin", address="3 rue des Potiers\n26000 Valence", siret=SIRET,
        vat_status=VatStatus.FRANCHISE, mediator_name="CM2C", mediator_url="https://www.cm2c.net/",
        host_name="OVH SAS", host_address="2 rue Kellermann, 59100 Roubaix", host_phone="1007"))
    page = _page(qtbot, shop)
    assert page.checklist.findings == []
    assert _items(page) == {}
    assert "Nothing the law asks for is missing" in page.checklist.summary.text()


def test_the_host_item_takes_the_person_to_the_host_fields_below(qtbot, shop_path):
    page = _page(qtbot, make_shop(shop_path, products=0))
    button = _items(page)["identity.host_name"].findChild(QPushButton, "fixButton")
    assert button.text() == "Fill in below"
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(page.host_identity.name_edit.hasFocus, timeout=5000)


def test_fix_it_opens_the_page_and_the_field_then_the_item_goes(qtbot, tmp_path):
    path = make_niche_shop(tmp_path / "s.echoppe", email="lea@example.fr")
    _c, window = start(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    open_shop(qtbot, window, path)
    while window.currentId() != PageId.PUBLISH:
        click_next(qtbot, window)
    page = window.publish_page
    assert "identity.siret" in _codes(page)
    qtbot.mouseClick(_items(page)["identity.siret"].findChild(QPushButton, "fixButton"), LEFT)
    assert window.currentId() == PageId.SHOP
    siret = window.shop_page.siret_edit
    qtbot.waitUntil(siret.hasFocus, timeout=5000)
    qtbot.keyClicks(siret, SIRET)
    siret.editingFinished.emit()
    while window.currentId() != PageId.PUBLISH:
        click_next(qtbot, window)
    assert "identity.siret" not in _codes(page)
    assert "identity.owner_name" in _codes(page)
    assert window.session.shop.shop().legal.siret == SIRET


def test_fix_it_works_when_publish_my_changes_came_straight_here(qtbot, tmp_path):
    path = make_niche_shop(tmp_path / "s.echoppe", email="lea@example.fr")
    with ShopFile.open(path) as shop:
        shop.record_publish("sftp://example", "ok", "2026-01-01T00:00:00+00:00", files_sent=3)
        settings = shop.shop()
        shop.save_settings(replace(settings.legal, owner_name="Léa Martin"),
                           replace(settings.target, local_folder=str(tmp_path / "site")))
    _c, window = start(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert window.welcome_page.open_existing(path)
    qtbot.mouseClick(window.welcome_page.publish_now, LEFT)
    assert window.currentId() == PageId.PUBLISH
    page = window.publish_page
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    qtbot.mouseClick(_items(page)["identity.mediator_name"].findChild(QPushButton, "fixButton"), LEFT)
    assert window.currentId() == PageId.SHOP
    qtbot.waitUntil(window.shop_page.mediator_edit.hasFocus, timeout=5000)

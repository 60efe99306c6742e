"""Backups in the app: the daily backup on opening, "Restore a shop" from this computer and from the host."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.support.backups import dump, rich_shop, same_tables
from tests.support.sshd import PASSWORD
from tests.ui.wizard_helpers import start
from wizard.domain.model import Product
from wizard.publish import KnownHosts
from wizard.publish import host_backup as hb
from wizard.store import backups
from wizard.store.sealing import FAST_PARAMS
from wizard.store.shopfile import ShopFile

PHRASE = "une phrase assez longue"


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_opening_a_shop_backs_it_up_once_a_day(qtbot, tmp_path: Path) -> None:
    rich_shop(tmp_path / "shop.echoppe").close()
    _controller, window = start(qtbot)
    assert window.welcome_page.open_existing(tmp_path / "shop.echoppe")
    made = backups.list_backups(window.session.shop)
    assert [b.reason for b in made] == ["daily"] and made[0].products == 5
    window.session.close()
    assert window.welcome_page.open_existing(tmp_path / "shop.echoppe")
    assert len(backups.list_backups(window.session.shop)) == 1  # not twice the same day
    window.session.close()


def test_restore_from_this_computer_opens_a_new_file_beside_the_original(qtbot, tmp_path: Path) -> None:
    original = tmp_path / "shop.echoppe"
    rich_shop(original).close()
    snapshot = dump(original)
    with ShopFile.open(original) as shop:
        backups.make_backup(shop)
        shop.delete_product(shop.products()[0].id)
        backups.make_backup(shop)
    before = original.read_bytes()
    _controller, window = start(qtbot)
    welcome = window.welcome_page
    assert welcome.open_existing(original)  # no daily backup: the last one is minutes old
    _click(qtbot, welcome.open_radio)
    _click(qtbot, welcome.restore_button)
    dialog = welcome.restore_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 1).text() for r in range(2)] == ["4", "5"]
    assert dialog.table.item(1, 2).text() == "2"  # orders
    dialog.table.selectRow(1)
    _click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: window.session.path is not None and window.session.path != original)
    restored = window.session.path
    assert restored.parent == original.parent and "restored" in restored.name
    window.session.close()
    assert dump(restored)["products"] == snapshot["products"]
    assert dump(restored)["images"] == snapshot["images"]
    assert original.read_bytes() == before  # never over the original


def test_backup_passphrase_dialog_needs_twice_the_same(qtbot) -> None:
    from wizard.ui.dialogs.backup_passphrase import BackupPassphraseDialog

    dialog = BackupPassphraseDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.first, PHRASE)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.second, PHRASE[:-1])
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.second, PHRASE[-1])
    assert ok.isEnabled() and dialog.passphrase() == PHRASE


def test_restore_from_the_host_in_the_dialog(qtbot, tmp_path: Path, sshd_server) -> None:
    from wizard.ui.dialogs.restore import RestoreDialog

    folder, _real = sshd_server.jail_folder(f"ui-{tmp_path.name[-12:]}")
    target = sshd_server.jail_target(folder)
    sshd_server.trust(KnownHosts())
    with rich_shop(tmp_path / "shop.echoppe") as shop:
        shop.save_settings(target)
        hb.send_copy(shop, target, PASSWORD, PHRASE, params=FAST_PARAMS)
    dialog = RestoreDialog(None, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.host_edit, target.host)
    dialog.port_spin.setValue(target.port)
    qtbot.keyClicks(dialog.user_edit, target.user)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    dialog.folder_edit.setText(folder)
    qtbot.keyClicks(dialog.passphrase_edit, "wrong passphrase")
    out = tmp_path / "back.echoppe"
    dialog.out_edit.setText(str(out))
    _click(qtbot, dialog.restore_button)
    assert "passphrase is not the right one" in dialog.problem.text() and not out.exists()
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, PHRASE)
    _click(qtbot, dialog.restore_button)
    assert dialog.restored == out and dialog.problem.text() == ""
    same_tables(tmp_path / "shop.echoppe", out)
    with ShopFile.open(out) as restored:
        assert len(restored.products()) == 5


def test_publish_page_tells_the_host_copy_once_then_sends_it(qtbot, tmp_path: Path, sshd_server,
                                                             monkeypatch) -> None:
    from tests.ui.test_publish_helpers import make_shop, wait_idle
    from wizard.ui.dialogs.backup_passphrase import BackupPassphraseDialog
    from wizard.ui.pages.publish import PublishPage
    from wizard.ui.session import ShopSession

    sshd_server.trust(KnownHosts())
    remote, real = sshd_server.jail_folder(f"page-{tmp_path.name[-12:]}")
    shop = make_shop(tmp_path / "shop.echoppe")
    shop.save_settings(sshd_server.jail_target(remote))
    session = ShopSession()
    session.attach(shop)
    page = PublishPage(session)
    qtbot.addWidget(page)
    page.initializePage()
    page.show()
    monkeypatch.setattr(PublishPage, "_stored_password", staticmethod(lambda _t: PASSWORD))
    _click(qtbot, page.publish_button)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    assert "lost, stolen or broken" in page.progress_label.text()  # said once
    shop.add_products([Product(name="Encore un bol", price=Decimal(9))])
    _click(qtbot, page.publish_button)
    wait_idle(qtbot, page)
    assert "stolen" not in page.progress_label.text()  # …and never again

    # choosing a passphrase: the test machine has no safe store, so the page says what that means
    _click(qtbot, page.passphrase_button)
    dialog = page.dialog
    assert isinstance(dialog, BackupPassphraseDialog)
    qtbot.keyClicks(dialog.first, PHRASE)
    qtbot.keyClicks(dialog.second, PHRASE)
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert "no safe password store" in page.error_label.text()

    monkeypatch.setattr(hb, "stored_passphrase", lambda _shop: PHRASE)
    shop.add_products([Product(name="Un dernier bol", price=Decimal(9))])
    _click(qtbot, page.publish_button)
    wait_idle(qtbot, page)
    assert "encrypted backup was sent" in page.progress_label.text()
    folder = real / hb.inside_folder_name(backups.shop_id(shop))
    assert len(list(folder.glob("echoppe-*.sealed"))) == 1
    session.close()

"""The publish page, driven through its real widgets: settings, folder and SFTP publishing, errors."""

from __future__ import annotations

import threading
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.support.sshd import PASSWORD
from tests.ui.test_publish_helpers import (  # noqa: F401 - fixtures
    click,
    fresh_known_hosts_fixture,
    make_shop,
    opened_urls_fixture,
    site_files,
    wait_idle,
)
from wizard.domain.model import AuthMethod, PublishTarget
from wizard.publish import password_storage
from wizard.publish.hostkeys import fingerprint
from wizard.ui.dialogs.hostkey import HostKeyDialog
from wizard.ui.pages.publish import PublishPage
from wizard.ui.pages.publish import page as publish_module
from wizard.ui.pages.publish.dryrun import ChangesDialog
from wizard.ui.session import ShopSession

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page_for(qtbot):
    sessions: list[ShopSession] = []

    def make(shop) -> PublishPage:
        session = ShopSession()
        session.attach(shop)
        sessions.append(session)
        page = PublishPage(session)
        qtbot.addWidget(page)
        page.initializePage()
        page.resize(800, 1000)
        page.show()
        return page

    yield make
    for s in sessions:
        s.close()


def _type(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def _host_form(qtbot, page, server, path: str, password: str) -> None:
    click(qtbot, page.mode_host)
    _type(qtbot, page.host_edit, server.host)
    page.port_spin.setValue(server.port)
    _type(qtbot, page.user_edit, "echoppe-jail")
    _type(qtbot, page.path_edit, path)
    _type(qtbot, page.password_edit, password)


def _server_fingerprints(server) -> set[str]:
    return {fingerprint(server.host_key(t)) for t in ("ed25519", "rsa")}


# ----------------------------------------------------------------------------------------- settings
def test_preset_and_typed_settings_are_saved_but_never_the_password(qtbot, shop_path, page_for):
    shop = make_shop(shop_path)
    page = page_for(shop)
    assert page.mode_folder.isChecked(), "a newcomer with no host starts with the folder target"
    assert page.folder_edit.text().endswith("atelier-lea-site")
    click(qtbot, page.mode_host)
    assert page.host_box.isVisible() and not page.folder_box.isVisible()

    page.preset_combo.setFocus()
    qtbot.keyClicks(page.preset_combo, "Hostinger")
    assert page.preset_combo.currentData() == "hostinger"
    assert page.port_spin.value() == 65002
    assert page.path_edit.text() == "public_html"
    assert "65002" in page.preset_note.text() and page.preset_note.isVisible()

    _type(qtbot, page.host_edit, "185.1.2.3")
    _type(qtbot, page.user_edit, "u12345")
    _type(qtbot, page.password_edit, "S3cret-Pw-Never-Saved")
    _type(qtbot, page.url_edit, "https://www.atelier-lea.fr/")
    qtbot.waitUntil(lambda: shop.shop().target.user == "u12345", timeout=3_000)
    target = shop.shop().target
    assert target == PublishTarget(
        preset="hostinger", host="185.1.2.3", port=65002, user="u12345", path="public_html",
        auth=AuthMethod.PASSWORD, public_url="https://www.atelier-lea.fr/",
        local_folder=page.folder_edit.text())
    legal = shop.shop().legal
    assert legal.host_name.startswith("Hostinger")  # the legal notice names the host
    raw = shop_path.read_bytes() + shop_path.with_name(shop_path.name + "-wal").read_bytes()
    assert b"S3cret-Pw-Never-Saved" not in raw


def test_where_the_password_goes_is_said_and_remember_only_when_safe(qtbot, shop_path, page_for):
    page = page_for(make_shop(shop_path))
    click(qtbot, page.mode_host)
    info = password_storage()
    assert page.storage_label.text() == info.message.text("en")
    assert page.remember_check.isVisible() == info.safe


def test_missing_login_is_said_before_anything_runs(qtbot, shop_path, page_for):
    page = page_for(make_shop(shop_path))
    click(qtbot, page.mode_host)
    _type(qtbot, page.host_edit, "sftp://example.org")
    qtbot.mouseClick(page.publish_button, LEFT)
    assert not page.busy
    text = page.error_label.text()
    assert "without \"sftp://\"" in text and "Type your login" in text


# ----------------------------------------------------------------------------------------- folder target
def test_folder_publish_then_publish_my_changes_sends_only_what_changed(
        qtbot, shop_path, tmp_path, page_for, opened_urls):
    shop = make_shop(shop_path, products=4)
    page = page_for(shop)
    out = tmp_path / "my site"
    _type(qtbot, page.folder_edit, str(out))
    assert page.publish_button.text().replace("&", "") == "Publish"
    qtbot.mouseClick(page.publish_button, LEFT)
    assert page.busy and page.cancel_button.isEnabled() and not page.isComplete()
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    first = page.last_outcome.finished
    assert (out / "index.html").is_file()
    assert first.sent == len(site_files(out)) > 4
    assert page.open_button.isVisible() and str(out) in page.live_label.text()
    qtbot.mouseClick(page.open_button, LEFT)
    assert opened_urls == [page.live_url] and page.live_url.startswith("file://")
    assert page.publish_button.text().replace("&", "") == "Publish my changes"
    assert shop.publish_history()[-1]["outcome"] == "ok"
    # The legal notice is still incomplete (no owner, address, SIRET): said after publishing.
    warnings = page.warnings_label.text()
    assert page.warnings_label.isVisible() and "Before you open to the public" in warnings
    assert len(warnings.splitlines()) > 1

    # Change one price: the dry run lists the pages showing it, and sends nothing.
    product = shop.products()[0]
    shop.update_product(replace(product, price=Decimal("99.90")))
    before = site_files(out)
    qtbot.mouseClick(page.dry_run_button, LEFT)
    wait_idle(qtbot, page)
    dialog = page.dialog
    assert isinstance(dialog, ChangesDialog)
    listed = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any(product.slug in line for line in listed), listed
    assert len(listed) < first.sent
    dialog.reject()
    assert site_files(out) == before

    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    second = page.last_outcome.finished
    assert 0 < second.sent == len(listed) < first.sent
    changed = {p for p, h in site_files(out).items() if before.get(p) != h}
    assert len(changed) == second.sent
    page_file = next(p for p in out.rglob("*.html") if p.stem == product.slug)
    assert page_file.relative_to(out).as_posix() in changed
    assert "99,90" in page_file.read_text()

    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    assert page.last_outcome.finished.sent == 0
    assert "already up to date" in page.progress_label.text()


# ----------------------------------------------------------------------------------------- SFTP
def test_wrong_password_says_so_and_sends_nothing(qtbot, shop_path, page_for, sshd_server, fresh_known_hosts):
    page = page_for(make_shop(shop_path))
    remote, real = sshd_server.jail_folder("wrong-pw")
    sshd_server.trust(__import__("wizard.publish", fromlist=["KnownHosts"]).KnownHosts())
    _host_form(qtbot, page, sshd_server, remote, "not-the-password")
    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    assert type(page.last_error).__name__ == "AuthenticationFailed"
    text = page.error_label.text()
    assert "refused the login echoppe-jail" in text and "Check the login and the password" in text
    assert "Traceback" not in text
    assert list(real.iterdir()) == []
    # the connection test says the same
    qtbot.mouseClick(page.test_button, LEFT)
    wait_idle(qtbot, page)
    assert "refused the login" in page.error_label.text()


def test_unknown_host_key_refused_then_accepted(qtbot, shop_path, page_for, sshd_server, fresh_known_hosts):
    shop = make_shop(shop_path)
    page = page_for(shop)
    remote, real = sshd_server.jail_folder("hostkey")
    _host_form(qtbot, page, sshd_server, remote, PASSWORD)

    qtbot.mouseClick(page.publish_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, HostKeyDialog), timeout=60_000)
    dialog = page.dialog
    assert dialog.isVisible()
    assert dialog.fingerprint_label.text().startswith("SHA256:")
    assert dialog.fingerprint_label.text() in _server_fingerprints(sshd_server)
    qtbot.mouseClick(dialog.refuse_button, LEFT)
    assert page.dialog is None
    assert "refused the server's identity: nothing was sent" in page.error_label.text()
    assert list(real.iterdir()) == []
    assert not fresh_known_hosts.exists() or str(sshd_server.port) not in fresh_known_hosts.read_text()

    qtbot.mouseClick(page.publish_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, HostKeyDialog), timeout=60_000)
    qtbot.mouseClick(page.dialog.accept_button, LEFT)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    assert f"[127.0.0.1]:{sshd_server.port}" in fresh_known_hosts.read_text()
    assert (real / "index.html").is_file() and (real / ".echoppe-manifest.json").is_file()
    assert page.last_outcome.finished.sent == len(site_files(real))

    # Known now: the connection test passes without asking again.
    qtbot.mouseClick(page.test_button, LEFT)
    wait_idle(qtbot, page)
    assert page.dialog is None
    assert "It works" in page.test_result.text()


def test_changed_host_key_is_refused_loudly(qtbot, shop_path, tmp_path, page_for, sshd_server,
                                            fresh_known_hosts):
    import subprocess

    import paramiko

    from wizard.publish import KnownHosts

    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(tmp_path / "other")], check=True)
    KnownHosts().add(sshd_server.host, sshd_server.port,
                     paramiko.Ed25519Key.from_private_key_file(str(tmp_path / "other")))
    page = page_for(make_shop(shop_path))
    remote, real = sshd_server.jail_folder("changed")
    _host_form(qtbot, page, sshd_server, remote, PASSWORD)
    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    assert type(page.last_error).__name__ == "HostKeyChanged"
    box = page.dialog
    assert box is not None and box.objectName() == "hostKeyChangedBox" and box.isVisible()
    assert "CHANGED" in box.informativeText()
    assert "CHANGED" in page.error_label.text()
    assert list(real.iterdir()) == []


def test_cancel_stops_the_publish_and_the_next_one_completes(
        qtbot, shop_path, page_for, sshd_server, fresh_known_hosts, monkeypatch):
    from wizard.publish import KnownHosts, PublishCancelled, sftp
    from wizard.ui import workers

    sshd_server.trust(KnownHosts())
    # Files already in flight still complete after Stop: keep the engine's window small so that a
    # modest site has files left to send.
    monkeypatch.setattr(sftp, "WINDOW", 16)
    shop = make_shop(shop_path, products=60)
    page = page_for(shop)
    remote, real = sshd_server.jail_folder("cancel")
    _host_form(qtbot, page, sshd_server, remote, PASSWORD)
    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    old = site_files(real)

    # Every page changes (the shop's name is on each of them).
    shop.save_settings(replace(shop.shop().identity, name="Atelier Léa & fils"))

    # Hold the worker after its first sent file until the test has clicked Cancel.
    monkeypatch.setattr(workers, "PROGRESS_INTERVAL", 0.0)
    reached, release = threading.Event(), threading.Event()

    def gate(done: int, total: int, _left: object) -> None:
        if 0 < done < total and not reached.is_set():
            reached.set()
            release.wait(20)

    real_run = publish_module.run_in_thread

    def run_with_gate(worker):
        if isinstance(worker, workers.PublishWorker):
            worker.bytesProgress.connect(gate, Qt.ConnectionType.DirectConnection)
        return real_run(worker)

    monkeypatch.setattr(publish_module, "run_in_thread", run_with_gate)
    qtbot.mouseClick(page.publish_button, LEFT)
    qtbot.waitUntil(reached.is_set, timeout=60_000)
    qtbot.mouseClick(page.cancel_button, LEFT)
    assert not page.cancel_button.isEnabled()
    release.set()
    wait_idle(qtbot, page)
    error = page.last_error
    assert isinstance(error, PublishCancelled), error
    assert error.sent > 0 and error.remaining > 0
    assert "Publishing cancelled" in page.error_label.text()
    assert shop.publish_history()[-1]["outcome"] == "cancelled"

    from wizard.publish import build_dir_for

    new = site_files(build_dir_for(shop))
    now = site_files(real)
    mixed = {p: h for p, h in now.items() if h not in (old.get(p), new.get(p))}
    assert not mixed, f"files neither old nor new: {sorted(mixed)[:5]}"
    assert any(now.get(p) == h for p, h in new.items() if old.get(p) != h), "nothing new was sent"
    assert any(now.get(p) == old.get(p) != new.get(p) for p in new), "everything was sent"

    monkeypatch.setattr(publish_module, "run_in_thread", real_run)
    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    assert page.last_outcome.finished.sent == error.remaining
    assert site_files(real) == new


def test_the_suggested_folder_works_without_touching_anything(qtbot, shop_path, page_for):
    shop = make_shop(shop_path)
    page = page_for(shop)
    suggested = page.folder_edit.text()
    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    assert shop.shop().target.local_folder == suggested
    assert (Path(suggested) / "index.html").is_file()


def test_a_folder_with_other_files_asks_first_and_keeps_them(qtbot, shop_path, tmp_path, page_for):
    out = tmp_path / "existing"
    out.mkdir()
    (out / "old-notes.txt").write_text("mine")
    page = page_for(make_shop(shop_path))
    _type(qtbot, page.folder_edit, str(out))
    qtbot.mouseClick(page.publish_button, LEFT)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=60_000)
    box = page.dialog
    assert box.objectName() == "notOurFolderBox" and "old-notes.txt" in box.text()
    assert not (out / "index.html").exists()
    qtbot.mouseClick(box.findChild(object, "publishAnywayButton"), LEFT)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.last_outcome is not None, timeout=60_000)
    assert page.last_error is None, page.error_label.text()
    assert (out / "index.html").is_file() and (out / "old-notes.txt").read_text() == "mine"


def test_a_folder_the_login_cannot_write_says_so(qtbot, shop_path, page_for, sshd_server, fresh_known_hosts):
    from wizard.publish import KnownHosts

    sshd_server.trust(KnownHosts())
    page = page_for(make_shop(shop_path))
    _host_form(qtbot, page, sshd_server, "readonly", PASSWORD)
    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    assert type(page.last_error).__name__ == "PermissionDenied", page.last_error
    assert "does not allow writing in readonly" in page.error_label.text()


def test_connection_test_tells_a_missing_or_read_only_folder(qtbot, shop_path, page_for, sshd_server,
                                                             fresh_known_hosts):
    from wizard.publish import KnownHosts

    sshd_server.trust(KnownHosts())
    page = page_for(make_shop(shop_path))
    _host_form(qtbot, page, sshd_server, "www/not-there-yet", PASSWORD)
    qtbot.mouseClick(page.test_button, LEFT)
    wait_idle(qtbot, page)
    assert "does not exist yet: it will be created" in page.test_result.text()
    _type(qtbot, page.path_edit, "readonly")
    qtbot.mouseClick(page.test_button, LEFT)
    wait_idle(qtbot, page)
    assert "may not write in the folder readonly" in page.error_label.text()


def test_key_file_with_a_passphrase(qtbot, shop_path, page_for, sshd_server, fresh_known_hosts):
    from tests.support.sshd import PASSPHRASE
    from wizard.publish import KnownHosts

    sshd_server.trust(KnownHosts())
    folder = sshd_server.user_folder("echoppe-key")
    page = page_for(make_shop(shop_path))
    click(qtbot, page.mode_host)
    _type(qtbot, page.host_edit, sshd_server.host)
    page.port_spin.setValue(sshd_server.port)
    _type(qtbot, page.user_edit, "echoppe-key")
    click(qtbot, page.auth_key)
    assert page.key_edit.isVisible() and page.password_label.text().replace("&", "") == "Key passphrase:"
    _type(qtbot, page.key_edit, str(sshd_server.keys["rsa"]))
    _type(qtbot, page.path_edit, str(folder))
    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    assert type(page.last_error).__name__ == "PassphraseRequired"
    assert "protected by a passphrase" in page.error_label.text()

    _type(qtbot, page.password_edit, PASSPHRASE)
    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    assert (folder / "index.html").is_file()
    target = page.session.shop.shop().target
    assert target.auth == AuthMethod.KEY and target.key_file == str(sshd_server.keys["rsa"])

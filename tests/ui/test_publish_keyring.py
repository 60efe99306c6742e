"""With a real Secret Service (gnome-keyring), "Remember the password" works and the next publish asks nothing."""

from __future__ import annotations

import json

from tests.support.keyring_env import run_with_secret_service
from tests.support.sshd import PASSWORD

SCRIPT = r'''
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["ECHOPPE_LANG"] = "en"
from decimal import Decimal
from dataclasses import replace
from pathlib import Path

import paramiko
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

P = json.loads(sys.argv[1] if len(sys.argv) > 1 else os.environ["ECHOPPE_TEST_PARAMS"])
app = QApplication([])

from wizard.domain.model import AuthMethod, Product, PublishTarget, ShopIdentity
from wizard.publish import KnownHosts, password_storage
from wizard.store.shopfile import ShopFile
from wizard.ui.pages.publish import PublishPage
from wizard.ui.session import ShopSession

kind, b64 = Path(P["host_pub"]).read_text().split()[:2]
import base64
KnownHosts().add(P["host"], P["port"], paramiko.PKey.from_type_string(kind, base64.b64decode(b64)))

path = Path(P["home"]) / "shop.echoppe"
shop = ShopFile.create(path, ShopIdentity(name="Atelier", language="fr", email="a@example.fr"))
shop.add_product(Product(name="Bol", price=Decimal("12")))
shop.save_settings(PublishTarget(host=P["host"], port=P["port"], user="echoppe-jail", path=P["remote"],
                                 auth=AuthMethod.PASSWORD))
shop.close()


def open_page():
    session = ShopSession()
    session.open(path)
    page = PublishPage(session)
    page.initializePage()
    page.resize(800, 1000)
    page.show()
    return session, page


def wait_idle(page):
    deadline = time.monotonic() + 60
    while page.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


out = {"storage": password_storage().message.text("en"), "safe": password_storage().safe}
session, page = open_page()
out["remember_visible"] = page.remember_check.isVisible()
out["storage_label"] = page.storage_label.text()
QTest.keyClicks(page.password_edit, P["password"])
box = page.remember_check
QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
out["remember_checked"] = box.isChecked()
QTest.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
wait_idle(page)
out["first_error"] = repr(page.last_error)
out["first_sent"] = page.last_outcome.finished.sent if page.last_outcome else None
session.shop.update_product(replace(session.shop.products()[0], price=Decimal("15")))
session.close()
page.deleteLater()

session, page = open_page()
out["password_field_after_reopen"] = page.password_edit.text()
QTest.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
wait_idle(page)
out["second_dialog"] = repr(page.dialog)
out["second_error"] = repr(page.last_error)
out["second_sent"] = page.last_outcome.finished.sent if page.last_outcome else None
session.close()
print("RESULT " + json.dumps(out))
'''


def test_remembered_password_goes_to_the_keyring_and_is_not_asked_again(tmp_path, sshd_server, monkeypatch):
    remote, real = sshd_server.jail_folder("keyring")
    params = {
        "host": sshd_server.host, "port": sshd_server.port, "remote": remote, "password": PASSWORD,
        "host_pub": str(sshd_server.host_pub_keys["ed25519"]), "home": str(tmp_path),
    }
    # keyring_env passes the environment on: the parameters travel in it.
    monkeypatch.setenv("ECHOPPE_TEST_PARAMS", json.dumps(params))
    result = run_with_secret_service(SCRIPT, tmp_path, timeout=120)
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("RESULT "))
    out = json.loads(line[len("RESULT "):])
    assert out["safe"] is True, out
    assert out["remember_visible"] and out["remember_checked"], out
    assert out["storage_label"] == out["storage"] and "Secret Service" in out["storage_label"], out
    assert out["first_error"] == "None" and out["first_sent"] > 0, out
    assert out["password_field_after_reopen"] == ""
    assert out["second_dialog"] == "None", "the password came from the keyring: nothing asked"
    assert out["second_error"] == "None" and out["second_sent"] > 0, out
    assert (real / "index.html").is_file()
    assert PASSWORD.encode() not in (tmp_path / "shop.echoppe").read_bytes()

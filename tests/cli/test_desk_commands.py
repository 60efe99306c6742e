"""``echoppe desk``: enable makes the key pair once, disable keeps it, status in text and JSON."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

from nacl.public import PrivateKey

from wizard.cli import main
from wizard.domain.model import PublishTarget, ShopIdentity
from wizard.store import ShopFile

REPO = Path(__file__).resolve().parents[2]


def run(capsys, *args: object) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_enable_disable_and_status(shop_path, capsys):
    ShopFile.create(shop_path, ShopIdentity(name="Chez Léa")).close()
    status, out, _ = run(capsys, "desk", shop_path)
    assert status == 0 and "Order desk: off" in out and "acknowledge each one promptly" in out
    status, out, _ = run(capsys, "desk", shop_path, "--enable", "--json")
    state = json.loads(out)
    assert status == 0 and state["enabled"] is True and state["active"] is False  # no server target yet
    with ShopFile.open(shop_path) as shop:
        secret = base64.b64decode(shop.get_value("desk.secret_key"))
        public = base64.b64decode(shop.get_value("desk.public_key"))
        assert bytes(PrivateKey(secret).public_key) == public and state["public_key"] == shop.get_value("desk.public_key")
        shop.save_settings(PublishTarget(host="ssh.example.fr", user="lea", path="www",
                                         public_url="https://lea.example.fr/"))
    status, out, _ = run(capsys, "desk", shop_path, "--enable")
    assert "Order desk: on." in out and state["public_key"] in out and "not been checked yet" in out
    assert "acknowledge each one promptly" not in out  # the desk will acknowledge withdrawals itself
    status, out, _ = run(capsys, "desk", shop_path, "--disable", "--json")
    assert json.loads(out)["enabled"] is False and json.loads(out)["public_key"] == state["public_key"]
    status, out, _ = run(capsys, "desk", shop_path, "--enable", "--json")
    assert json.loads(out)["public_key"] == state["public_key"] and json.loads(out)["active"] is True


def test_enable_and_status_are_exclusive_and_errors_are_one_line(shop_path, tmp_path):
    ShopFile.create(shop_path, ShopIdentity(name="Chez Léa")).close()
    env = {**os.environ, "ECHOPPE_LANG": "fr"}
    done = subprocess.run([sys.executable, "-m", "wizard", "desk", str(shop_path), "--enable", "--disable"],
                          capture_output=True, text=True, env=env, cwd=REPO)
    assert done.returncode == 2
    done = subprocess.run([sys.executable, "-m", "wizard", "desk", str(tmp_path / "none.echoppe")],
                          capture_output=True, text=True, env=env, cwd=REPO)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    done = subprocess.run([sys.executable, "-m", "wizard", "desk", str(shop_path), "--enable"],
                          capture_output=True, text=True, env=env, cwd=REPO)
    assert done.returncode == 0 and "Prise de commande : activée." in done.stdout

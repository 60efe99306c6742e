"""Finding 16 (the keyring setting): a password-store setting that does not load is one clear line.

``PYTHON_KEYRING_BACKEND`` or ``keyringrc.cfg`` naming a class that does not exist (or that fails as it
starts) made every command touching a password end in a Python traceback. The real CLI runs in a
child process with the setting, as a merchant's shell would give it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.security.crafted import honest_shop

REPO = Path(__file__).resolve().parents[2]
BROKEN = ["nothere.Keyring", "keyring.backends.fail.Nope", "keyring.backends.SecretService.Keyring"]


def _echoppe(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wizard", *args], cwd=REPO, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(ECHOPPE_LANG="en", XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    return env


@pytest.mark.parametrize("backend", BROKEN)
def test_a_broken_keyring_variable_gives_one_line(tmp_path, backend):
    shop = honest_shop(tmp_path / "shop.echoppe")
    env = _env(tmp_path) | {"PYTHON_KEYRING_BACKEND": backend}
    done = _echoppe(["backup", str(shop), "--set-passphrase", "--passphrase-stdin"], env, "secret phrase\n")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0
    assert "no safe password store" in done.stderr


def test_a_broken_keyringrc_gives_one_line(tmp_path):
    shop = honest_shop(tmp_path / "shop.echoppe")
    env = _env(tmp_path)
    config = tmp_path / "config" / "python_keyring"
    config.mkdir(parents=True)
    (config / "keyringrc.cfg").write_text("[backend]\ndefault-keyring=keyring.backends.fail\n", encoding="utf-8")
    done = _echoppe(["backup", str(shop), "--set-passphrase", "--passphrase-stdin"], env, "secret phrase\n")
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.strip().count("\n") == 0


def test_the_storage_message_names_the_broken_setting(monkeypatch):
    import keyring.core

    from wizard.domain.model import PublishTarget
    from wizard.publish.credentials import get_password, password_storage, store_password

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "nothere.Keyring")
    info = password_storage()
    assert not info.safe and "nothere" in info.message.text("en")
    target = PublishTarget(host="example.org", user="shop")
    assert not store_password(target, "pw").safe
    assert get_password(target) is None

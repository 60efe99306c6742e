"""Passwords go to a real secret store or nowhere: never to a plain-text file."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest

from tests.support.keyring_env import run_with_secret_service
from wizard.domain.model import AuthMethod, PublishTarget
from wizard.publish import get_password, password_storage, store_password

TARGET = PublishTarget(host="sftp.example.fr", port=22, user="boutique", path="www")


def test_real_secret_service_stores_and_returns_the_password(tmp_path: Path) -> None:
    result = run_with_secret_service("""
import json
import keyring
from wizard.domain.model import AuthMethod, PublishTarget
from wizard.publish import get_password, password_storage, store_password
target = PublishTarget(host="sftp.example.fr", user="boutique", path="www")
key_target = PublishTarget(host="sftp.example.fr", user="boutique", auth=AuthMethod.KEY, key_file="/k/id_ed25519")
before = get_password(target)
info = store_password(target, "Sésame-42!")
store_password(key_target, "phrase de passe")
print(json.dumps({"backend": type(keyring.get_keyring()).__module__, "safe": info.safe,
                  "message": info.message.text("en"), "before": before, "after": get_password(target),
                  "key": get_password(key_target), "storage": password_storage().safe}))
""", tmp_path)
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["backend"] == "keyring.backends.SecretService"
    assert out["safe"] and out["storage"]
    assert "GNOME Keyring" in out["message"]
    assert out["before"] is None and out["after"] == "Sésame-42!" and out["key"] == "phrase de passe"
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != "keyring_script.py"]
    assert any(p.suffix == ".keyring" for p in files)  # the store really wrote its (encrypted) file
    for path in files:
        assert "Sésame-42!".encode() not in path.read_bytes()


class PlainTextKeyring(keyring.backend.KeyringBackend):
    """Behaves like keyrings.alt's plain-text file backend."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def set_password(self, service: str, username: str, password: str) -> None:
        self.path.write_text(f"{service} {username} {password}")

    def get_password(self, service: str, username: str) -> str | None:
        return self.path.read_text().split()[-1] if self.path.exists() else None

    def delete_password(self, service: str, username: str) -> None:
        self.path.unlink()


@pytest.fixture
def restore_keyring():
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.mark.parametrize("kind", ["fail", "null", "plaintext", "chain"])
def test_unsafe_backends_never_receive_the_password(tmp_path: Path, restore_keyring, kind: str) -> None:
    plain = tmp_path / "keyring_pass.cfg"
    backend = {
        "fail": lambda: keyring.backends.fail.Keyring(),
        "null": lambda: keyring.backends.null.Keyring(),
        "plaintext": lambda: PlainTextKeyring(plain),
        "chain": lambda: keyring.backends.chainer.ChainerBackend(),
    }[kind]()
    keyring.set_keyring(backend)
    info = password_storage()
    assert not info.safe
    assert "asked each time" in info.message.text("en")
    result = store_password(TARGET, "secret!")
    assert not result.safe
    assert not plain.exists()
    assert get_password(TARGET) is None
    assert get_password(PublishTarget(host="h", user="u", auth=AuthMethod.KEY, key_file="/k")) is None

"""Passwords in the system's secret store, never in plain text.

Only a real secret store counts as safe: the Secret Service (GNOME Keyring, KWallet…), the macOS
Keychain or the Windows Credential Locker. ``keyrings.alt`` file backends (plain text or a file
encrypted with a password kept next to it), the "fail" and "null" backends are unsafe: nothing is
stored and the password is asked each time.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors

from wizard.domain.model import AuthMethod, PublishTarget
from wizard.i18n import Message, msg

SERVICE = "echoppe"

# Backend classes (module, class name) that keep secrets in a real secret store.
_SAFE = {
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.macOS", "Keyring"),
    ("keyring.backends.Windows", "WinVaultKeyring"),
    ("keyring.backends.kwallet", "DBusKeyring"),
    ("keyring.backends.libsecret", "Keyring"),
}

_FRIENDLY = {
    "keyring.backends.SecretService": "GNOME Keyring / Secret Service",
    "keyring.backends.libsecret": "GNOME Keyring / Secret Service",
    "keyring.backends.kwallet": "KWallet",
    "keyring.backends.macOS": "macOS Keychain",
    "keyring.backends.Windows": "Windows Credential Locker",
}


@dataclass(frozen=True)
class StorageInfo:
    safe: bool
    backend_name: str
    message: Message


def _is_safe(backend: keyring.backend.KeyringBackend) -> bool:
    inner = getattr(backend, "backends", None)
    if inner is not None:  # a ChainerBackend: safe only if every link is
        return bool(inner) and all(_is_safe(b) for b in inner)
    return (type(backend).__module__, type(backend).__name__) in _SAFE


def _backend() -> keyring.backend.KeyringBackend:
    return keyring.get_keyring()


def _name(backend: keyring.backend.KeyringBackend) -> str:
    inner = getattr(backend, "backends", None)
    if inner:
        return " + ".join(_name(b) for b in inner)
    return _FRIENDLY.get(type(backend).__module__, f"{type(backend).__module__}.{type(backend).__name__}")


def password_storage() -> StorageInfo:
    """Where a password would go, and what the user should be told about it."""
    backend = _backend()
    name = _name(backend)
    if _is_safe(backend):
        return StorageInfo(True, name, msg("Your password is stored in {store}.", store=name))
    return StorageInfo(False, name, msg(
        "This computer has no safe password store, so your password is not saved: it will be asked "
        "each time you publish."))


def account(target: PublishTarget) -> str:
    """The keyring user name of a target: the password of a login, or the passphrase of a key file."""
    if target.auth == AuthMethod.KEY and target.key_file:
        return f"key:{target.key_file}"
    return f"{target.user}@{target.host}:{target.port}"


def store_password(target: PublishTarget, password: str) -> StorageInfo:
    """Store the target's password (or key passphrase) if, and only if, the store is safe."""
    info = password_storage()
    if not info.safe:
        return info
    try:
        keyring.get_keyring().set_password(SERVICE, account(target), password)
    except keyring.errors.KeyringError:
        return StorageInfo(False, info.backend_name, msg(
            "The password store ({store}) refused the password (is it locked?): it will be asked each "
            "time you publish.", store=info.backend_name))
    return info


def get_password(target: PublishTarget) -> str | None:
    """The stored password, or ``None`` (never read from an unsafe backend)."""
    if not password_storage().safe:
        return None
    try:
        return keyring.get_keyring().get_password(SERVICE, account(target))
    except keyring.errors.KeyringError:
        return None


def delete_password(target: PublishTarget) -> None:
    if not password_storage().safe:
        return
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.get_keyring().delete_password(SERVICE, account(target))

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


class _Unusable(keyring.backend.KeyringBackend):
    """Stands for a password store the keyring setting names but that cannot be loaded: never safe."""

    priority = 0

    def __init__(self, error: str) -> None:  # no backend set-up: nothing is behind it
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(self.error)

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError(self.error)


def _backend() -> keyring.backend.KeyringBackend:
    """The system's password store, or :class:`_Unusable` when the keyring setting breaks it.

    The setting (``PYTHON_KEYRING_BACKEND``, ``keyringrc.cfg``) names a Python class; a name that does
    not load fails with whatever error importing it gives (ModuleNotFoundError, AttributeError,
    ValueError, RuntimeError from a backend's own start…): one place turns every one of them into an
    unsafe store, so publishing asks for the password instead of ending in a traceback.
    """
    try:
        return keyring.get_keyring()
    except Exception as exc:  # any error a named backend raises while loading
        return _Unusable(f"{type(exc).__name__}: {exc}"[:200])


def _name(backend: keyring.backend.KeyringBackend) -> str:
    inner = getattr(backend, "backends", None)
    if inner:
        return " + ".join(_name(b) for b in inner)
    return _FRIENDLY.get(type(backend).__module__, f"{type(backend).__module__}.{type(backend).__name__}")


def password_storage() -> StorageInfo:
    """Where a password would go, and what the user should be told about it."""
    backend = _backend()
    if isinstance(backend, _Unusable):
        return StorageInfo(False, "", msg(
            "The password store chosen in the keyring settings cannot be used ({error}), so your password "
            "is not saved: it will be asked each time you publish.", error=backend.error))
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
        _backend().set_password(SERVICE, account(target), password)
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
        return _backend().get_password(SERVICE, account(target))
    except keyring.errors.KeyringError:
        return None


def delete_password(target: PublishTarget) -> None:
    if not password_storage().safe:
        return
    with contextlib.suppress(keyring.errors.KeyringError):
        _backend().delete_password(SERVICE, account(target))

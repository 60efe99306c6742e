"""The shop's desk key pair (X25519, libsodium sealed boxes), kept in the shop file.

The private key stays in the shop file on the merchant's computer (``docs/desk.md`` says why); only the
public key goes into the site. Settings (``ShopFile.get_value``/``set_value``, see docs/order-format.md):
``desk.public_key``, ``desk.secret_key`` (base64), ``desk.enabled`` (bool), ``desk.private_token``.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from dataclasses import dataclass

from wizard.i18n import EchoppeError, msg
from wizard.store.shopfile import ShopFile

PUBLIC = "desk.public_key"
SECRET = "desk.secret_key"
ENABLED = "desk.enabled"
TOKEN = "desk.private_token"


class DeskKeyError(EchoppeError):
    """The shop file's desk keys are missing or damaged, or a sealed file does not open."""


@dataclass(frozen=True)
class DeskKeys:
    public: bytes  # 32 bytes
    secret: bytes  # 32 bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes | None:
    if not isinstance(text, str):
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def load_keys(shop: ShopFile) -> DeskKeys | None:
    """The shop's key pair, or ``None`` when none was made; a damaged pair raises."""
    public, secret = shop.get_value(PUBLIC), shop.get_value(SECRET)
    if public is None and secret is None:
        return None
    from nacl.public import PrivateKey  # here: a build with the desk off never loads libsodium

    pub, sec = _unb64(public), _unb64(secret)
    if pub is None or sec is None or bytes(PrivateKey(sec).public_key) != pub:
        raise DeskKeyError(
            msg("The order desk's keys in the shop file are damaged."),
            msg("Restore the shop file from a backup; orders sealed with the old key cannot be opened otherwise."),
        )
    return DeskKeys(pub, sec)


def enable(shop: ShopFile) -> DeskKeys:
    """Turn the desk on; the key pair is made once and kept (re-enabling reuses it)."""
    from nacl.public import PrivateKey

    keys = load_keys(shop)
    if keys is None:
        private = PrivateKey.generate()
        keys = DeskKeys(bytes(private.public_key), bytes(private))
        shop.set_value(SECRET, _b64(keys.secret))
        shop.set_value(PUBLIC, _b64(keys.public))
    if not shop.get_value(TOKEN):
        shop.set_value(TOKEN, secrets.token_hex(8))
    shop.set_value(ENABLED, True)
    return keys


def disable(shop: ShopFile) -> None:
    """Turn the desk off; the keys stay, so orders already on the server can still be opened."""
    shop.set_value(ENABLED, False)


def is_enabled(shop: ShopFile) -> bool:
    return shop.get_value(ENABLED) is True and shop.get_value(PUBLIC) is not None


def public_key_b64(keys: DeskKeys) -> str:
    return _b64(keys.public)


def seal(public: bytes, data: bytes) -> bytes:
    """What the desk's ``sodium_crypto_box_seal`` does (used by tests and tools)."""
    from nacl.public import PublicKey, SealedBox

    return bytes(SealedBox(PublicKey(public)).encrypt(data))


def open_sealed(keys: DeskKeys, data: bytes) -> bytes:
    """Open one sealed file; raises :class:`DeskKeyError` when it was not sealed for this shop."""
    from nacl.exceptions import CryptoError
    from nacl.public import PrivateKey, SealedBox

    try:
        return bytes(SealedBox(PrivateKey(keys.secret)).decrypt(data))
    except CryptoError as exc:
        raise DeskKeyError(
            msg("A sealed file does not open with this shop's key."),
            msg("It was made for another shop or damaged; it stays on the server."),
        ) from exc

"""Sealing a backup with the merchant's backup passphrase (libsodium through PyNaCl).

Format (all integers big-endian)::

    magic     16 bytes  b"ECHOPPE-SEALED\\x00\\x01"
    opslimit   8 bytes  Argon2id operations
    memlimit   8 bytes  Argon2id memory, in bytes
    salt      16 bytes
    check     64 bytes  SecretBox(key).encrypt(KEY_CHECK): tells a wrong passphrase from a changed copy
    body      the rest  SecretBox(key).encrypt(backup file)

The key is ``argon2id.kdf(32, passphrase, salt, opslimit, memlimit)``. A header changed by someone
derives another key, so it fails like a wrong passphrase; header limits beyond libsodium's "sensitive"
level are refused before any work, so a changed header cannot make us spend gigabytes.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import nacl.exceptions
import nacl.pwhash
import nacl.secret
import nacl.utils

from wizard.i18n import msg
from wizard.store.backups import BackupFailed

MAGIC = b"ECHOPPE-SEALED\x00\x01"
KEY_CHECK = b"echoppe backup key check v1"
_HEADER = struct.Struct(">16sQQ16s")
_CHECK_LEN = nacl.secret.SecretBox.NONCE_SIZE + len(KEY_CHECK) + nacl.secret.SecretBox.MACBYTES
SALT_BYTES = nacl.pwhash.argon2id.SALTBYTES


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default is libsodium's "moderate" level (about a second, 256 MiB)."""

    opslimit: int = nacl.pwhash.argon2id.OPSLIMIT_MODERATE
    memlimit: int = nacl.pwhash.argon2id.MEMLIMIT_MODERATE


DEFAULT_PARAMS = KdfParams()
FAST_PARAMS = KdfParams(nacl.pwhash.argon2id.OPSLIMIT_MIN, nacl.pwhash.argon2id.MEMLIMIT_MIN)  # tests only


class WrongPassphrase(BackupFailed):
    def __init__(self) -> None:
        super().__init__(
            msg("The backup passphrase is not the right one."),
            msg("Type the passphrase you chose for your backups (it is not your host password)."),
        )


class SealedCopyDamaged(BackupFailed):
    def __init__(self, name: str) -> None:
        super().__init__(
            msg("The backup copy {name} was changed or damaged: it was refused.", name=name),
            msg("Restore an earlier copy, or a backup from this computer."),
        )


def _key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return nacl.pwhash.argon2id.kdf(nacl.secret.SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt,
                                    opslimit=params.opslimit, memlimit=params.memlimit)


def seal(data: bytes, passphrase: str, params: KdfParams = DEFAULT_PARAMS) -> bytes:
    """Encrypt and authenticate ``data`` under a key derived from ``passphrase``."""
    salt = nacl.utils.random(SALT_BYTES)
    box = nacl.secret.SecretBox(_key(passphrase, salt, params))
    header = _HEADER.pack(MAGIC, params.opslimit, params.memlimit, salt)
    return header + bytes(box.encrypt(KEY_CHECK)) + bytes(box.encrypt(data))


def is_sealed(data: bytes) -> bool:
    return data[:len(MAGIC)] == MAGIC


def unseal(sealed: bytes, passphrase: str, name: str = "") -> bytes:
    """Decrypt a sealed copy; :class:`WrongPassphrase` or :class:`SealedCopyDamaged` when it cannot."""
    head = _HEADER.size + _CHECK_LEN
    if len(sealed) < head + nacl.secret.SecretBox.NONCE_SIZE + nacl.secret.SecretBox.MACBYTES:
        raise SealedCopyDamaged(name)
    magic, opslimit, memlimit, salt = _HEADER.unpack_from(sealed)
    argon = nacl.pwhash.argon2id
    if (magic != MAGIC or not argon.OPSLIMIT_MIN <= opslimit <= argon.OPSLIMIT_SENSITIVE
            or not argon.MEMLIMIT_MIN <= memlimit <= argon.MEMLIMIT_SENSITIVE):
        raise SealedCopyDamaged(name)
    box = nacl.secret.SecretBox(_key(passphrase, salt, KdfParams(opslimit, memlimit)))
    try:
        check = box.decrypt(sealed[_HEADER.size:head])
    except nacl.exceptions.CryptoError as exc:
        raise WrongPassphrase() from exc
    if check != KEY_CHECK:
        raise SealedCopyDamaged(name)
    try:
        return bytes(box.decrypt(sealed[head:]))
    except nacl.exceptions.CryptoError as exc:
        raise SealedCopyDamaged(name) from exc

"""Fetching sealed orders and withdrawal declarations from the desk's private folder over SFTP.

Invariants (``docs/order-format.md``):

* the publishing connection is reused as it is (same host-key checks, same credentials);
* a link on the server is never followed: the private folder, its two subfolders and every entry are
  ``lstat``-ed, only regular files whose names match the contract are read, and the opened handle is
  checked again (``fstat``) against what ``lstat`` said;
* each file is downloaded → opened → validated → stored in one transaction → **then** deleted; storing
  is idempotent on the number, so a crash between storing and deleting leaves no duplicate: the next
  fetch sees the number stored and only deletes the file;
* a file that fails to open or validate stays on the server, is reported by name and never stops the
  others.

:func:`fetch_orders` yields typed events (the CLI prints them, the Qt worker relays them).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import stat
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

import paramiko
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, SealedBox

from wizard.domain.orders import InvalidOrder, Withdrawal, is_sealed_name, parse_order, parse_withdrawal
from wizard.domain.withdrawal_check import differs_from_order
from wizard.i18n import Message, msg
from wizard.publish.errors import NoTarget, PublishError
from wizard.publish.hostkeys import KnownHosts
from wizard.publish.sftp import Secret, connect
from wizard.store import orders as order_store
from wizard.store.backups import Reason, backup_before
from wizard.store.orders import StockChange, Stored
from wizard.store.shopfile import ShopFile

MAX_FILE = 1024 * 1024  # a sealed order is a few kB; anything bigger is not ours
_SEGMENT = re.compile(r"[A-Za-z0-9._-]+")


class FetchError(PublishError):
    """Orders cannot be fetched at all (no desk keys, no private folder)."""


class FetchCancelled(PublishError):
    def __init__(self, stored: int) -> None:
        super().__init__(msg("Fetching stopped: {count} files were stored, the others stay on the server.",
                             count=stored),
                         msg("Fetch again to bring in the rest."))


@dataclass(frozen=True)
class Listed:
    """The files found on the server (orders and withdrawals to fetch)."""

    total: int


@dataclass(frozen=True)
class Stored_:
    """One file is stored in the shop file (not yet deleted on the server)."""

    name: str  # e.g. "orders/2026-00042.sealed"
    number: str
    outcome: Stored
    done: int
    total: int


class Refusal(Enum):
    """Why a file was kept on the server (the UI and the CLI word each kind in the person's language)."""

    NOT_SEALED_FOR_THIS_KEY = "not_sealed_for_this_key"
    NOT_JSON = "not_json"
    INVALID_ORDER = "invalid_order"  # ``Rejected.detail`` says which field (the contract's words)
    NUMBER_MISMATCH = "number_mismatch"
    UNREADABLE = "unreadable"  # ``Rejected.detail``: the system's error
    NOT_A_FILE = "not_a_file"
    CHANGED_WHILE_READ = "changed_while_read"
    TOO_BIG = "too_big"
    CONFLICT = "conflict"


def refusal_message(kind: Refusal, detail: str = "") -> Message:
    """The reason as a translatable message (gettext); ``detail`` is kept as it is (a field, an OS error)."""
    texts = {  # written out so that the catalogue extraction sees every msgid
        Refusal.NOT_SEALED_FOR_THIS_KEY: msg("it does not open with this shop's key"),
        Refusal.NOT_JSON: msg("it is not UTF-8 JSON"),
        Refusal.INVALID_ORDER: msg("it is not a valid order ({detail})", detail=detail),
        Refusal.NUMBER_MISMATCH: msg("the number inside is not the file's name"),
        Refusal.UNREADABLE: msg("it could not be read ({detail})", detail=detail),
        Refusal.NOT_A_FILE: msg("it is not a regular file"),
        Refusal.CHANGED_WHILE_READ: msg("the file changed while it was read"),
        Refusal.TOO_BIG: msg("it is too big to be an order"),
        Refusal.CONFLICT: msg("another content with this number is already stored"),
    }
    return texts[kind]


class _Refused(Exception):
    def __init__(self, kind: Refusal, detail: str = "") -> None:
        super().__init__(kind.value)
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class Rejected:
    """A file that could not be opened or validated: kept on the server."""

    name: str
    kind: Refusal
    detail: str = ""

    @property
    def reason(self) -> str:
        """The reason in English (logs, tests); the UI and the CLI word ``kind`` themselves."""
        return self.message().text("en")

    def message(self) -> Message:
        return refusal_message(self.kind, self.detail)


@dataclass(frozen=True)
class Doubtful:
    """A withdrawal declaration whose name or e-mail differs from its order's: check before refunding."""

    withdrawal: str
    order: str
    name: str
    email: str


@dataclass(frozen=True)
class FetchFinished:
    new_orders: tuple[str, ...]
    new_withdrawals: tuple[str, ...]
    rejected: tuple[Rejected, ...]
    stock: tuple[StockChange, ...]
    not_deleted: tuple[str, ...]
    doubtful: tuple[Doubtful, ...] = ()  # new withdrawals whose name or e-mail is not their order's

    @property
    def stock_changed(self) -> bool:
        return any(c.before != c.after for c in self.stock)


FetchEvent = Listed | Stored_ | Rejected | FetchFinished


def private_dir(shop: ShopFile) -> str:
    """The desk's private folder, validated (plain segments, no ``..``). It is absolute only when the
    target's path is (the desk then keeps it inside the site: ``wizard.desk.files.private_location``)."""
    value = shop.get_value("desk.private_dir")
    if not isinstance(value, str) or not value.strip():
        raise FetchError(msg("This shop has no order desk on its host yet."),
                         msg("Turn the order desk on in Selling, then publish once."))
    value = value.strip()
    parts = value.strip("/").split("/")
    if any(p in ("", ".", "..") or not _SEGMENT.fullmatch(p) for p in parts):
        raise FetchError(msg("The order desk's folder recorded in the shop file is not valid."),
                         msg("Publish again to record it anew."))
    return ("/" if value.startswith("/") else "") + "/".join(parts)


def secret_key(shop: ShopFile) -> PrivateKey:
    raw = shop.get_value("desk.secret_key")
    try:
        data = base64.b64decode(raw, validate=True) if isinstance(raw, str) else b""
    except (binascii.Error, ValueError):
        data = b""
    if len(data) != 32:
        raise FetchError(msg("The order desk's key is missing from the shop file."),
                         msg("Orders are sealed with it: restore the shop file from a backup."))
    return PrivateKey(data)


def before_fetch(shop: ShopFile) -> None:
    """The one call site run before the first file of a fetch is stored.

    A backup of the shop is made first (raises ``BackupFailed``: a fetch never goes on unsaved).
    """
    backup_before(shop, Reason.ORDERS)


def _list(sftp: paramiko.SFTPClient, folder: str) -> list[str]:
    """Contract file names in ``folder`` that are regular files (never a link); [] when absent."""
    try:
        attrs = sftp.lstat(folder)
    except OSError:
        return []
    if attrs.st_mode is None or not stat.S_ISDIR(attrs.st_mode):
        return []  # a link or a file in place of the folder: not ours to follow
    names = []
    for entry in sftp.listdir_attr(folder):
        if not is_sealed_name(entry.filename):
            continue
        one = sftp.lstat(f"{folder}/{entry.filename}")
        if one.st_mode is not None and stat.S_ISREG(one.st_mode) and (one.st_size or 0) <= MAX_FILE:
            names.append(entry.filename)
    return sorted(names)


def _download(sftp: paramiko.SFTPClient, path: str) -> bytes:
    before = sftp.lstat(path)
    if before.st_mode is None or not stat.S_ISREG(before.st_mode):
        raise _Refused(Refusal.NOT_A_FILE)
    with sftp.open(path, "rb") as fh:
        after = fh.stat()
        if after.st_size != before.st_size or after.st_mtime != before.st_mtime:
            raise _Refused(Refusal.CHANGED_WHILE_READ)
        data = bytes(fh.read(MAX_FILE + 1))
    if len(data) > MAX_FILE:
        raise _Refused(Refusal.TOO_BIG)
    return data


def _doubt(shop: ShopFile, withdrawal: Withdrawal) -> list[Doubtful]:
    """The declaration, when its order is known and its name or e-mail is not the order's."""
    try:
        order = order_store.get_order(shop, withdrawal.order_number)
    except order_store.OrderError:
        return []  # no such order here: the detail says so, nothing to compare
    if differs_from_order(order, withdrawal):
        return [Doubtful(withdrawal.number, withdrawal.order_number, withdrawal.name, withdrawal.email)]
    return []


def fetch_orders(
    shop: ShopFile,
    secret: Secret | None,
    *,
    known_hosts: KnownHosts | None = None,
    accept_fingerprint: str | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[FetchEvent]:
    """Fetch, store, then delete every sealed file of the desk's private folder."""
    target = shop.shop().target
    if not target.host:
        raise NoTarget()
    folder = private_dir(shop)
    box = SealedBox(secret_key(shop))
    cancel = cancel or threading.Event()
    new_orders: list[str] = []
    new_withdrawals: list[str] = []
    rejected: list[Rejected] = []
    stock: list[StockChange] = []
    not_deleted: list[str] = []
    doubtful: list[Doubtful] = []
    with connect(target, secret, known_hosts, accept_fingerprint) as conn:
        sftp = conn.sftp
        # Withdrawals after orders, so a withdrawal finds its order fetched in the same run.
        work = [f"orders/{n}" for n in _list(sftp, f"{folder}/orders")]
        work += [f"withdrawals/{n}" for n in _list(sftp, f"{folder}/withdrawals")]
        yield Listed(len(work))
        if work:
            before_fetch(shop)
        for done, name in enumerate(work, 1):
            if cancel.is_set():
                raise FetchCancelled(len(new_orders) + len(new_withdrawals))
            path = f"{folder}/{name}"
            stem = name.rsplit("/", 1)[1].removesuffix(".sealed")
            try:
                opened = box.decrypt(_download(sftp, path))
                data = json.loads(opened.decode("utf-8"))
                source = json.dumps(data, sort_keys=True, ensure_ascii=False)
                if name.startswith("orders/"):
                    order = parse_order(data)
                    if order.number != stem:
                        raise _Refused(Refusal.NUMBER_MISMATCH)
                    result = order_store.store_order(shop, order, source)
                    if result.outcome is Stored.NEW:
                        new_orders.append(order.number)
                        stock.extend(result.stock)
                else:
                    withdrawal = parse_withdrawal(data)
                    if withdrawal.number != stem:
                        raise _Refused(Refusal.NUMBER_MISMATCH)
                    result = order_store.store_withdrawal(shop, withdrawal, source)
                    if result.outcome is Stored.NEW:
                        new_withdrawals.append(withdrawal.number)
                        doubtful.extend(_doubt(shop, withdrawal))
            except _Refused as exc:
                event = Rejected(name, exc.kind, exc.detail)
            except CryptoError:
                event = Rejected(name, Refusal.NOT_SEALED_FOR_THIS_KEY)
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
                event = Rejected(name, Refusal.NOT_JSON)  # or nested too deep to read
            except InvalidOrder as exc:
                event = Rejected(name, Refusal.INVALID_ORDER, str(exc))
            except OSError as exc:
                event = Rejected(name, Refusal.UNREADABLE, str(exc))
            else:
                if result.outcome is Stored.CONFLICT:
                    event = Rejected(name, Refusal.CONFLICT)
                else:
                    yield Stored_(name, stem, result.outcome, done, len(work))
                    try:
                        sftp.remove(path)
                    except OSError:
                        not_deleted.append(name)  # stored: the next fetch deletes it
                    continue
            rejected.append(event)
            yield event
    yield FetchFinished(tuple(new_orders), tuple(new_withdrawals), tuple(rejected), tuple(stock),
                        tuple(not_deleted), tuple(doubtful))

"""Fetching the access logs from the host over SFTP, with the publishing connection, read-only.

Host presets say where a host keeps its logs (cPanel: the raw access-log archives in the home
folder's ``logs/``; IONOS: ``/logs``); a shop can set its own folder (``stats.log_dir``). Nothing on
the server is ever followed when it is a link, written or deleted. A log read to its end and not
changed since is not downloaded again; a grown one is read from where the previous read stopped.
"""

from __future__ import annotations

import re
import stat
import threading
from collections.abc import Iterator

import paramiko

from wizard.i18n import msg
from wizard.publish.errors import NoTarget, PublishError
from wizard.publish.hostkeys import KnownHosts
from wizard.publish.presets import HOST_PRESETS
from wizard.publish.sftp import Secret, connect
from wizard.stats.ingest import LogUnreadable, ReadReport, read_log
from wizard.stats.salts import Salts
from wizard.store.shopfile import ShopFile
from wizard.store.stats import unchanged_since_read

LOG_DIR_SETTING = "stats.log_dir"
# Where each host preset keeps the raw access logs, relative to the SFTP login folder (the presets say
# where the claims come from; Infomaniak, Hostinger, STRATO and others: unknown, the merchant says).
LOG_FOLDERS = {p.id: p.logs.folder for p in HOST_PRESETS if p.logs.kind == "sftp"}
_SEGMENT = re.compile(r"[A-Za-z0-9._-]+")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,200}")
_NOT_ACCESS = ("error", "ftp", "xfer", "bytes", "mail", "php")


class LogsUnavailable(PublishError):
    """The host's logs cannot be fetched (no folder known, or none on the server)."""


class FetchCancelled(PublishError):
    def __init__(self, done: int) -> None:
        super().__init__(msg("Fetching stopped after {count} logs; the next fetch goes on from there.",
                             count=done))


def log_folder(shop: ShopFile) -> str:
    """The folder of the shop's host logs, validated (relative, plain segments, no ``..``)."""
    value = shop.get_value(LOG_DIR_SETTING)
    if not isinstance(value, str) or not value.strip():
        value = LOG_FOLDERS.get(shop.shop().target.preset, "")
    parts = value.strip().strip("/").split("/")
    if not value.strip() or any(p in ("", ".", "..") or not _SEGMENT.fullmatch(p) for p in parts):
        raise LogsUnavailable(msg("Échoppe does not know where this host keeps its access logs."),
                              msg("Set the logs folder (echoppe stats SHOP --log-dir FOLDER), or download a "
                                  "log from your host's control panel and read it with --log FILE."))
    return "/".join(parts)


def is_access_log(name: str) -> bool:
    """A file name that can be an access log (error, FTP and mail logs are left aside)."""
    lower = name.lower()
    return bool(_NAME.fullmatch(name)) and not any(word in lower for word in _NOT_ACCESS)


def _listing(sftp: paramiko.SFTPClient, folder: str) -> list[paramiko.SFTPAttributes]:
    try:
        attrs = sftp.lstat(folder)
    except OSError:
        attrs = None
    if attrs is None or attrs.st_mode is None or not stat.S_ISDIR(attrs.st_mode):
        raise LogsUnavailable(msg("There is no logs folder {folder} on the host.", folder=folder),
                              msg("Check in your host's control panel that raw access logs are kept."))
    found = []
    for entry in sftp.listdir_attr(folder):
        if not is_access_log(entry.filename):
            continue
        one = sftp.lstat(f"{folder}/{entry.filename}")  # never a link, never a folder
        if one.st_mode is not None and stat.S_ISREG(one.st_mode):
            one.filename = entry.filename
            found.append(one)
    return sorted(found, key=lambda a: (a.st_mtime or 0, a.filename))


def _read_one(shop: ShopFile, sftp: paramiko.SFTPClient, key: str, path: str,
              before: paramiko.SFTPAttributes, salts: Salts) -> ReadReport:
    size, mtime = int(before.st_size or 0), int(before.st_mtime or 0)
    if unchanged_since_read(shop, key, size, mtime):
        return ReadReport(key, unchanged=True)
    with sftp.open(path, "rb") as fh:
        now = fh.stat()  # the file opened is still the one listed (a live log only grows)
        if now.st_mode is None or not stat.S_ISREG(now.st_mode) or now.st_uid != before.st_uid \
                or (now.st_size or 0) < size:
            raise LogsUnavailable(msg("The log {name} changed while it was opened.", name=path))
        return read_log(shop, key, fh, size, mtime, salts)


def fetch_logs(
    shop: ShopFile,
    secret: Secret | None,
    *,
    known_hosts: KnownHosts | None = None,
    accept_fingerprint: str | None = None,
    salts: Salts | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[ReadReport]:
    """Read every access log of the host's logs folder that has new lines (one report per log)."""
    target = shop.shop().target
    if not target.host:
        raise NoTarget()
    folder = log_folder(shop)
    salts = salts or Salts()
    with connect(target, secret, known_hosts, accept_fingerprint) as conn:
        for done, attrs in enumerate(_listing(conn.sftp, folder)):
            if cancel is not None and cancel.is_set():
                raise FetchCancelled(done)
            path = f"{folder}/{attrs.filename}"
            key = f"sftp:{target.host}/{path}"
            try:
                yield _read_one(shop, conn.sftp, key, path, attrs, salts)
            except LogUnreadable as exc:  # a damaged archive never stops the other logs
                yield ReadReport(key, problem=exc.message)

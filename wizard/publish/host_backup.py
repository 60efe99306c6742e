"""The encrypted copy of the latest backup on the host, and getting it back.

Invariants:

* only sealed copies leave this computer (:mod:`wizard.store.sealing`, the merchant's backup passphrase);
* the folder is outside the web root when the site folder is a sub-folder of the login folder (OVH
  ``www/``, cPanel ``public_html/``): ``echoppe-backups/`` in the login folder. When that is not
  possible (site at the login's root, a login folder we may not write, an absolute site folder) it is a
  folder with an unguessable name inside the site folder, denied by ``.htaccess``;
* a copy goes inside the site folder only once the host is seen to honour ``.htaccess``: the order desk's
  deny probe (:func:`wizard.desk.probe.probe_deny`, a file in a denied folder fetched over HTTP from the
  shop's public address must answer 403 or 404). A host that serves it (nginx, Apache with
  ``AllowOverride None``) gets no copy (:class:`HostIgnoresHtaccess`); without a public address the check
  cannot be made and the copy is sent (it is sealed with the passphrase either way);
* each copy is uploaded to ``.part-<random>`` then ``posix-rename``d: a half copy never carries a copy's
  name; a folder or file that is a link is never followed (``lstat``);
* only files matching our exact name pattern are deleted; the newest :data:`HOST_KEEP` are kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import posixpath
import re
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
import paramiko

from wizard.desk.probe import probe_deny
from wizard.domain.model import PublishTarget
from wizard.i18n import EchoppeError, Message, msg
from wizard.publish.credentials import SERVICE, password_storage
from wizard.publish.deskcheck import _fetch as fetch_over_http  # the desk's own fetch: no redirect followed
from wizard.publish.hostkeys import KnownHosts
from wizard.publish.sftp import Secret, connect, remote_path
from wizard.store import backups
from wizard.store.sealing import DEFAULT_PARAMS, KdfParams, seal, unseal
from wizard.store.shopfile import ShopFile

HOST_KEEP = 3
OUTSIDE_FOLDER = "echoppe-backups"
_INSIDE = re.compile(r"^\.echoppe-backups-[0-9a-f]{16}$")
_COPY = re.compile(r"^echoppe-([0-9a-f]{12})-(\d{8}T\d{6}\.\d{6}Z)\.sealed$")
_PART = re.compile(r"^\.part-[0-9a-f]{32}$")
HTACCESS = b"# Echoppe: backups, never served\nRequire all denied\n<IfModule !mod_authz_core.c>\nDeny from all\n</IfModule>\n"
NOTICE_KEY = "backup.host_notice_shown"


class HostBackupError(EchoppeError):
    """The copy on the host could not be sent, found or read."""


class HostIgnoresHtaccess(HostBackupError):
    """The host served a file of a folder that ``.htaccess`` denies: no copy may be kept in the site."""

    def __init__(self, folder: str, earlier: int) -> None:
        hint = msg("Your backups on this computer are safe. To get a copy on your host too, publish to a folder "
                   "below your login's home (such as www/ or public_html/), or ask your host to honour .htaccess "
                   "files; the copy is then sent at the next publish.")
        if earlier:
            hint = msg("{hint} Copies sent before ({earlier}) are still in {folder} on your host: they are "
                       "encrypted, but delete them with your host's file manager to be sure.",
                       hint=hint, earlier=earlier, folder=folder)
        super().__init__(msg("The encrypted backup was not sent: your host ignores .htaccess files, so a folder "
                             "that Échoppe forbids to the web was served to anyone who asked for it, and the "
                             "copy could have been downloaded from your site."), hint)
        self.folder = folder
        self.earlier = earlier


@dataclass(frozen=True)
class HostCopy:
    """After a publish: what happened to the encrypted copy on the host."""

    sent: str | None  # the remote path of the new copy, or None when none was sent
    message: Message | None  # what to tell the merchant (None: nothing, e.g. the no-passphrase note was said)
    problem: EchoppeError | None = None


# --------------------------------------------------------------------------- the passphrase

def _account(shop_id: str) -> str:
    return "backup:" + hashlib.sha256(shop_id.encode("utf-8")).hexdigest()[:24]


def store_passphrase(shop: ShopFile, passphrase: str) -> bool:
    """Keep the backup passphrase in the system's password store; False when it has no safe one."""
    if not password_storage().safe:
        return False
    try:
        keyring.get_keyring().set_password(SERVICE, _account(backups.shop_id(shop)), passphrase)
    except keyring.errors.KeyringError:
        return False
    return True


def stored_passphrase(shop: ShopFile) -> str | None:
    if not password_storage().safe:
        return None
    try:
        return keyring.get_keyring().get_password(SERVICE, _account(backups.shop_id(shop)))
    except keyring.errors.KeyringError:
        return None


def no_passphrase_notice() -> Message:
    return msg("Without a backup passphrase, Échoppe keeps backups on this computer only: if it is lost, "
               "stolen or broken, your shop (products, orders, receipts) is lost with it. Choose a "
               "passphrase once and an encrypted copy goes to your host after each publish.")


def notice_due(shop: ShopFile) -> bool:
    """True once: the first time a shop with no passphrase is published (the app says it, then never again)."""
    if stored_passphrase(shop) is not None or shop.get_value(NOTICE_KEY):
        return False
    shop.set_value(NOTICE_KEY, True)
    return True


# --------------------------------------------------------------------------- where on the host

def _shop_tag(shop_id: str) -> str:
    return hashlib.sha256(("copy:" + shop_id).encode("utf-8")).hexdigest()[:12]


def inside_folder_name(shop_id: str) -> str:
    return ".echoppe-backups-" + hashlib.sha256(("folder:" + shop_id).encode("utf-8")).hexdigest()[:16]


def outside_possible(target: PublishTarget) -> bool:
    """True when the site folder is a relative sub-folder of the login folder (so the login folder is
    above the web root)."""
    path = target.path.strip()
    return not path.startswith("/") and path.strip("/") not in ("", ".")


def _lstat(sftp: paramiko.SFTPClient, path: str) -> paramiko.SFTPAttributes | None:
    try:
        return sftp.lstat(path)
    except FileNotFoundError:
        return None


def _ensure_dir(sftp: paramiko.SFTPClient, path: str) -> bool:
    """A real folder at ``path`` (made if missing); False when it cannot be, or is a link."""
    attrs = _lstat(sftp, path)
    if attrs is None:
        try:
            sftp.mkdir(path, 0o700)
        except OSError:
            return False
        attrs = _lstat(sftp, path)
    return attrs is not None and attrs.st_mode is not None and stat.S_ISDIR(attrs.st_mode)


def _put_atomic(sftp: paramiko.SFTPClient, folder: str, name: str, data: bytes) -> str:
    part = posixpath.join(folder, f".part-{uuid.uuid4().hex}")
    final = posixpath.join(folder, name)
    try:
        with sftp.open(part, "wb") as fh:
            fh.set_pipelined(True)
            fh.write(data)
        sftp.chmod(part, 0o600)
        sftp.posix_rename(part, final)
    except BaseException:
        with contextlib.suppress(OSError, paramiko.SSHException):
            sftp.remove(part)
        raise
    return final


def honours_htaccess(sftp: paramiko.SFTPClient, target: PublishTarget) -> bool | None:
    """The desk's deny probe run in the site folder: ``True`` when a file of a folder denied by
    ``.htaccess`` answers 403 or 404 over HTTP(S), ``False`` when the host serves it, ``None`` when it
    cannot be known (no public address, or no folder could be made for the probe)."""
    base = target.public_url.strip()
    if not base.startswith(("https://", "http://")):
        return None
    base = base.rstrip("/") + "/"

    def put(name: str, data: bytes) -> None:
        with sftp.open(remote_path(target.path, name), "wb") as fh:
            fh.write(data)
        sftp.chmod(remote_path(target.path, name), 0o644)

    def remove(name: str) -> None:
        with contextlib.suppress(OSError):
            sftp.remove(remote_path(target.path, name))

    def remove_dir(name: str) -> None:
        with contextlib.suppress(OSError):
            sftp.rmdir(remote_path(target.path, name))

    try:
        return probe_deny(lambda name: sftp.mkdir(remote_path(target.path, name), 0o755), put,
                          lambda name: fetch_over_http(base + name), remove, remove_dir)
    except OSError:
        return None


def _choose_folder(sftp: paramiko.SFTPClient, target: PublishTarget, shop_id: str) -> str:
    if outside_possible(target) and _ensure_dir(sftp, OUTSIDE_FOLDER):
        return OUTSIDE_FOLDER
    folder = remote_path(target.path, inside_folder_name(shop_id))
    if honours_htaccess(sftp, target) is False:
        attrs = _lstat(sftp, folder)
        is_dir = attrs is not None and attrs.st_mode is not None and stat.S_ISDIR(attrs.st_mode)
        raise HostIgnoresHtaccess(folder, len(_copies(sftp, folder, None)) if is_dir else 0)
    if not _ensure_dir(sftp, folder):
        raise HostBackupError(
            msg("The backup folder {folder} could not be made on the host.", folder=folder),
            msg("Check that your login may write into the site folder."),
        )
    htaccess = posixpath.join(folder, ".htaccess")
    attrs = _lstat(sftp, htaccess)
    if attrs is None or attrs.st_mode is None or not stat.S_ISREG(attrs.st_mode) or attrs.st_size != len(HTACCESS):
        if attrs is not None and attrs.st_mode is not None and stat.S_ISLNK(attrs.st_mode):
            raise HostBackupError(msg("The backup folder on the host holds a link: nothing was sent."),
                                  msg("Remove the link {path} on the host, then publish again.", path=htaccess))
        _put_atomic(sftp, folder, ".htaccess", HTACCESS)
    return folder


def _copies(sftp: paramiko.SFTPClient, folder: str, tag: str | None) -> list[tuple[str, str]]:
    """(name, stamp) of our regular-file copies in ``folder``, newest first."""
    try:
        entries = sftp.listdir_attr(folder)
    except OSError:
        return []
    found = []
    for entry in entries:
        match = _COPY.match(entry.filename)
        if match is None or (tag is not None and match[1] != tag):
            continue
        if entry.st_mode is None or not stat.S_ISREG(entry.st_mode):
            continue
        found.append((entry.filename, match[2]))
    return sorted(found, key=lambda e: e[1], reverse=True)


# --------------------------------------------------------------------------- sending

def send_copy(
    shop: ShopFile,
    target: PublishTarget,
    secret: Secret | None,
    passphrase: str,
    *,
    known_hosts: KnownHosts | None = None,
    params: KdfParams = DEFAULT_PARAMS,
    root: Path | None = None,
) -> str:
    """Seal the shop's latest local backup (made now if there is none) and send it; returns its path."""
    latest = backups.latest_backup(shop, root) or backups.make_backup(shop, backups.Reason.PUBLISH, root=root).path
    sid = backups.shop_id(shop)
    sealed = seal(backups.whole_bytes(latest), passphrase, params)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    name = f"echoppe-{_shop_tag(sid)}-{stamp}.sealed"
    try:
        with connect(target, secret, known_hosts) as conn:
            sftp = conn.sftp
            folder = _choose_folder(sftp, target, sid)
            path = _put_atomic(sftp, folder, name, sealed)
            for old, _stamp in _copies(sftp, folder, _shop_tag(sid))[HOST_KEEP:]:
                with contextlib.suppress(OSError):
                    sftp.remove(posixpath.join(folder, old))
            return path
    except (OSError, paramiko.SSHException) as exc:
        raise HostBackupError(
            msg("The encrypted backup could not be sent to the host: {error}", error=str(exc) or type(exc).__name__),
            msg("Your site is published and your backups on this computer are safe; the copy is sent again "
                "at the next publish."),
        ) from exc


def after_publish(shop: ShopFile, target: PublishTarget, secret: Secret | None,
                  known_hosts: KnownHosts | None = None) -> HostCopy:
    """Called once after a successful SFTP publish: send the copy if a passphrase is set. Never raises."""
    passphrase = stored_passphrase(shop)
    if passphrase is None:
        return HostCopy(None, no_passphrase_notice() if notice_due(shop) else None)
    try:
        path = send_copy(shop, target, secret, passphrase, known_hosts=known_hosts)
    except EchoppeError as exc:  # the headline and what to do, in one message (the publish page shows it)
        told = exc.message if exc.hint is None else msg("{problem} {hint}", problem=exc.message, hint=exc.hint)
        return HostCopy(None, told, exc)
    return HostCopy(path, msg("An encrypted backup was sent to the host ({path}).", path=path))


# --------------------------------------------------------------------------- getting it back

def fetch_latest(target: PublishTarget, secret: Secret | None, *, shop_id: str | None = None,
                 known_hosts: KnownHosts | None = None,
                 accept_fingerprint: str | None = None) -> tuple[str, bytes]:
    """(remote path, sealed bytes) of the newest copy on the host (of ``shop_id`` when given)."""
    with connect(target, secret, known_hosts, accept_fingerprint) as conn:
        sftp = conn.sftp
        folders = [OUTSIDE_FOLDER] if outside_possible(target) else []
        if shop_id is not None:
            folders.append(remote_path(target.path, inside_folder_name(shop_id)))
        else:
            with contextlib.suppress(OSError):
                folders += [remote_path(target.path, e.filename) for e in sftp.listdir_attr(remote_path(target.path))
                            if _INSIDE.match(e.filename) and e.st_mode is not None and stat.S_ISDIR(e.st_mode)]
        tag = _shop_tag(shop_id) if shop_id is not None else None
        best: tuple[str, str] | None = None
        for folder in folders:
            attrs = _lstat(sftp, folder)
            if attrs is None or attrs.st_mode is None or not stat.S_ISDIR(attrs.st_mode):
                continue
            for name, stamp in _copies(sftp, folder, tag)[:1]:
                if best is None or stamp > best[1]:
                    best = (posixpath.join(folder, name), stamp)
        if best is None:
            raise HostBackupError(msg("No encrypted backup of this shop was found on the host."),
                                  msg("Check the host, login and site folder, or restore a backup from this "
                                      "computer."))
        attrs = _lstat(sftp, best[0])
        if attrs is None or attrs.st_mode is None or not stat.S_ISREG(attrs.st_mode):
            raise HostBackupError(msg("The backup on the host is not a plain file: it was not read."))
        with sftp.open(best[0], "rb") as fh:
            fh.prefetch(attrs.st_size)
            return best[0], fh.read()


def restore_from_host(target: PublishTarget, secret: Secret | None, passphrase: str, out: Path, *,
                      shop_id: str | None = None, known_hosts: KnownHosts | None = None,
                      accept_fingerprint: str | None = None) -> Path:
    """Fetch the newest copy, check and decrypt it, restore it into the new shop file ``out``."""
    backups.refuse_existing(Path(out))
    path, sealed = fetch_latest(target, secret, shop_id=shop_id, known_hosts=known_hosts,
                                accept_fingerprint=accept_fingerprint)
    data = unseal(sealed, passphrase, posixpath.basename(path))
    return backups.restore_bytes(data, out)

"""Automatic local backups of a shop file, rotated, checked, and restorable.

Invariants:

* a backup is made with SQLite's online backup API from the shop's own connection, under the shop's
  lock: it waits for the transaction in flight (any thread) and copies one committed state;
* it is written to ``.part-<random>`` in the shop's backup folder, passes ``PRAGMA integrity_check``
  and the Échoppe application id, is flushed to disk, then renamed to its final name: only final
  names are listed, so a process killed mid-backup leaves a ``.part`` file nobody counts (removed by
  a later backup) and the earlier backups untouched;
* a failed backup raises :class:`BackupFailed` (translated headline + what to do), never passes silently;
* the folder of a shop is ``<app data>/backups/<hash>``, where the hash is of a random id the shop file
  keeps (``backup.shop_id``): never a path built from stored text;
* pictures are kept once per shop, not once per backup: a backup's ``images`` rows point (by their
  SHA-256 key, checked) into the shop folder's ``images/`` pool, listed in its ``echoppe_backup_pool``
  table; pool files are written (atomically) before the backup is renamed, and only removed when no
  remaining backup lists them. Restoring puts the pictures back and checks each one's hash;
* restoring writes a *new* file and refuses an existing one.

Rotation (see :func:`to_keep`): the 10 newest, the newest of each of the last 30 days, the newest
of each of the last 12 months; everything else is deleted (only files matching our own name pattern).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import re
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from wizard.i18n import EchoppeError, msg
from wizard.paths import app_data_dir
from wizard.store.schema import APPLICATION_ID, SCHEMA_VERSION
from wizard.store.shopfile import SUFFIX, ShopFile, ShopFileError

Clock = Callable[[], dt.datetime]

KEEP_LAST = 10
KEEP_DAYS = 30
KEEP_MONTHS = 12
DAILY_EVERY = dt.timedelta(hours=24)
STALE_PART = dt.timedelta(hours=1)  # a .part file older than this belongs to a dead process
BACKUP_SUFFIX = ".echoppe-backup"
SHOP_ID_KEY = "backup.shop_id"

_NAME = re.compile(r"^(\d{8}T\d{6})\.(\d{6})Z-([a-z]+)" + re.escape(BACKUP_SUFFIX) + r"$")
_KEY = re.compile(r"^[0-9a-f]{64}$")
POOL = "images"
POOL_TABLE = "echoppe_backup_pool"
_PART = re.compile(r"^\.part-[0-9a-f]{32}(-journal|-wal|-shm)?$")


class Reason(Enum):
    """Why a backup was made (part of its file name)."""

    MANUAL = "manual"
    PUBLISH = "publish"
    IMPORT = "import"
    DAILY = "daily"
    ORDERS = "orders"
    RESTORE = "restore"


class BackupFailed(EchoppeError):
    """A backup could not be made, checked or restored."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup on disk."""

    path: Path
    made_at: dt.datetime  # UTC
    reason: str
    products: int
    orders: int | None  # None when the shop has no orders table yet
    bytes: int

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "made_at": self.made_at.isoformat(timespec="seconds"),
            "reason": self.reason,
            "products": self.products,
            "orders": self.orders,
            "bytes": self.bytes,
        }


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --------------------------------------------------------------------------- where backups live

def backups_root() -> Path:
    """``<app data>/backups``: one sub-folder per shop."""
    return app_data_dir() / "backups"


def shop_id(shop: ShopFile) -> str:
    """The shop's random backup id, created (and saved in the file) on first use."""
    value = shop.get_value(SHOP_ID_KEY)
    if not isinstance(value, str) or not value:
        value = uuid.uuid4().hex
        shop.set_value(SHOP_ID_KEY, value)
    return value


def folder_for_id(identifier: str, root: Path | None = None) -> Path:
    """The backup folder of a shop id: a hash, so nothing read from the file reaches the path."""
    digest = hashlib.sha256(identifier.encode("utf-8")).hexdigest()[:24]
    return (root or backups_root()) / digest


def folder_for(shop: ShopFile, root: Path | None = None) -> Path:
    return folder_for_id(shop_id(shop), root)


# --------------------------------------------------------------------------- making one

def _name(made_at: dt.datetime, reason: Reason) -> str:
    made_at = made_at.astimezone(dt.UTC)
    return f"{made_at:%Y%m%dT%H%M%S}.{made_at:%f}Z-{reason.value}{BACKUP_SUFFIX}"


def _parse_name(name: str) -> tuple[dt.datetime, str] | None:
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        stamp = dt.datetime.strptime(match[1] + match[2], "%Y%m%dT%H%M%S%f").replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return stamp, match[3]


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _failed(exc: BaseException, shop_name: str) -> BackupFailed:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupFailed(
            msg("The backup of {name} failed: the disk is full.", name=shop_name),
            msg("Free some space on this computer, then make a backup again (Échoppe will retry on its own "
                "at the next publish)."),
        )
    error = (exc.strerror if isinstance(exc, OSError) else None) or str(exc) or type(exc).__name__
    return BackupFailed(
        msg("The backup of {name} failed: {error}", name=shop_name, error=error),
        msg("Check that the disk is not full and that Échoppe's data folder can be written, then try again."),
    )


def check_file(path: Path) -> tuple[int, int | None]:
    """Open ``path`` read-only, check it is a whole Échoppe shop; returns (products, orders)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error as exc:
        raise _not_a_backup(path) from exc
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise _not_a_backup(path)
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if [tuple(r) for r in rows] != [("ok",)]:
            raise BackupFailed(
                msg("The backup {name} is damaged.", name=path.name),
                msg("Choose another backup."),
            )
        return _counts(conn)
    except sqlite3.DatabaseError as exc:
        raise _not_a_backup(path) from exc
    finally:
        conn.close()


def _not_a_backup(path: Path) -> BackupFailed:
    return BackupFailed(
        msg("{name} is not a whole Échoppe shop backup.", name=path.name),
        msg("Choose another backup."),
    )


def _counts(conn: sqlite3.Connection) -> tuple[int, int | None]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    products = conn.execute("SELECT COUNT(*) FROM products").fetchone()[0] if "products" in tables else 0
    orders = conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0] if "orders" in tables else None
    return int(products), None if orders is None else int(orders)


def make_backup(
    shop: ShopFile,
    reason: Reason = Reason.MANUAL,
    *,
    root: Path | None = None,
    clock: Clock = _utcnow,
    rotate: bool = True,
) -> BackupInfo:
    """Back up ``shop`` now; returns the new backup (raises :class:`BackupFailed`)."""
    folder = folder_for(shop, root)
    part = folder / f".part-{uuid.uuid4().hex}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _clean_parts(folder)
        dest = sqlite3.connect(part, isolation_level=None)
        try:
            shop.backup_into(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # a single file, no -wal beside it
            _pool_images(dest, folder / POOL)
            if dest.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupFailed(
                    msg("The backup of {name} failed its integrity check.", name=shop.path.name),
                    msg("Your shop file may be damaged: keep it, and restore the last good backup into a new file."),
                )
            products, orders = _counts(dest)
        finally:
            dest.close()
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        made_at = clock().astimezone(dt.UTC)
        final = folder / _name(made_at, reason)
        while final.exists():  # two backups in the same microsecond (fake clocks)
            made_at += dt.timedelta(microseconds=1)
            final = folder / _name(made_at, reason)
        os.replace(part, final)
        _fsync_dir(folder)
        info = BackupInfo(final, made_at, reason.value, products, orders, final.stat().st_size)
    except BackupFailed:
        part.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        raise _failed(exc, shop.path.name) from exc
    if rotate:
        prune(folder, clock())
    return info


def _write_atomic(path: Path, data: bytes) -> None:
    part = path.with_name(f".part-{uuid.uuid4().hex}")
    try:
        with open(part, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def _pool_images(dest: sqlite3.Connection, pool: Path) -> None:
    """Move the pictures of the backup ``dest`` into the shop's pool (once each), leaving their rows."""
    pool.mkdir(exist_ok=True)
    pooled: list[str] = []
    for key, size in dest.execute("SELECT key, length(data) FROM images WHERE length(data) > 0").fetchall():
        if not isinstance(key, str) or not _KEY.match(key):
            continue  # not a key we made: stays inside the backup
        target = pool / key
        if target.is_file() and not target.is_symlink() and target.stat().st_size == size:
            os.utime(target)  # in use: a concurrent pruning leaves recent files alone
        else:
            data = dest.execute("SELECT data FROM images WHERE key=?", (key,)).fetchone()[0]
            if not isinstance(data, bytes) or hashlib.sha256(data).hexdigest() != key:  # a tampered row
                continue
            _write_atomic(target, data)
        pooled.append(key)
    dest.execute(f"CREATE TABLE {POOL_TABLE} (key TEXT PRIMARY KEY)")
    dest.executemany(f"INSERT INTO {POOL_TABLE}(key) VALUES (?)", [(k,) for k in pooled])
    dest.executemany("UPDATE images SET data = X'' WHERE key = ?", [(k,) for k in pooled])
    dest.execute("VACUUM")


def _pooled_keys(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (POOL_TABLE,)).fetchone():
            return set()
        return {r[0] for r in conn.execute(f"SELECT key FROM {POOL_TABLE}")}
    finally:
        conn.close()


def _unpool_images(conn: sqlite3.Connection, pool: Path, name: str) -> None:
    """Put the pooled pictures back into the copy ``conn`` (each checked against its key)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (POOL_TABLE,)).fetchone():
        return
    keys = [r[0] for r in conn.execute(f"SELECT key FROM {POOL_TABLE}")]
    conn.execute("BEGIN")
    for key in keys:
        path = pool / key
        data = b""
        if _KEY.match(key) and path.is_file() and not path.is_symlink():
            data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != key:
            conn.execute("ROLLBACK")
            raise BackupFailed(
                msg("The backup {name} is incomplete: one of its pictures is missing or damaged.", name=name),
                msg("Choose another backup."),
            )
        conn.execute("UPDATE images SET data=? WHERE key=?", (data, key))
    conn.execute(f"DROP TABLE {POOL_TABLE}")
    conn.execute("COMMIT")


def _clean_pool(folder: Path) -> None:
    """Remove pool pictures no remaining backup lists (only old ones: a backup in flight may need them)."""
    pool = folder / POOL
    if not pool.is_dir():
        return
    used: set[str] = set()
    for path, _made_at, _reason in _entries(folder):
        try:
            used |= _pooled_keys(path)
        except sqlite3.Error:
            return  # a backup we cannot read: keep every picture
    limit = time.time() - STALE_PART.total_seconds()
    for entry in pool.iterdir():
        unused = _KEY.match(entry.name) is not None and entry.name not in used
        if (unused or _PART.match(entry.name)) and entry.is_file() and not entry.is_symlink():
            with contextlib.suppress(OSError):
                if entry.stat().st_mtime < limit:
                    entry.unlink()


def _clean_parts(folder: Path) -> None:
    """Remove ``.part`` files left by a killed backup (only ours, only old ones)."""
    limit = time.time() - STALE_PART.total_seconds()
    for entry in folder.iterdir():
        if _PART.match(entry.name) and entry.is_file() and not entry.is_symlink():
            with contextlib.suppress(OSError):
                if entry.stat().st_mtime < limit:
                    entry.unlink()


# --------------------------------------------------------------------------- listing and rotating

def _entries(folder: Path) -> list[tuple[Path, dt.datetime, str]]:
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        parsed = _parse_name(entry.name)
        if parsed is not None and entry.is_file() and not entry.is_symlink():
            found.append((entry, parsed[0], parsed[1]))
    return sorted(found, key=lambda e: e[1], reverse=True)


def list_backups(shop: ShopFile, root: Path | None = None) -> list[BackupInfo]:
    """The shop's backups, newest first (a damaged one is left out)."""
    return list_folder(folder_for(shop, root))


def list_folder(folder: Path) -> list[BackupInfo]:
    infos = []
    for path, made_at, reason in _entries(folder):
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
            try:
                products, orders = _counts(conn)
            finally:
                conn.close()
            size = path.stat().st_size
        except (sqlite3.Error, OSError):
            continue
        infos.append(BackupInfo(path, made_at, reason, products, orders, size))
    return infos


def latest_backup(shop: ShopFile, root: Path | None = None) -> Path | None:
    entries = _entries(folder_for(shop, root))
    return entries[0][0] if entries else None


def to_keep(stamps: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """Which backups rotation keeps: the 10 newest, the newest of each of the last 30 days (UTC), the
    newest of each of the last 12 months."""
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[:KEEP_LAST])
    days: set[dt.date] = set()
    months: set[tuple[int, int]] = set()
    today = now.astimezone(dt.UTC).date()
    month_now = today.year * 12 + today.month - 1
    for stamp in ordered:  # newest first: the first seen of a day or month is its newest
        day = stamp.astimezone(dt.UTC).date()
        if 0 <= (today - day).days < KEEP_DAYS and day not in days:
            days.add(day)
            keep.add(stamp)
        month = (day.year, day.month)
        if 0 <= month_now - (day.year * 12 + day.month - 1) < KEEP_MONTHS and month not in months:
            months.add(month)
            keep.add(stamp)
    return keep


def prune(folder: Path, now: dt.datetime) -> list[Path]:
    """Delete the backups rotation does not keep; returns the deleted paths."""
    entries = _entries(folder)
    keep = to_keep((e[1] for e in entries), now)
    removed = []
    for path, made_at, _reason in entries:
        if made_at not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    _clean_pool(folder)
    return removed


# --------------------------------------------------------------------------- triggers

def backup_before(
    shop_path_or_file: ShopFile | str | Path,
    reason: Reason | str,
    *,
    root: Path | None = None,
    clock: Clock = _utcnow,
) -> BackupInfo:
    """Back up a shop before a risky step (publish, import, order fetch…): the one entry point.

    Takes an open :class:`ShopFile` (backed up through its own connection) or a path (opened for the
    time of the backup; raises ``ShopLocked`` when another program has it open). Raises
    :class:`BackupFailed` when the backup cannot be made: the caller decides whether to go on.
    """
    why = reason if isinstance(reason, Reason) else Reason(reason)
    if isinstance(shop_path_or_file, ShopFile):
        return make_backup(shop_path_or_file, why, root=root, clock=clock)
    with ShopFile.open(shop_path_or_file) as shop:
        return make_backup(shop, why, root=root, clock=clock)


def backup_if_due(shop: ShopFile, *, root: Path | None = None, clock: Clock = _utcnow) -> BackupInfo | None:
    """The daily backup on opening: made when the newest one is older than 24 hours."""
    entries = _entries(folder_for(shop, root))
    now = clock()
    if entries and now - entries[0][1] < DAILY_EVERY:
        return None
    return make_backup(shop, Reason.DAILY, root=root, clock=clock)


# --------------------------------------------------------------------------- restoring

def restore_name(original: Path, made_at: dt.datetime) -> Path:
    """A free name beside ``original`` for a restored copy: ``Shop (restored 2026-12-02).echoppe``."""
    stem = f"{original.stem} (restored {made_at.astimezone(dt.UTC):%Y-%m-%d})"
    candidate = original.with_name(stem + SUFFIX)
    number = 2
    while candidate.exists():
        candidate = original.with_name(f"{stem} {number}{SUFFIX}")
        number += 1
    return candidate


def restore_bytes(data: bytes, out: Path) -> Path:
    """Restore a backup held in memory (a decrypted host copy) into the new file ``out``."""
    out = Path(out)
    refuse_existing(out)
    part = out.with_name(f".{out.name}.part-{uuid.uuid4().hex}")
    try:
        part.write_bytes(data)
        return _finish_restore(part, out)
    finally:
        part.unlink(missing_ok=True)


def restore(backup: Path, out: Path) -> Path:
    """Restore ``backup`` into the new shop file ``out`` (never over an existing file); returns ``out``."""
    backup, out = Path(backup), Path(out)
    refuse_existing(out)
    part = out.with_name(f".{out.name}.part-{uuid.uuid4().hex}")
    try:
        materialize(backup, part)
        return _finish_restore(part, out)
    except (OSError, sqlite3.Error) as exc:
        raise BackupFailed(
            msg("The backup could not be restored into {name}: {error}", name=out.name, error=str(exc)),
            msg("Choose another folder with free space, then try again."),
        ) from exc
    finally:
        part.unlink(missing_ok=True)


def materialize(backup: Path, dest: Path) -> None:
    """Write ``backup`` as one whole shop file at ``dest`` (its pictures put back from the pool)."""
    check_file(backup)
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
        try:
            conn = sqlite3.connect(dest, isolation_level=None)
            try:
                source.backup(conn)
                conn.execute("PRAGMA journal_mode=DELETE")
                _unpool_images(conn, backup.parent / POOL, backup.name)
            finally:
                conn.close()
        finally:
            source.close()
    except (OSError, sqlite3.Error) as exc:
        raise BackupFailed(
            msg("The backup could not be restored into {name}: {error}", name=dest.name, error=str(exc)),
            msg("Choose another folder with free space, then try again."),
        ) from exc


def whole_bytes(backup: Path) -> bytes:
    """The backup as the bytes of one whole shop file (for the sealed copy on the host)."""
    part = backup.parent / f".part-{uuid.uuid4().hex}"
    try:
        materialize(backup, part)
        return part.read_bytes()
    finally:
        for leftover in (part, part.with_name(part.name + "-journal")):
            leftover.unlink(missing_ok=True)


def refuse_existing(out: Path) -> None:
    if out.exists() or out.is_symlink():
        raise BackupFailed(
            msg("{name} already exists: a backup is never restored over a file.", name=out.name),
            msg("Choose a new file name."),
        )
    if out.suffix != SUFFIX:
        raise BackupFailed(
            msg("The restored shop must be a file ending in .echoppe ({name}).", name=out.name),
            msg("Choose a name ending in .echoppe."),
        )


def _finish_restore(part: Path, out: Path) -> Path:
    """Check ``part``, migrate it to this version's schema, then give it its name (never replacing)."""
    check_file(part)
    conn = sqlite3.connect(part)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    if version > SCHEMA_VERSION:
        raise BackupFailed(
            msg("This backup was made by a newer version of Échoppe."),
            msg("Update Échoppe to restore it."),
        )
    try:
        ShopFile.open(part).close()  # migrates and checks it opens like any shop
    except ShopFileError as exc:
        raise BackupFailed(exc.message, exc.hint) from exc
    for leftover in (part.with_name(part.name + "-wal"), part.with_name(part.name + "-shm")):
        leftover.unlink(missing_ok=True)
    try:
        os.link(part, out)  # fails if ``out`` appeared meanwhile: never overwrite
    except FileExistsError as exc:
        raise BackupFailed(
            msg("{name} already exists: a backup is never restored over a file.", name=out.name),
            msg("Choose a new file name."),
        ) from exc
    except OSError:  # a file system without hard links
        if out.exists():
            raise
        os.rename(part, out)
    _fsync_dir(out.parent)
    return out

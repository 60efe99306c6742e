"""The publishing engine: compare the site with the server's manifest and send only what changed.

Order of work, chosen so that a publish stopped at any moment leaves a whole site:

1. read the manifest and the journal (what is known to be on the server);
2. first publish into a folder holding other files → :class:`NotOurFolder` unless ``force``;
3. ``verify``: check the size of every listed file, to resend files deleted by hand;
4. send files (assets, then pages, then the home page), each to a temporary name then renamed over the
   old one, and journal it once it is in place; a big first publish over SFTP whose top-level names
   are free instead uploads into ``.echoppe-stage`` (made after the journal, so an interrupted stage
   is always known and cleared by the next publish) and moves its top-level entries into place,
   assets' first and the home page's last, journaling each entry's files once it is moved;
5. delete files the manifest lists and the site no longer has (never anything else);
6. check the public address with a probe file, when the shop has one;
7. write the new manifest atomically and drop the journal.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import secrets
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from wizard.domain.model import PublishTarget
from wizard.publish.backend import Backend, Stager
from wizard.publish.errors import (
    ConnectionLost,
    EmptySite,
    NotOurFolder,
    PublishCancelled,
    PublishError,
    WrongDocumentRoot,
)
from wizard.publish.events import (
    Connected,
    Connecting,
    Deleted,
    FileSent,
    Finished,
    Planned,
    Probed,
    PublishEvent,
    Verified,
)
from wizard.publish.hostkeys import KnownHosts
from wizard.publish.local import LocalBackend
from wizard.publish.manifest import (
    HOME_GROUP,
    JOURNAL_NAME,
    MANIFEST_NAME,
    MAX_RECORD_BYTES,
    STAGE_NAME,
    FileState,
    LocalFile,
    Plan,
    could_be_ours,
    dump_manifest,
    fold_journal,
    hash_cache_for,
    is_ours,
    journal_del,
    journal_put,
    make_plan,
    parent_dirs,
    parse_manifest,
    scan_site,
    send_order,
)
from wizard.publish.sftp import Connection, ConnectionDropped, Secret, SftpBackend, connect

PROBE_TIMEOUT = 10.0
STAGE_MIN_FILES = 100  # a first publish this big goes through a staging folder (over SFTP)


def is_folder_target(target: PublishTarget) -> bool:
    return bool(target.local_folder) and not target.host


def target_label(target: PublishTarget) -> str:
    """A short human description of where the site goes (for history and messages)."""
    if is_folder_target(target):
        return str(Path(target.local_folder).expanduser())
    port = "" if int(target.port or 22) == 22 else f":{target.port}"
    return f"{target.user}@{target.host}{port}:{target.path or '.'}"


def _fetch(url: str) -> bytes | None:
    request = urllib.request.Request(url, headers={"User-Agent": "echoppe-publish-check", "Cache-Control": "no-cache"})
    try:
        with urllib.request.urlopen(request, timeout=PROBE_TIMEOUT) as response:
            return bytes(response.read(4096))
    except (urllib.error.URLError, OSError, ValueError):
        return None


_STOPPED = object()


def _fetch_unless_stopped(url: str, cancel: threading.Event | None) -> bytes | object | None:
    """:func:`_fetch`, or :data:`_STOPPED` as soon as ``cancel`` is set while the web server has not
    answered yet (the fetch then ends on its own timeout, in the background)."""
    if cancel is None:
        return _fetch(url)
    result: list[bytes | None] = []
    done = threading.Event()

    def work() -> None:
        try:
            result.append(_fetch(url))
        finally:
            done.set()

    threading.Thread(target=work, name="echoppe-probe", daemon=True).start()
    while not done.wait(0.05):
        if cancel.is_set():
            return _STOPPED
    return result[0] if result else None


def publish(
    site_dir: Path,
    target: PublishTarget,
    secret: Secret | None,
    *,
    dry_run: bool = False,
    verify: bool = False,
    force: bool = False,
    accept_fingerprint: str | None = None,
    cancel: threading.Event | None = None,
    known_hosts: KnownHosts | None = None,
) -> Iterator[PublishEvent]:
    """Publish the files of ``site_dir`` to ``target``, yielding progress events.

    Raises a :class:`~wizard.publish.errors.PublishError` subclass on any failure; whatever was
    confirmed before the failure is recorded on the server and is not sent again next time.
    """
    if is_folder_target(target):
        local = _scanned(Path(site_dir))
        folder = Path(target.local_folder).expanduser()
        yield Connecting(str(folder), 0)
        backend: Backend = LocalBackend(folder)
        connected = Connected("")
    else:
        yield Connecting(target.host, int(target.port or 22))
        conn, local = _connect_while_scanning(Path(site_dir), target, secret, known_hosts, accept_fingerprint)
        backend = SftpBackend(conn, target.path)
        connected = Connected(conn.fingerprint)
    run = _Run(backend, target, local, cancel)
    try:
        yield connected  # inside: a caller that stops reading here still closes the connection
        yield from run.go(dry_run=dry_run, verify=verify, force=force)
    except ConnectionDropped as exc:
        raise ConnectionLost(run.sent, max(run.to_send - run.sent, 0)) from exc
    except (PublishError, GeneratorExit):  # GeneratorExit: the caller stopped reading the events
        backend.abort()
        raise
    finally:
        # closing a dead connection must not hide the real error
        with contextlib.suppress(Exception):
            backend.close()


def _scanned(site_dir: Path) -> dict[str, LocalFile]:
    local = scan_site(site_dir, hash_cache_for(site_dir))
    if not local:  # a wrong or empty folder must never wipe the shop online
        raise EmptySite(str(site_dir))
    return local


def _connect_while_scanning(
    site_dir: Path, target: PublishTarget, secret: Secret | None, known_hosts: KnownHosts | None,
    accept_fingerprint: str | None,
) -> tuple[Connection, dict[str, LocalFile]]:
    """The connection opened in a helper thread while this one reads the site: the handshake's round
    trips and the reading and hashing of the files overlap. A problem with the site is raised first,
    without waiting for the connection (which the helper then closes as soon as it is open)."""
    lock = threading.Lock()
    opened: list[Connection] = []
    failed: list[BaseException] = []
    abandoned = threading.Event()

    def opening() -> None:
        try:
            conn = connect(target, secret, known_hosts, accept_fingerprint)
        except BaseException as exc:  # raised again in the publishing thread
            failed.append(exc)
            return
        with lock:
            if not abandoned.is_set():
                opened.append(conn)
                return
        with contextlib.suppress(Exception):
            conn.close()

    helper = threading.Thread(target=opening, name="echoppe-connect", daemon=True)
    helper.start()
    try:
        local = _scanned(site_dir)
    except BaseException:
        with lock:
            abandoned.set()
            for conn in opened:
                with contextlib.suppress(Exception):
                    conn.close()
        raise
    helper.join()
    if failed:
        raise failed[0]
    return opened[0], local


class _Run:
    """One publish: its state and counters (kept for the error raised when it stops)."""

    def __init__(self, backend: Backend, target: PublishTarget,
                 local: dict[str, LocalFile], cancel: threading.Event | None) -> None:
        self.backend = backend
        self.target = target
        self.local = local
        self.cancel = cancel
        self.sent = 0
        self.to_send = 0
        self.started = time.monotonic()

    def _cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def go(self, *, dry_run: bool, verify: bool, force: bool) -> Iterator[PublishEvent]:
        backend, local = self.backend, self.local
        # Links and things in the way are refused before anything is written: the site's folder is
        # checked with the reads of the manifest and the journal (bounded in size), the folders a
        # publish writes into once it is known which (no write is sent before their answer).
        backend.check_folders([])
        backend.prefetch_root()  # a first publish lists the folder: no round trip of its own
        docs = backend.read_files([MANIFEST_NAME, JOURNAL_NAME], max_bytes=MAX_RECORD_BYTES)
        manifest = parse_manifest(docs[MANIFEST_NAME])
        journal = docs[JOURNAL_NAME]
        first = manifest is None and journal is None
        remote: dict[str, FileState] = dict(manifest or {})
        fold_journal(remote, journal)

        root_exists = not first
        present: set[str] = set()
        if first:
            if not dry_run:  # extra sessions open while the folder is listed
                backend.expect_upload(len(local), sum(f.size for f in local.values()))
            names = backend.list_root()
            root_exists = names is not None
            # Only folders under a name the listing shows can exist (and be links) yet.
            present = set(names or [])
            backend.check_folders(sorted(d for d in parent_dirs(local) if d.split("/", 1)[0] in present))
            foreign = tuple(n for n in (names or []) if not is_ours(n))
            if foreign and not force:
                sizes = backend.sizes(sorted(local))
                clashes = tuple(p for p, size in sizes.items() if size is not None)
                raise NotOurFolder(foreign, clashes)

        if verify and remote:
            sizes = backend.sizes(sorted(remote))
            missing = tuple(p for p, st in sorted(remote.items()) if sizes.get(p) != st.size)
            for path in missing:
                del remote[path]
            yield Verified(len(sizes), missing)

        plan = make_plan(local, remote)
        if not first:
            backend.check_folders(sorted(parent_dirs(f.path for f in plan.send)))
        backend.await_checks()  # a dry run reports a link too; nothing due on a no-op
        forgotten = False
        if plan.delete:
            plan, forgotten = self._only_ours(plan, remote)
        self.to_send = len(plan.send)
        yield Planned(len(plan.send), len(plan.delete), plan.bytes_total,
                      tuple(f.path for f in plan.send), plan.delete, first)
        url = self.target.public_url.strip()
        if dry_run:
            yield Finished(0, 0, 0, time.monotonic() - self.started, url, dry_run=True)
            return
        if self._cancelled():
            raise PublishCancelled(0, len(plan.send))
        if not plan.send and not plan.delete and journal is None and not url and not forgotten:
            yield Finished(0, 0, 0, time.monotonic() - self.started, url)
            return

        if not root_exists:
            backend.ensure_root()
        if journal is not None:
            # The last publish was interrupted: its temporary files may still be there. Those of the
            # files sent now are overwritten and renamed anyway; the others are removed (only names
            # of our own temporary pattern, built from paths we know).
            sending = {f.path for f in plan.send}
            backend.check_folders(sorted(parent_dirs(remote)))
            backend.remove_parts(sorted((set(remote) | set(local)) - sending))
            backend.clear_stage(set(remote) | set(local))
        backend.expect_upload(len(plan.send), plan.bytes_total)
        backend.start_journal(journal)
        stager = backend.staging() if first and self._may_stage(plan, present) else None
        if stager is not None:
            yield from self._staged(stager, plan, remote)
        else:
            yield from self._in_place(plan, remote)
        bytes_done = sum(f.size for f in plan.send if f.path in remote and remote[f.path].sha256 == f.sha256)
        deleted = 0
        if plan.delete:
            for path in backend.remove_files([(p, journal_del(p)) for p in plan.delete], self.cancel):
                remote.pop(path, None)
                deleted += 1
                yield Deleted(path)
            if self._cancelled():
                raise PublishCancelled(self.sent, 0)
            empty = parent_dirs(plan.delete) - parent_dirs(remote)
            backend.remove_dirs(sorted(empty, key=lambda d: (-d.count("/"), d)))

        if url and not self._cancelled():  # stopped with every file in place: no check, still committed
            probed = self._probe(url, remote)
            if probed is not None:
                yield probed

        backend.commit(dump_manifest(remote))
        yield Finished(self.sent, deleted, bytes_done, time.monotonic() - self.started, url)

    def _in_place(self, plan: Plan, remote: dict[str, FileState]) -> Iterator[PublishEvent]:
        """Each file to a temporary name, renamed over the old one, journaled (assets, pages, home)."""
        backend = self.backend
        backend.make_dirs(plan.new_dirs)
        bytes_done = 0
        transfer_start = time.monotonic()
        items = [(f.path, f.source.read_bytes, journal_put(f.path, FileState(f.sha256, f.size)), send_order(f.path)[0])
                 for f in plan.send]
        by_path = {f.path: f for f in plan.send}
        for path in backend.put_files(items, self.cancel):
            f = by_path[path]
            remote[path] = FileState(f.sha256, f.size)
            self.sent += 1
            bytes_done += f.size
            yield FileSent(path, f.size, self.sent, len(plan.send), bytes_done, plan.bytes_total,
                           time.monotonic() - transfer_start)
        if self._cancelled() and self.sent < len(plan.send):
            raise PublishCancelled(self.sent, len(plan.send) - self.sent)

    def _may_stage(self, plan: Plan, present: set[str]) -> bool:
        """A big first publish over SFTP whose top-level names are all free goes through a staging
        folder: one request less per file, and a few moves at the end."""
        tops = {f.path.split("/", 1)[0] for f in plan.send}
        return len(plan.send) >= STAGE_MIN_FILES and STAGE_NAME not in present and not tops & present

    def _staged(self, backend: Stager, plan: Plan, remote: dict[str, FileState]) -> Iterator[PublishEvent]:
        """Upload into the staging folder (FileSent: written there), then move its top-level entries
        into place, assets' entries first and the home page's last; nothing is live before its move,
        and ``self.sent`` counts only files in place."""
        backend.make_dirs([STAGE_NAME, *(f"{STAGE_NAME}/{d}" for d in plan.new_dirs)])
        by_path = {f.path: f for f in plan.send}
        items = [(f.path, f.source.read_bytes, None) for f in plan.send]
        staged = bytes_done = 0
        start = time.monotonic()
        for path in backend.stage_files(items, self.cancel):
            staged += 1
            bytes_done += by_path[path].size
            yield FileSent(path, by_path[path].size, staged, len(plan.send), bytes_done, plan.bytes_total,
                           time.monotonic() - start)
        if self._cancelled() and staged < len(plan.send):
            raise PublishCancelled(0, len(plan.send))
        tops: dict[str, list[LocalFile]] = {}
        for f in plan.send:
            tops.setdefault(f.path.split("/", 1)[0], []).append(f)
        # Two waves: every entry but the home page's (assets sent first in it: the server takes a
        # session's requests in order), then the home page. The names were free and nothing links to
        # them before the home page is there, so a page moved just before its pictures is never seen.
        home = {top for top, files in tops.items() if max(send_order(f.path)[0] for f in files) == HOME_GROUP}
        ordered = sorted(tops, key=lambda top: (top in home, min(send_order(f.path) for f in tops[top])))
        waves = [[(top, b"".join(journal_put(f.path, FileState(f.sha256, f.size)) for f in tops[top]))
                  for top in ordered if (top in home) == last] for last in (False, True)]
        final = {**remote, **{f.path: FileState(f.sha256, f.size) for f in plan.send}}
        for top in backend.unstage([wave for wave in waves if wave], manifest=dump_manifest(final)):
            for f in tops[top]:
                remote[f.path] = FileState(f.sha256, f.size)
                self.sent += 1

    def _only_ours(self, plan: Plan, remote: dict[str, FileState]) -> tuple[Plan, bool]:
        """Keep in ``plan.delete`` only files we could have made whose content is still what we sent;
        the others are left alone on the server and dropped from the manifest (they are not ours).
        Returns the plan and whether any entry was dropped."""
        candidates = {p: remote[p] for p in plan.delete if could_be_ours(p)}
        self.backend.check_folders(sorted(parent_dirs(candidates)))
        ours = self.backend.deletable(candidates) if candidates else set()
        kept = [p for p in plan.delete if p not in ours]
        for path in kept:
            del remote[path]
        return dataclasses.replace(plan, delete=tuple(p for p in plan.delete if p in ours)), bool(kept)

    def _probe(self, url: str, remote: dict[str, FileState]) -> Probed | None:
        """Upload a random file, fetch it at the shop's address, remove it (tracked in the journal).
        ``None`` when Stop was pressed while waiting for the web server (no verdict then)."""
        token = secrets.token_hex(16)
        name = f"echoppe-check-{token[:12]}.txt"
        body = f"echoppe {token}\n".encode()
        state = FileState(hashlib.sha256(body).hexdigest(), len(body))
        for _ in self.backend.put_files([(name, lambda: body, journal_put(name, state))]):
            remote[name] = state
        got = _fetch_unless_stopped(url.rstrip("/") + "/" + name, self.cancel)
        for _ in self.backend.remove_files([(name, journal_del(name))]):
            remote.pop(name, None)
        if got is _STOPPED:
            return None
        ok = isinstance(got, bytes) and got.strip() == body.strip()
        return Probed(url, ok, None if ok else WrongDocumentRoot(url))

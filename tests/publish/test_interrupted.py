"""A publish cancelled or cut off mid-way leaves whole pages, and the next one completes it."""

from __future__ import annotations

import threading
import time
from pathlib import Path, PurePosixPath

import pytest

from tests.publish.conftest import cancel_after_files, summary
from tests.support.sites import make_site
from tests.support.sshd import PASSWORD
from wizard.publish import Connected, ConnectionLost, FileSent, PublishCancelled, publish
from wizard.publish.manifest import MANIFEST_NAME, PART_SUFFIX, part_name

PAGES = 120


@pytest.fixture(autouse=True, params=["one session", "three sessions"])
def small_window(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fewer files in flight than the site has, so a stop always lands mid-way (the real window
    would hold this whole site on loopback); with one SFTP session, or three (a big upload)."""
    monkeypatch.setattr("wizard.publish.sftp.WINDOW", 16)
    if request.param == "three sessions":
        monkeypatch.setattr("wizard.publish.sftp.LANES_MIN_FILES", 1)
        monkeypatch.setattr("wizard.publish.sftp.LANES_IN_BACKGROUND", False)


def _each_file_is_old_or_new(folder: Path, old: dict[str, bytes], new: dict[str, bytes]) -> tuple[int, int]:
    """Check every site file on the server is exactly one version; return (old count, new count)."""
    n_old = n_new = 0
    for rel in new:
        data = (folder / rel).read_bytes() if (folder / rel).exists() else None
        if data == new[rel]:
            n_new += 1
        elif data == old.get(rel):
            n_old += 1
        else:
            raise AssertionError(f"{rel} is neither the old nor the new version ({len(data or b'')} bytes)")
    return n_old, n_new


def _prepare(tmp_path: Path, sshd_server, known_hosts):
    site = tmp_path / "site"
    old = make_site(site, pages=PAGES, assets=4, version=1)
    folder = sshd_server.user_folder()
    target = sshd_server.password_target(folder)
    list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    new = make_site(site, pages=PAGES, assets=4, version=2)  # every page changes, images do not
    changed = sum(1 for rel in new if new[rel] != old[rel])
    return site, folder, target, old, new, changed


def _finish_and_check(site, folder, target, known_hosts, old, new, changed, seen: int) -> None:
    planned, _sent, finished = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts)))
    assert 0 < planned.to_send <= changed - seen  # only what had not arrived
    assert finished.sent == planned.to_send
    assert _each_file_is_old_or_new(folder, old, new) == (0, len(new))
    again, _s, _f = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts)))
    assert again.to_send == 0
    assert (folder / MANIFEST_NAME).exists() and not (folder / ".echoppe-journal").exists()


def test_cancel_mid_publish_then_resume(tmp_path: Path, sshd_server, known_hosts) -> None:
    site, folder, target, old, new, changed = _prepare(tmp_path, sshd_server, known_hosts)
    cancelled = cancel_after_files(site, target, PASSWORD, known_hosts, 10)
    assert 10 <= cancelled.sent < changed
    assert cancelled.sent + cancelled.remaining == changed
    n_old, n_new = _each_file_is_old_or_new(folder, old, new)
    assert n_old > 0 and n_new >= 10
    assert (folder / "index.html").read_bytes() == old["index.html"]  # the home page goes last
    _finish_and_check(site, folder, target, known_hosts, old, new, changed, cancelled.sent)


def test_connection_killed_mid_publish_then_resume(tmp_path: Path, sshd_server, known_hosts) -> None:
    site, folder, target, old, new, changed = _prepare(tmp_path, sshd_server, known_hosts)
    seen = 0
    with pytest.raises(ConnectionLost) as caught:
        for event in publish(site, target, PASSWORD, known_hosts=known_hosts):
            if isinstance(event, FileSent):
                seen += 1
                if seen == 10:
                    assert sshd_server.kill_sessions() >= 1
    assert caught.value.sent >= 10 and caught.value.remaining > 0
    assert "Publish again" in caught.value.text("en")
    n_old, _n_new = _each_file_is_old_or_new(folder, old, new)
    assert n_old > 0
    _finish_and_check(site, folder, target, known_hosts, old, new, changed, seen)


def _parts(folder: Path) -> list[str]:
    """Our temporary files left in the site folder."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob(f"*{PART_SUFFIX}"))


def test_cancel_leaves_no_temporary_file(tmp_path: Path, sshd_server, known_hosts) -> None:
    site, folder, target, _old, _new, _changed = _prepare(tmp_path, sshd_server, known_hosts)
    cancel = threading.Event()
    seen = 0
    with pytest.raises(PublishCancelled):
        for event in publish(site, target, PASSWORD, known_hosts=known_hosts, cancel=cancel):
            if isinstance(event, FileSent):
                seen += 1
                if seen == 3:
                    cancel.set()
    assert _parts(folder) == []


def test_leaving_the_loop_mid_publish_leaves_no_temporary_file(tmp_path: Path, sshd_server, known_hosts) -> None:
    """A caller that stops reading the events (closes the generator) still gets a clean server."""
    site, folder, target, old, new, changed = _prepare(tmp_path, sshd_server, known_hosts)
    events = publish(site, target, PASSWORD, known_hosts=known_hosts)
    seen = 0
    for event in events:
        if isinstance(event, FileSent):
            seen += 1
            if seen == 10:
                break
    events.close()
    assert _parts(folder) == []
    n_old, n_new = _each_file_is_old_or_new(folder, old, new)
    assert n_old > 0 and n_new >= 10
    _finish_and_check(site, folder, target, known_hosts, old, new, changed, seen)


def test_next_publish_removes_temporary_files_left_by_a_lost_connection(
        tmp_path: Path, sshd_server, known_hosts) -> None:
    """Killed mid-way, the server keeps temporary files; the next publish removes them, even those of
    files that no longer need sending (here: pages put back to their old version meanwhile)."""
    site, folder, target, old, _new, _changed = _prepare(tmp_path, sshd_server, known_hosts)
    seen = 0
    with pytest.raises(ConnectionLost):
        for event in publish(site, target, PASSWORD, known_hosts=known_hosts):
            if isinstance(event, FileSent):
                seen += 1
                if seen == 10:
                    assert sshd_server.kill_sessions() >= 1
    left = _parts(folder)
    page_parts = [p for p in left if p != part_name(MANIFEST_NAME)]
    assert page_parts, left  # files were in flight when the connection died
    for part in page_parts:  # those pages go back to their old version: nothing of theirs to send
        temp = PurePosixPath(part)
        rel = str(temp.with_name(temp.name[1:-len(PART_SUFFIX)]))
        (site / rel).write_bytes(old[rel])
    foreign = folder / "products" / "p1" / "notes.echoppe-part.txt"  # not a name we make: never touched
    foreign.write_bytes(b"mine")
    list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    assert _parts(folder) == []
    assert foreign.read_bytes() == b"mine"


def test_leaving_right_after_connecting_closes_the_connection(tmp_path: Path, sshd_server, known_hosts) -> None:
    site = tmp_path / "site"
    make_site(site, pages=2, assets=1)
    target = sshd_server.password_target(sshd_server.user_folder())
    # By process id, not by count: a session of an earlier test may still be ending meanwhile.
    before = set(sshd_server.session_pids())
    events = publish(site, target, PASSWORD, known_hosts=known_hosts)
    ours: set[int] = set()
    for event in events:
        if isinstance(event, Connected):
            ours = set(sshd_server.session_pids()) - before
            assert ours
            break
    events.close()
    deadline = time.monotonic() + 60  # the server notices the closed connection on its own time
    while ours & set(sshd_server.session_pids()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not ours & set(sshd_server.session_pids())

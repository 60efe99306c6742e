"""A big first publish over SFTP goes into a staging folder, then its top-level entries are moved into
place (issue 16): fewer requests, and the same rules as the in-place publish — nothing live before its
move, the home page last, an interrupted stage finished by the next publish, nothing of others
touched, no link followed."""

from __future__ import annotations

import os
import pwd
from collections import Counter
from pathlib import Path

import pytest
from paramiko.sftp import CMD_EXTENDED, CMD_RENAME

from tests.publish.conftest import cancel_after_files, summary
from tests.support.sites import make_site
from tests.support.sshd import PASSWORD
from wizard.publish import ConnectionLost, FileSent, publish
from wizard.publish.errors import LinkOnServer, PublishError
from wizard.publish.manifest import JOURNAL_NAME, MANIFEST_NAME, STAGE_NAME, part_name
from wizard.publish.pipeline import Lane
from wizard.publish.sftp import SftpBackend

PAGES = 120


@pytest.fixture(autouse=True)
def staged_from_one_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every first publish here is big enough to be staged; few files in flight, so a stop lands mid-way."""
    monkeypatch.setattr("wizard.publish.engine.STAGE_MIN_FILES", 1)
    monkeypatch.setattr("wizard.publish.sftp.WINDOW", 16)


@pytest.fixture
def requests(monkeypatch: pytest.MonkeyPatch) -> Counter:
    """Requests sent, by type ("posix-rename" for that extension)."""
    counts: Counter = Counter()
    send = Lane.send

    def counting(self, callback, cmd, args, wait):  # type: ignore[no-untyped-def]
        counts["posix-rename" if cmd == CMD_EXTENDED and args[0] == "posix-rename@openssh.com" else cmd] += 1
        return send(self, callback, cmd, args, wait)

    monkeypatch.setattr(Lane, "send", counting)
    return counts


def _site_tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and not p.is_symlink() and ".echoppe-" not in p.name
            and STAGE_NAME not in p.parts}


def _setup(tmp_path: Path, sshd_server):
    site = tmp_path / "site"
    files = make_site(site, pages=PAGES, assets=4)
    folder = sshd_server.user_folder()
    return site, files, folder, sshd_server.password_target(folder)


def _finish(site: Path, files: dict[str, bytes], folder: Path, target, known_hosts) -> None:
    list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    assert _site_tree(folder) == files
    assert (folder / MANIFEST_NAME).exists() and not (folder / JOURNAL_NAME).exists()
    again, _sent, _fin = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts)))
    assert again.to_send == 0


def test_a_big_first_publish_is_staged_then_moved_in_a_few_requests(
        tmp_path: Path, sshd_server, known_hosts, requests: Counter) -> None:
    site, files, folder, target = _setup(tmp_path, sshd_server)
    (folder / "notes.txt").write_bytes(b"not ours")  # another name: never touched
    planned, sent, finished = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts, force=True)))
    assert planned.to_send == finished.sent == len(sent) == len(files)
    assert _site_tree(folder) == {**files, "notes.txt": b"not ours"}
    assert not (folder / STAGE_NAME).exists() and not (folder / JOURNAL_NAME).exists()
    assert requests[CMD_RENAME] == 4  # assets, images, products, index.html
    assert requests["posix-rename"] == 1  # the manifest only, not one per file
    again, _s, _f = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts)))
    assert again.to_send == 0


def test_a_taken_top_level_name_means_publishing_in_place(
        tmp_path: Path, sshd_server, known_hosts, requests: Counter) -> None:
    site, files, folder, target = _setup(tmp_path, sshd_server)
    (folder / "images").mkdir()
    (folder / "images" / "theirs.jpg").write_bytes(b"theirs")
    user = pwd.getpwnam("echoppe-pw")
    os.chown(folder / "images", user.pw_uid, user.pw_gid)  # theirs, and writable by the login
    list(publish(site, target, PASSWORD, known_hosts=known_hosts, force=True))
    assert requests[CMD_RENAME] == 0 and requests["posix-rename"] == len(files) + 1
    assert (folder / "images" / "theirs.jpg").read_bytes() == b"theirs"
    assert not (folder / STAGE_NAME).exists()


def _kill_after(site: Path, target, known_hosts, sshd_server, count: int) -> ConnectionLost:
    seen = 0
    with pytest.raises(ConnectionLost) as caught:
        for event in publish(site, target, PASSWORD, known_hosts=known_hosts):
            if isinstance(event, FileSent):
                seen += 1
                if seen == count:
                    assert sshd_server.kill_sessions() >= 1
    return caught.value


def test_killed_while_staging_nothing_is_live_and_the_next_publish_finishes(
        tmp_path: Path, sshd_server, known_hosts) -> None:
    site, files, folder, target = _setup(tmp_path, sshd_server)
    lost = _kill_after(site, target, known_hosts, sshd_server, 10)
    assert lost.sent == 0 and lost.remaining == len(files)
    assert _site_tree(folder) == {}  # nothing moved into place
    assert (folder / STAGE_NAME / "products").is_dir() and (folder / JOURNAL_NAME).exists()
    planted = folder / STAGE_NAME / "keep.txt"  # not a name of the site: stays
    planted.write_bytes(b"mine")
    _finish(site, files, folder, target, known_hosts)
    assert planted.read_bytes() == b"mine"
    assert [p.name for p in (folder / STAGE_NAME).rglob("*")] == ["keep.txt"]


def test_cancelled_while_staging_leaves_nothing_live_nor_staged(tmp_path: Path, sshd_server, known_hosts) -> None:
    site, files, folder, target = _setup(tmp_path, sshd_server)
    cancelled = cancel_after_files(site, target, PASSWORD, known_hosts, 5)
    assert cancelled.sent == 0
    assert _site_tree(folder) == {}
    assert not [p for p in (folder / STAGE_NAME).rglob("*") if p.is_file()]  # staged files removed
    _finish(site, files, folder, target, known_hosts)
    assert not (folder / STAGE_NAME).exists()


def test_killed_between_moves_the_home_page_is_not_live_and_the_next_publish_finishes(
        tmp_path: Path, sshd_server, known_hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    site, files, folder, target = _setup(tmp_path, sshd_server)
    move_wave = SftpBackend._move_wave

    def then_kill(self, wave):  # type: ignore[no-untyped-def]
        result = move_wave(self, wave)
        sshd_server.kill_sessions()  # right after the first wave: everything but the home page
        return result

    monkeypatch.setattr(SftpBackend, "_move_wave", then_kill)
    with pytest.raises(ConnectionLost):
        list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    monkeypatch.setattr(SftpBackend, "_move_wave", move_wave)
    assert (folder / "images" / "p0.jpg").read_bytes() == files["images/p0.jpg"]
    assert (folder / "products").is_dir()
    assert not (folder / "index.html").exists()
    _finish(site, files, folder, target, known_hosts)
    assert not (folder / STAGE_NAME).exists()


def test_a_link_planted_in_the_staging_folder_is_not_followed(
        tmp_path: Path, sshd_server, known_hosts) -> None:
    site, _files, folder, target = _setup(tmp_path, sshd_server)
    _kill_after(site, target, known_hosts, sshd_server, 10)
    outside = sshd_server.user_folder()
    (outside / "p0").mkdir()
    (outside / "p0" / "index.html").write_bytes(b"outside")
    staged = folder / STAGE_NAME / "products"
    for path in sorted(staged.rglob("*"), key=lambda p: -len(p.parts)):
        path.unlink() if path.is_file() else path.rmdir()
    staged.rmdir()
    staged.symlink_to(outside)
    with pytest.raises(LinkOnServer):
        list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    assert (outside / "p0" / "index.html").read_bytes() == b"outside"


def test_the_manifest_goes_with_the_home_page_and_commits_in_one_more_flight(
        tmp_path: Path, sshd_server, known_hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its bytes are sent with the last wave's moves; the rename follows in the next flight, so the
    moves and the commit of a staged publish cost three round trips (flights counted as waits)."""
    site, files, folder, target = _setup(tmp_path, sshd_server)
    flights: list[str] = []
    pump = SftpBackend._move_wave

    def noting(self, wave):
        flights.append("move " + ",".join(name for name, _lines in wave))
        return pump(self, wave)

    monkeypatch.setattr(SftpBackend, "_move_wave", noting)
    early = SftpBackend._write_manifest_early

    def noting_manifest(self: SftpBackend, manifest: bytes) -> None:
        flights.append("manifest")
        early(self, manifest)

    monkeypatch.setattr(SftpBackend, "_write_manifest_early", noting_manifest)
    _finish(site, files, folder, target, known_hosts)
    assert flights[:3] == ["move assets,images,products", "manifest", "move index.html"]


def test_a_manifest_that_could_not_be_written_early_is_reported_and_the_next_publish_commits(
        tmp_path: Path, sshd_server, known_hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file is in place and journaled, but the manifest's write failed: the publish says so,
    no manifest is renamed into place, and the next publish sends nothing and commits."""
    site, files, folder, target = _setup(tmp_path, sshd_server)
    send_manifest = SftpBackend._send_manifest
    monkeypatch.setattr(SftpBackend, "_send_manifest",
                        lambda self, handle, data, errors: send_manifest(self, b"not-a-handle", data, errors))
    with pytest.raises(PublishError):
        list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    monkeypatch.setattr(SftpBackend, "_send_manifest", send_manifest)
    assert _site_tree(folder) == files
    assert not (folder / MANIFEST_NAME).exists() and (folder / JOURNAL_NAME).exists()
    assert not (folder / part_name(MANIFEST_NAME)).exists()  # its temporary file removed
    planned, sent, _fin = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts)))
    assert planned.to_send == 0 and not sent
    assert (folder / MANIFEST_NAME).exists() and not (folder / JOURNAL_NAME).exists()

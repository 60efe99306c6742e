"""Publishing to a real OpenSSH sshd: sync, foreign files, verify, dry run, chroot, probe."""

from __future__ import annotations

import functools
import http.server
import json
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.publish.conftest import summary
from tests.support.sites import make_site
from tests.support.sshd import PASSWORD
from wizard.publish import (
    Deleted,
    Finished,
    NotOurFolder,
    PermissionDenied,
    Probed,
    Verified,
    publish,
    test_connection,
)
from wizard.publish.manifest import MANIFEST_NAME, PART_SUFFIX


def _server_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("sessions", [1, 3])
def test_second_publish_sends_only_changes_and_never_touches_foreign_files(
        tmp_path: Path, sshd_server, known_hosts, monkeypatch: pytest.MonkeyPatch, sessions: int) -> None:
    if sessions > 1:
        monkeypatch.setattr("wizard.publish.sftp.LANES_MIN_FILES", 1)
        monkeypatch.setattr("wizard.publish.sftp.LANES_IN_BACKGROUND", False)
    site = tmp_path / "site"
    files = make_site(site, pages=12, assets=6)
    folder = sshd_server.user_folder()
    target = sshd_server.password_target(folder)

    planned, sent, finished = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts)))
    assert planned.first_publish and planned.to_send == len(files) == finished.sent == len(sent)
    assert sent[-1].path == "index.html"  # the home page goes last
    on_server = _server_files(folder)
    assert {k: v for k, v in on_server.items() if k != MANIFEST_NAME} == files
    manifest = json.loads(on_server[MANIFEST_NAME])
    assert manifest["format"] == 1 and set(manifest["files"]) == set(files)

    # A file the user put there by hand, and one with the name of a folder's page-to-be.
    (folder / "products" / "notes.txt").write_text("mine")
    (folder / "stats.html").write_text("my stats")

    (site / "products/p3/index.html").write_text("changed page")
    (site / "images/p0.jpg").unlink()
    (site / "images/new.jpg").write_bytes(b"new image")
    events = list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    planned, sent, finished = summary(events)
    assert sorted(e.path for e in sent) == ["images/new.jpg", "products/p3/index.html"]
    assert [e.path for e in events if isinstance(e, Deleted)] == ["images/p0.jpg"]
    assert (finished.sent, finished.deleted) == (2, 1)
    assert (folder / "products/p3/index.html").read_text() == "changed page"
    assert not (folder / "images/p0.jpg").exists()
    assert (folder / "products" / "notes.txt").read_text() == "mine"
    assert (folder / "stats.html").read_text() == "my stats"
    assert not [p for p in folder.rglob("*") if p.name.endswith(PART_SUFFIX)]
    assert not (folder / ".echoppe-journal").exists()

    planned, sent, finished = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts)))
    assert (planned.to_send, planned.to_delete, finished.sent) == (0, 0, 0)


def test_dry_run_lists_and_changes_nothing(tmp_path: Path, sshd_server, known_hosts) -> None:
    site = tmp_path / "site"
    files = make_site(site, pages=3, assets=2)
    folder = sshd_server.user_folder()
    target = sshd_server.password_target(folder)
    planned, sent, finished = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts,
                                                   dry_run=True)))
    assert set(planned.files) == set(files) and finished.dry_run and not sent
    assert list(folder.iterdir()) == []


def test_verify_resends_files_deleted_by_hand(tmp_path: Path, sshd_server, known_hosts) -> None:
    site = tmp_path / "site"
    make_site(site, pages=4, assets=2)
    folder = sshd_server.user_folder()
    target = sshd_server.password_target(folder)
    list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    (folder / "products/p1/index.html").unlink()
    (folder / "images/p1.jpg").write_bytes(b"truncated")

    planned, _sent, _f = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts)))
    assert planned.to_send == 0  # the manifest decides, never a listing of the server

    events = list(publish(site, target, PASSWORD, known_hosts=known_hosts, verify=True))
    verified = next(e for e in events if isinstance(e, Verified))
    assert set(verified.missing) == {"products/p1/index.html", "images/p1.jpg"}
    planned, sent, _f = summary(events)
    assert sorted(e.path for e in sent) == ["images/p1.jpg", "products/p1/index.html"]
    assert (folder / "products/p1/index.html").read_bytes() == (site / "products/p1/index.html").read_bytes()


def test_first_publish_into_a_foreign_folder_asks_then_keeps_its_files(
        tmp_path: Path, sshd_server, known_hosts) -> None:
    site = tmp_path / "site"
    make_site(site, pages=2, assets=1)
    folder = sshd_server.user_folder()
    (folder / "blog").mkdir()
    (folder / "blog" / "post.html").write_text("old blog")
    (folder / "index.html").write_text("old home")
    target = sshd_server.password_target(folder)

    with pytest.raises(NotOurFolder) as caught:
        list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    assert set(caught.value.foreign_files) == {"blog", "index.html"}
    assert caught.value.clashes == ("index.html",)
    assert (folder / "index.html").read_text() == "old home"
    assert "--force" in caught.value.text("en")

    planned, _sent, finished = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts, force=True)))
    assert finished.sent == planned.to_send
    assert (folder / "blog" / "post.html").read_text() == "old blog"
    (site / "products/p0/index.html").unlink()
    list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    assert (folder / "blog" / "post.html").read_text() == "old blog"  # never deleted: not in the manifest
    assert not (folder / "products/p0").exists()  # our emptied folder is removed


def test_chrooted_sftp_only_user_and_read_only_folder(tmp_path: Path, sshd_server, known_hosts) -> None:
    site = tmp_path / "site"
    files = make_site(site, pages=3, assets=2)
    path, real = sshd_server.jail_folder("shop-a")
    target = sshd_server.jail_target(path)
    info = test_connection(target, PASSWORD, known_hosts=known_hosts)
    assert info.folder_exists and info.writable and info.fingerprint.startswith("SHA256:")
    _p, _s, finished = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts)))
    assert finished.sent == len(files)
    assert (real / "index.html").read_bytes() == files["index.html"]

    readonly = sshd_server.jail_target("readonly")
    assert not test_connection(readonly, PASSWORD, known_hosts=known_hosts).writable
    with pytest.raises(PermissionDenied) as caught:
        list(publish(site, readonly, PASSWORD, known_hosts=known_hosts))
    assert "readonly" in caught.value.path
    assert "folder" in caught.value.text("en")
    assert not list((sshd_server.jail / "readonly").iterdir())


def _serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *a, **k: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def test_probe_proves_the_folder_is_served_and_spots_a_wrong_document_root(
        tmp_path: Path, sshd_server, known_hosts) -> None:
    site = tmp_path / "site"
    make_site(site, pages=1, assets=1)
    path, real = sshd_server.jail_folder("shop-probe")
    served, url = _serve(real)
    other_path, other_real = sshd_server.jail_folder("elsewhere")
    try:
        events = list(publish(site, sshd_server.jail_target(path, public_url=url), PASSWORD,
                              known_hosts=known_hosts))
        probe = next(e for e in events if isinstance(e, Probed))
        assert probe.ok and probe.problem is None
        assert not [p for p in real.iterdir() if p.name.startswith("echoppe-check-")]  # removed after

        events = list(publish(site, sshd_server.jail_target(other_path, public_url=url), PASSWORD,
                              known_hosts=known_hosts))
        probe = next(e for e in events if isinstance(e, Probed))
        assert not probe.ok
        assert "does not show them" in probe.problem.text("en")
        assert not [p for p in other_real.iterdir() if p.name.startswith("echoppe-check-")]
    finally:
        served.shutdown()


def test_openssh_limits_extension_raises_the_write_size(sshd_server, known_hosts) -> None:
    from wizard.publish.sftp import CHUNK, MAX_CHUNK, WINDOW, SftpBackend, connect

    backend = SftpBackend(connect(sshd_server.jail_target(), PASSWORD, known_hosts), "www")
    try:
        assert backend.read_files([".echoppe-manifest.json"]) == {".echoppe-manifest.json": None}
        assert CHUNK < backend.chunk <= MAX_CHUNK  # OpenSSH 8.5+ answers limits@openssh.com
        assert 8 <= backend.window <= WINDOW
    finally:
        backend.close()


def test_stop_during_the_address_check_returns_without_waiting_for_it(
        tmp_path: Path, sshd_server, known_hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check's web server never answers; Stop pressed meanwhile ends the publish at once: the
    files are all in place, so it is recorded as done, with no verdict on the address."""
    monkeypatch.setattr("wizard.publish.engine.PROBE_TIMEOUT", 120.0)
    site = tmp_path / "site"
    files = make_site(site, pages=2, assets=1)
    path, real = sshd_server.jail_folder("shop-probe-stop")
    silent = socket.socket()  # accepts connections (backlog) and never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    url = f"http://127.0.0.1:{silent.getsockname()[1]}/"
    cancel = threading.Event()
    held: list[socket.socket] = []

    def stop_once_the_check_waits() -> None:
        conn, _addr = silent.accept()  # the engine is now waiting for the page, which never comes
        held.append(conn)
        cancel.set()

    threading.Thread(target=stop_once_the_check_waits, daemon=True).start()
    try:
        started = time.monotonic()
        events = list(publish(site, sshd_server.jail_target(path, public_url=url), PASSWORD,
                              known_hosts=known_hosts, cancel=cancel))
        took = time.monotonic() - started
    finally:
        for conn in held:
            conn.close()
        silent.close()
    assert cancel.is_set()
    assert not [e for e in events if isinstance(e, Probed)]
    assert isinstance(events[-1], Finished) and events[-1].sent == len(files)
    assert not [p for p in real.iterdir() if p.name.startswith("echoppe-check-")]
    assert took < 60  # far below the check's own timeout
    assert summary(list(publish(site, sshd_server.jail_target(path), PASSWORD,
                                known_hosts=known_hosts)))[0].to_send == 0

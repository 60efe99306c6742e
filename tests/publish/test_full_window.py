"""A session whose flow-control window is full holds its bytes in a backlog instead of blocking the
client: replies keep being read and the other sessions fed (issue 16). Windows are made to look full
on a real sshd's channels (fault injection); what reaches the server must not change."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import paramiko
import pytest

from tests.publish.conftest import summary
from tests.support.sites import make_site
from tests.support.sshd import PASSWORD
from wizard.publish import ConnectionLost, publish
from wizard.publish.manifest import MANIFEST_NAME
from wizard.publish.sftp import SftpBackend


def _server_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and p.name != MANIFEST_NAME}


@pytest.mark.parametrize("sessions", [1, 3])
def test_windows_that_fill_up_now_and_then_change_nothing_on_the_server(
        tmp_path: Path, sshd_server, known_hosts, monkeypatch: pytest.MonkeyPatch, sessions: int) -> None:
    if sessions > 1:
        monkeypatch.setattr("wizard.publish.sftp.LANES_MIN_FILES", 1)
        monkeypatch.setattr("wizard.publish.sftp.LANES_IN_BACKGROUND", False)
    calls = [0]
    held = [0]
    send_ready = paramiko.Channel.send_ready

    def sometimes_full(self: paramiko.Channel) -> bool:
        calls[0] += 1
        if calls[0] % 3 == 0:  # one look in three: "no room yet"
            held[0] += 1
            return False
        return bool(send_ready(self))

    monkeypatch.setattr(paramiko.Channel, "send_ready", sometimes_full)
    site = tmp_path / "site"
    files = make_site(site, pages=40, assets=6)
    folder = sshd_server.user_folder()
    target = sshd_server.password_target(folder)
    planned, sent, finished = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts)))
    assert planned.to_send == finished.sent == len(sent) == len(files)
    assert held[0] > 0  # the backlog was used
    assert _server_files(folder) == files
    again, _sent, _fin = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts)))
    assert again.to_send == 0


def test_a_window_that_never_opens_is_a_lost_connection_and_the_next_publish_finishes(
        tmp_path: Path, sshd_server, known_hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    files = make_site(site, pages=20, assets=4)
    folder = sshd_server.user_folder()
    target = sshd_server.password_target(folder)
    stuck = [False]
    send_ready = paramiko.Channel.send_ready
    monkeypatch.setattr(paramiko.Channel, "send_ready", lambda self: not stuck[0] and bool(send_ready(self)))
    make_dirs = SftpBackend.make_dirs

    def then_stuck(self: SftpBackend, dirs: Iterable[str]) -> dict[str, tuple[int, str]]:
        stuck[0] = True  # from here on the server never widens the window again
        return make_dirs(self, dirs)

    monkeypatch.setattr(SftpBackend, "make_dirs", then_stuck)
    monkeypatch.setattr("wizard.publish.pipeline.REPLY_TIMEOUT", 0.5)
    with pytest.raises(ConnectionLost):
        list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    assert not any(p.name == "index.html" for p in folder.rglob("*"))  # nothing went live
    monkeypatch.undo()
    summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts)))
    assert _server_files(folder) == files

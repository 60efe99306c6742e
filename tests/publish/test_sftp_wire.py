"""paramiko's private SFTP parts that pipelining relies on are still there (fails loudly otherwise),
and the small single-file API of the SFTP backend (list, download, remove, upload) never follows a link."""

from __future__ import annotations

import os
from pathlib import Path

import paramiko
import pytest

from tests.support.sshd import PASSWORD, _chown
from wizard.publish.backend import Backend, EntryKind
from wizard.publish.errors import InTheWay, LinkOnServer, ServerFileTooLarge
from wizard.publish.local import LocalBackend
from wizard.publish.sftp import SftpBackend, connect
from wizard.publish.sftp_wire import InternalsChanged, check_internals, next_request_id


def test_paramiko_still_has_the_private_parts_pipelining_uses(sshd_server, known_hosts) -> None:
    """If this fails after a paramiko upgrade, pin the previous paramiko: publishing depends on them."""
    with connect(sshd_server.jail_target(), PASSWORD, known_hosts) as conn:
        check_internals(conn.sftp)
        taken = next_request_id(conn.sftp)
        assert conn.sftp.stat("www").st_mode  # paramiko's own call takes the next id from the same counter
        assert conn.sftp.request_number == taken + 2  # type: ignore[attr-defined]
        backend = SftpBackend(conn, "www")
        assert backend.read_files([".echoppe-manifest.json"]) == {".echoppe-manifest.json": None}
        backend.ensure_root()  # plain paramiko calls between pipelined flights
        assert backend.sizes(["none"]) == {"none": None}


def test_a_changed_paramiko_is_named_not_silently_misused(sshd_server, known_hosts,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    with connect(sshd_server.jail_target(), PASSWORD, known_hosts) as conn:
        monkeypatch.delattr(conn.sftp, "request_number")
        monkeypatch.delattr(paramiko.sftp_attr.SFTPAttributes, "_from_msg")
        with pytest.raises(InternalsChanged) as caught:
            check_internals(conn.sftp)
    assert "request_number" in str(caught.value) and "_from_msg" in str(caught.value)
    assert paramiko.__version__ in str(caught.value)


def test_both_backends_satisfy_the_protocol(tmp_path: Path) -> None:
    backend: Backend = LocalBackend(tmp_path)  # mypy checks SftpBackend the same way in engine.py
    for name in ("check_folders", "read_files", "deletable", "put_files", "remove_files", "commit", "abort"):
        assert callable(getattr(backend, name)) and callable(getattr(SftpBackend, name))


def test_single_file_api_lists_downloads_removes_and_uploads_without_following_links(
        sshd_server, known_hosts) -> None:
    path, real = sshd_server.jail_folder("desk-api")
    _p, private = sshd_server.jail_folder("desk-private")
    (private / "secret.txt").write_text("not yours")
    (real / "orders").mkdir()
    (real / "orders" / "a.sealed").write_bytes(b"sealed-a")
    (real / "orders" / "big.sealed").write_bytes(b"x" * 5000)
    os.symlink("../../desk-private/secret.txt", real / "orders" / "b.sealed")
    os.symlink("../desk-private", real / "linked")
    for made in (real / "orders", *(real / "orders").iterdir()):
        _chown(made, "echoppe-jail")  # as the account's own files
    with connect(sshd_server.jail_target(), PASSWORD, known_hosts) as conn:
        backend = SftpBackend(conn, path)
        entries = {e.name: e for e in backend.list_folder("orders") or []}
        assert entries["a.sealed"].kind is EntryKind.FILE and entries["a.sealed"].size == 8
        assert entries["b.sealed"].kind is EntryKind.LINK
        assert backend.list_folder("missing") is None
        with pytest.raises(LinkOnServer):
            backend.list_folder("linked")

        assert backend.download("orders/a.sealed", max_bytes=1000) == b"sealed-a"
        assert backend.download("orders/none.sealed", max_bytes=1000) is None
        with pytest.raises(LinkOnServer):
            backend.download("orders/b.sealed", max_bytes=1000)
        with pytest.raises(ServerFileTooLarge):
            backend.download("orders/big.sealed", max_bytes=1000)
        with pytest.raises(LinkOnServer):
            backend.download("linked/secret.txt", max_bytes=1000)
        with pytest.raises(InTheWay):
            backend.download("orders", max_bytes=1000)

        assert backend.remove("orders/a.sealed") is True
        assert backend.remove("orders/a.sealed") is False
        with pytest.raises(LinkOnServer):
            backend.remove("orders/b.sealed")
        with pytest.raises(LinkOnServer):
            backend.remove("linked/secret.txt")

        backend.upload("desk/probe.php", b"<?php echo 1;")
        backend.upload("desk/probe.php", b"<?php echo 2;")
        with pytest.raises(LinkOnServer):
            backend.upload("linked/new.php", b"x")
    assert not (real / "orders" / "a.sealed").exists()
    assert (real / "orders" / "b.sealed").is_symlink()
    assert (real / "desk" / "probe.php").read_bytes() == b"<?php echo 2;"
    assert (private / "secret.txt").read_text() == "not yours"
    assert sorted(p.name for p in private.iterdir()) == ["secret.txt"]

"""Publishing into a local folder: same manifest logic, same events, whole files only."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from tests.publish.conftest import summary
from tests.support.sites import make_site
from wizard.domain.model import PublishTarget
from wizard.publish import Deleted, FileSent, NotOurFolder, PublishCancelled, publish


def test_folder_publish_syncs_only_changes(tmp_path: Path) -> None:
    site, out = tmp_path / "site", tmp_path / "out"
    files = make_site(site, pages=5, assets=3)
    target = PublishTarget(local_folder=str(out))
    _planned, sent, finished = summary(list(publish(site, target, None)))
    assert finished.sent == len(files) and sent[-1].path == "index.html"
    assert {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} == set(files) | {
        ".echoppe-manifest.json"}
    (out / "mine.txt").write_text("keep me")
    (site / "images/p1.jpg").unlink()
    (site / "products/p2/index.html").write_text("v2")
    events = list(publish(site, target, None))
    assert [e.path for e in events if isinstance(e, FileSent)] == ["products/p2/index.html"]
    assert [e.path for e in events if isinstance(e, Deleted)] == ["images/p1.jpg"]
    assert (out / "mine.txt").read_text() == "keep me"
    assert summary(list(publish(site, target, None)))[0].to_send == 0


def test_folder_publish_refuses_a_foreign_folder_without_force(tmp_path: Path) -> None:
    site, out = tmp_path / "site", tmp_path / "out"
    make_site(site, pages=1, assets=1)
    out.mkdir()
    (out / "old.html").write_text("old")
    target = PublishTarget(local_folder=str(out))
    with pytest.raises(NotOurFolder):
        list(publish(site, target, None))
    list(publish(site, target, None, force=True))
    (site / "index.html").unlink()
    list(publish(site, target, None))
    assert (out / "old.html").read_text() == "old"


def test_folder_publish_cancel_then_resume(tmp_path: Path) -> None:
    site, out = tmp_path / "site", tmp_path / "out"
    files = make_site(site, pages=20, assets=2)
    target = PublishTarget(local_folder=str(out))
    cancel = threading.Event()
    with pytest.raises(PublishCancelled) as caught:
        for event in publish(site, target, None, cancel=cancel):
            if isinstance(event, FileSent) and event.files_done == 5:
                cancel.set()
    assert caught.value.sent == 5
    assert not (out / "index.html").exists()
    planned, _sent, finished = summary(list(publish(site, target, None)))
    assert planned.to_send == len(files) - 5 == finished.sent


def test_connection_test_of_a_folder_target(tmp_path: Path) -> None:
    from wizard.publish import test_connection

    info = test_connection(PublishTarget(local_folder=str(tmp_path / "new")), None)
    assert not info.folder_exists and info.writable and not (tmp_path / "new").exists()
    (tmp_path / "ro").mkdir(mode=0o555)
    info = test_connection(PublishTarget(local_folder=str(tmp_path / "ro")), None)
    assert info.folder_exists and (info.writable is (os.geteuid() == 0))  # root writes anywhere


def test_an_empty_site_folder_never_wipes_the_published_site(tmp_path: Path) -> None:
    from wizard.publish import EmptySite

    site, out = tmp_path / "site", tmp_path / "out"
    files = make_site(site, pages=2, assets=1)
    target = PublishTarget(local_folder=str(out))
    list(publish(site, target, None))
    for path in site.rglob("*"):
        if path.is_file():
            path.unlink()
    with pytest.raises(EmptySite):
        list(publish(site, target, None))
    with pytest.raises(EmptySite):
        list(publish(tmp_path / "missing", target, None))
    assert all((out / rel).read_bytes() == data for rel, data in files.items())


def test_folder_publish_after_an_interrupted_one_removes_its_temporary_files(tmp_path: Path) -> None:
    """A journal left behind means the last publish stopped; its temporary files go, nothing else."""
    site, out = tmp_path / "site", tmp_path / "out"
    make_site(site, pages=3, assets=2)
    target = PublishTarget(local_folder=str(out))
    list(publish(site, target, None))
    (out / ".echoppe-journal").write_bytes(b"")  # as a publish killed before its end leaves it
    stale = [out / "products/p1/.index.html.echoppe-part", out / "images/.p0.jpg.echoppe-part"]
    for path in stale:
        path.write_bytes(b"half")
    foreign = [out / "products/p1/index.html.echoppe-part", out / ".mine.txt.echoppe-part"]
    for path in foreign:  # not temporary names of files we publish: never touched
        path.write_bytes(b"mine")
    planned, _sent, _finished = summary(list(publish(site, target, None)))
    assert planned.to_send == 0
    assert not any(path.exists() for path in stale)
    assert all(path.read_bytes() == b"mine" for path in foreign)
    assert not (out / ".echoppe-journal").exists()

"""A server folder arranged against us (issue 14, findings 12, 18, 19, 20), on the real chrooted sshd:
links are never followed, the manifest is bounded and never makes us delete what we did not make,
and what stands in the way is named."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from paramiko.sftp import CMD_READ

from tests.publish.conftest import summary
from tests.support.sites import make_site
from tests.support.sshd import PASSWORD
from wizard.publish import Deleted, publish
from wizard.publish.errors import InTheWay, LinkOnServer, ServerFileTooLarge
from wizard.publish.manifest import JOURNAL_NAME, MANIFEST_NAME, PART_SUFFIX, part_name
from wizard.publish.pipeline import Pipeline


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and not p.is_symlink()}


def _published(tmp_path: Path, sshd_server, known_hosts, name: str, **kw: int):
    """A site published once into a fresh folder of the jail: (site dir, files, target, real folder)."""
    site = tmp_path / "site"
    files = make_site(site, pages=kw.get("pages", 4), assets=kw.get("assets", 2))
    path, real = sshd_server.jail_folder(name)
    target = sshd_server.jail_target(path)
    list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    return site, files, target, real


def test_a_linked_folder_is_refused_and_nothing_is_written_or_deleted_through_it(
        tmp_path: Path, sshd_server, known_hosts) -> None:
    """Finding 12: ``products`` replaced by a link to a folder outside the site; the next publish
    would have written pages there and deleted a file there."""
    site, files, target, real = _published(tmp_path, sshd_server, known_hosts, "shop-linked-dir")
    _p, private = sshd_server.jail_folder("private-linked-dir")
    (private / "p0").mkdir()
    (private / "p0" / "index.html").write_bytes(files["products/p0/index.html"])  # same content as ours
    (private / "secret.txt").write_text("keep me")
    before = _tree(private)
    for child in sorted((real / "products").rglob("*"), reverse=True):
        child.unlink() if child.is_file() else child.rmdir()
    (real / "products").rmdir()
    os.symlink("../private-linked-dir", real / "products")

    (site / "products/p1/index.html").write_text("changed")  # would be written through the link
    (site / "products/p0/index.html").unlink()  # would be deleted through the link
    with pytest.raises(LinkOnServer) as caught:
        list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    assert caught.value.path.endswith("shop-linked-dir/products")
    assert caught.value.points_to == "../private-linked-dir"
    english, french = caught.value.text("en"), caught.value.text("fr")
    assert "is a link" in english and "never writes through a link" in english
    assert "lien" in french and french != english
    assert _tree(private) == before  # nothing written, nothing deleted, no temporary file
    assert (real / "products").is_symlink()

    with pytest.raises(LinkOnServer):  # a dry run says so too, before showing a plan
        list(publish(site, target, PASSWORD, known_hosts=known_hosts, dry_run=True))


def test_a_linked_site_folder_is_refused(tmp_path: Path, sshd_server, known_hosts) -> None:
    """Finding 12: the site's folder itself (the document root) is a link."""
    site = tmp_path / "site"
    make_site(site, pages=2, assets=1)
    _path, real = sshd_server.jail_folder("shop-real-root")
    os.symlink("shop-real-root", real.parent / "shop-alias-root")
    try:
        with pytest.raises(LinkOnServer) as caught:
            list(publish(site, sshd_server.jail_target("www/shop-alias-root"), PASSWORD, known_hosts=known_hosts))
        assert caught.value.path == "www/shop-alias-root" and caught.value.points_to == "shop-real-root"
        assert "shop-real-root" in caught.value.text("en")
        assert list(real.iterdir()) == []
    finally:
        (real.parent / "shop-alias-root").unlink()


def test_a_link_planted_at_a_temporary_name_is_replaced_never_written_through(
        tmp_path: Path, sshd_server, known_hosts) -> None:
    """Finding 12: a link at ``.index.html.echoppe-part`` made publish overwrite the file it pointed to;
    the same at the new manifest's temporary name."""
    site, _files, target, real = _published(tmp_path, sshd_server, known_hosts, "shop-planted")
    _p, private = sshd_server.jail_folder("private-planted")
    (private / "victim.txt").write_text("precious")
    (private / "victim2.txt").write_text("precious too")
    os.symlink("../private-planted/victim.txt", real / part_name("index.html"))
    os.symlink("../private-planted/victim2.txt", real / part_name(MANIFEST_NAME))

    (site / "index.html").write_text("new home")
    _planned, sent, finished = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts)))
    assert [e.path for e in sent] == ["index.html"] and finished.sent == 1
    assert (private / "victim.txt").read_text() == "precious"
    assert (private / "victim2.txt").read_text() == "precious too"
    assert (real / "index.html").read_text() == "new home" and not (real / "index.html").is_symlink()
    assert not [p for p in real.rglob("*") if p.name.endswith(PART_SUFFIX)]
    assert "index.html" in json.loads((real / MANIFEST_NAME).read_bytes())["files"]


def test_a_linked_journal_is_refused(tmp_path: Path, sshd_server, known_hosts) -> None:
    """Finding 12: journal lines are never appended through a link."""
    site, _files, target, real = _published(tmp_path, sshd_server, known_hosts, "shop-journal-link")
    _p, private = sshd_server.jail_folder("private-journal")
    (private / "log.txt").write_text("mine\n")
    os.symlink("../private-journal/log.txt", real / JOURNAL_NAME)
    (site / "index.html").write_text("v2")
    with pytest.raises(LinkOnServer) as caught:
        list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    assert caught.value.path.endswith(JOURNAL_NAME)
    assert (private / "log.txt").read_text() == "mine\n"


def test_an_oversized_manifest_is_refused_at_once(tmp_path: Path, sshd_server, known_hosts, monkeypatch) -> None:
    """Finding 18: a 209 MB manifest made a dry run take 250 s and 1.3 GB; now it is refused from its
    size alone, before a byte of it is read."""
    site, _files, target, real = _published(tmp_path, sshd_server, known_hosts, "shop-huge-manifest")
    with open(real / MANIFEST_NAME, "r+b") as fh:  # sparse: costs no disk, but reads as 209 MB
        fh.truncate(209_000_000)
    reads: list[int] = []
    real_send = Pipeline.send

    def counting_send(self, callback, cmd, *args, **kwargs):  # type: ignore[no-untyped-def]
        if cmd == CMD_READ:
            reads.append(cmd)
        return real_send(self, callback, cmd, *args, **kwargs)

    monkeypatch.setattr(Pipeline, "send", counting_send)
    with pytest.raises(ServerFileTooLarge) as caught:
        list(publish(site, target, PASSWORD, known_hosts=known_hosts, dry_run=True))
    assert caught.value.path.endswith(MANIFEST_NAME) and caught.value.size == 209_000_000
    assert "209 MB" in caught.value.text("en") and "209" in caught.value.text("fr")
    assert "delete it" in caught.value.text("en")
    assert reads == []  # refused from its size: not one read was asked (reading it over SFTP took minutes)


def test_a_tampered_manifest_never_makes_publish_delete_a_file_we_did_not_create(
        tmp_path: Path, sshd_server, known_hosts) -> None:
    """Finding 19: only files whose content is still what we sent, under names we could have made."""
    site, files, target, real = _published(tmp_path, sshd_server, known_hosts, "shop-tampered")
    (real / "old.html").write_text("the merchant's own page")
    (real / "Budget 2026.xlsx").write_bytes(b"numbers")
    (real / "notes.txt").write_text("edited by hand")
    manifest = json.loads((real / MANIFEST_NAME).read_bytes())
    manifest["files"]["old.html"] = ["0" * 64, 23]  # a name we could make, not our content
    # the right hash, but not a name a build makes
    manifest["files"]["Budget 2026.xlsx"] = [hashlib.sha256(b"numbers").hexdigest(), 7]
    manifest["files"]["notes.txt"] = ["1" * 64, 14]  # same size, other content
    (real / MANIFEST_NAME).write_text(json.dumps(manifest))
    (site / "products/p0/index.html").unlink()  # a real deletion of ours still happens

    events = list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    planned, _sent, finished = summary(events)
    assert planned.deletions == ("products/p0/index.html",)
    assert [e.path for e in events if isinstance(e, Deleted)] == ["products/p0/index.html"]
    assert finished.deleted == 1
    assert (real / "old.html").read_text() == "the merchant's own page"
    assert (real / "Budget 2026.xlsx").read_bytes() == b"numbers"
    assert (real / "notes.txt").read_text() == "edited by hand"
    assert not (real / "products/p0/index.html").exists()
    listed = json.loads((real / MANIFEST_NAME).read_bytes())["files"]
    assert not {"old.html", "Budget 2026.xlsx", "notes.txt", "products/p0/index.html"} & set(listed)
    assert set(listed) == set(files) - {"products/p0/index.html"}


def test_a_folder_where_a_published_file_was_is_named(tmp_path: Path, sshd_server, known_hosts) -> None:
    """Finding 20: a published page replaced by a folder made every publish fail with "Publish again"."""
    site, _files, target, real = _published(tmp_path, sshd_server, known_hosts, "shop-in-the-way")
    (real / "products/p1/index.html").unlink()
    (real / "products/p1/index.html").mkdir()
    (real / "products/p1/index.html/photo.jpg").write_bytes(b"someone's")
    (site / "products/p1/index.html").write_text("v2")
    with pytest.raises(InTheWay) as caught:
        list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    assert caught.value.path.endswith("products/p1/index.html") and caught.value.found == "folder"
    english = caught.value.text("en")
    assert "is a folder" in english and "Publish again" not in english
    assert "dossier" in caught.value.text("fr")
    assert (real / "products/p1/index.html/photo.jpg").read_bytes() == b"someone's"
    assert not [p for p in real.rglob("*") if p.name.endswith(PART_SUFFIX)]


def test_a_file_where_the_site_needs_a_folder_is_named(tmp_path: Path, sshd_server, known_hosts) -> None:
    """Finding 20, the other way round: a file stands at the name of one of the site's folders."""
    site, _files, target, real = _published(tmp_path, sshd_server, known_hosts, "shop-file-in-the-way")
    for child in (real / "products/p2").iterdir():
        child.unlink()
    (real / "products/p2").rmdir()
    (real / "products/p2").write_text("a file now")
    (site / "products/p2/index.html").write_text("v2")
    with pytest.raises(InTheWay) as caught:
        list(publish(site, target, PASSWORD, known_hosts=known_hosts))
    assert caught.value.path.endswith("products/p2") and caught.value.found == "file"
    assert "is a file" in caught.value.text("en")
    assert (real / "products/p2").read_text() == "a file now"


def test_a_first_publish_never_writes_through_a_link_already_there(
        tmp_path: Path, sshd_server, known_hosts) -> None:
    """Finding 12 on a first publish (forced into a folder that is not empty): the folders the listing
    shows are checked before anything is written."""
    site = tmp_path / "site"
    make_site(site, pages=3, assets=1)
    path, real = sshd_server.jail_folder("shop-first-link")
    _p, private = sshd_server.jail_folder("private-first-link")
    os.symlink("../private-first-link", real / "products")
    with pytest.raises(LinkOnServer) as caught:
        list(publish(site, sshd_server.jail_target(path), PASSWORD, known_hosts=known_hosts, force=True))
    assert caught.value.path.endswith("shop-first-link/products")
    assert list(private.iterdir()) == []
    assert [p.name for p in real.iterdir()] == ["products"]

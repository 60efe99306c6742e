"""The plan: what to send, in which order, what to delete (no server needed)."""

from __future__ import annotations

import json
from pathlib import Path

from wizard.publish.errors import PermissionDenied, QuotaExceeded, TransferFailed
from wizard.publish.manifest import (
    FileState,
    dump_manifest,
    fold_journal,
    journal_del,
    journal_put,
    make_plan,
    parse_manifest,
    part_name,
    scan_site,
)
from wizard.publish.sftp import map_status, remote_path


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    for rel, text in {"index.html": "home", "a/index.html": "a", "img/x.jpg": "jpg", "style.css": "css",
                      "about.html": "about"}.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(text)
    return site


def test_first_plan_sends_assets_then_pages_then_home(tmp_path: Path) -> None:
    local = scan_site(_site(tmp_path))
    plan = make_plan(local, {})
    order = [f.path for f in plan.send]
    assert order == ["img/x.jpg", "style.css", "a/index.html", "about.html", "index.html"]
    assert plan.new_dirs == ("a", "img")
    assert plan.delete == ()


def test_plan_sends_only_changed_and_deletes_only_listed(tmp_path: Path) -> None:
    local = scan_site(_site(tmp_path))
    remote = {p: FileState(f.sha256, f.size) for p, f in local.items()}
    remote["old.html"] = FileState("0" * 64, 3)
    remote["style.css"] = FileState("1" * 64, 3)  # content changed, same size: still sent
    plan = make_plan(local, remote)
    assert [f.path for f in plan.send] == ["style.css"]
    assert plan.delete == ("old.html",)
    assert plan.new_dirs == ()


def test_journal_folds_complete_lines_and_ignores_a_torn_one() -> None:
    files = parse_manifest(dump_manifest({"a.html": FileState("a" * 64, 1), "b.html": FileState("b" * 64, 2)}))
    assert files is not None
    journal = journal_put("c.html", FileState("c" * 64, 3)) + journal_del("a.html") + b'{"put":"d.ht'
    assert fold_journal(files, journal) == 2
    assert set(files) == {"b.html", "c.html"}
    assert parse_manifest(None) is None
    assert parse_manifest(b"{not json") == {}


def test_part_names_stay_in_the_same_folder() -> None:
    assert part_name("a/b/index.html") == "a/b/.index.html.echoppe-part"
    assert part_name("index.html") == ".index.html.echoppe-part"


def test_remote_paths() -> None:
    assert remote_path("www/", "a.html") == "www/a.html"
    assert remote_path("", "a.html") == "a.html"
    assert remote_path("/", "a.html") == "/a.html"
    assert remote_path("/srv/site") == "/srv/site"


def test_status_mapping() -> None:
    assert isinstance(map_status(3, "Permission denied", "www/a", True), PermissionDenied)
    assert isinstance(map_status(4, "Failure", "www/a", True), QuotaExceeded)
    assert isinstance(map_status(4, "Disk quota exceeded", "www/a", False), QuotaExceeded)
    assert isinstance(map_status(8, "Operation unsupported", "www/a", False), TransferFailed)


def test_hash_cache_reuses_old_hashes_but_never_trusts_a_fresh_mtime(tmp_path: Path) -> None:
    import os

    site = _site(tmp_path)
    cache = tmp_path / "cache.json"
    page = site / "about.html"
    scan_site(site, cache)
    assert not cache.exists() or "about.html" not in json.loads(cache.read_text())  # too fresh to cache
    page.write_text("ABOUT")  # same size, new content, same second
    assert scan_site(site, cache)["about.html"].sha256 == scan_site(site)["about.html"].sha256

    old = 1_600_000_000
    os.utime(page, (old, old))
    first = scan_site(site, cache)["about.html"].sha256
    assert json.loads(cache.read_text())["about.html"][2] == first
    page.write_text("abcde")
    os.utime(page, (old, old))  # same size and mtime: the cached hash is used (that is the speed-up)
    assert scan_site(site, cache)["about.html"].sha256 == first
    page.write_text("abcdef")  # a real edit changes the size or the mtime: hashed again
    assert scan_site(site, cache)["about.html"].sha256 != first


def test_a_manifest_never_points_outside_the_site_folder() -> None:
    doc = json.dumps({"format": 1, "files": {"../etc/passwd": ["a" * 64, 1], "/abs": ["a" * 64, 1],
                                             "a/../../b": ["a" * 64, 1], "ok/page.html": ["b" * 64, 2]}})
    files = parse_manifest(doc.encode())
    assert files == {"ok/page.html": FileState("b" * 64, 2)}
    fold_journal(files, b'{"put":"../x","sha256":"c","size":1}\n{"del":"/ok/page.html"}\n')
    assert set(files) == {"ok/page.html"}

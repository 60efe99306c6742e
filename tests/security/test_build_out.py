"""Finding 10: ``echoppe build --out`` never silently replaces files Échoppe did not write."""

from __future__ import annotations

from tests.security.crafted import files_under, honest_shop
from wizard.cli import main


def _users_folder(tmp_path):
    folder = tmp_path / "my-website"
    (folder / "static").mkdir(parents=True)
    (folder / "index.html").write_text("<p>my own home page</p>", encoding="utf-8")
    (folder / "robots.txt").write_text("User-agent: *\n", encoding="utf-8")
    (folder / "static" / "site.css").write_text("body{}", encoding="utf-8")
    return folder


def test_a_folder_of_the_users_own_files_is_refused(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    folder = _users_folder(tmp_path)
    before = files_under(folder)
    status = main(["build", str(shop), "--out", str(folder)])
    _, err = capsys.readouterr()
    assert status != 0
    assert err.count("\n") == 1 and "did not write" in err and "--replace" in err
    assert files_under(folder) == before


def test_replace_says_yes(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    folder = _users_folder(tmp_path)
    assert main(["build", str(shop), "--out", str(folder), "--replace"]) == 0
    assert b"my own home page" not in (folder / "index.html").read_bytes()


def test_a_file_added_later_in_the_way_of_a_new_page_is_refused(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    out = tmp_path / "site"
    assert main(["build", str(shop), "--out", str(out)]) == 0
    (out / "notes.txt").write_text("mine", encoding="utf-8")  # not in the way: fine
    assert main(["build", str(shop), "--out", str(out), "--theme", "market"]) == 0
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    (out / "index.html").unlink()
    assert main(["build", str(shop), "--out", str(out)]) == 0  # our own page, rewritten
    capsys.readouterr()


def test_an_empty_or_new_folder_builds(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    (tmp_path / "empty").mkdir()
    assert main(["build", str(shop), "--out", str(tmp_path / "empty")]) == 0
    assert main(["build", str(shop), "--out", str(tmp_path / "new")]) == 0
    capsys.readouterr()

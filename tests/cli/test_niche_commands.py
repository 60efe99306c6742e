"""``echoppe niches`` and ``echoppe new``."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from wizard.cli import main
from wizard.domain.niches import catalogue
from wizard.store import ShopFile


def test_niches_lists_every_id(capsys):
    assert main(["niches"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == [n.id for n in catalogue()]
    assert any("Fossils and minerals" in line for line in lines)


def test_niches_in_the_language_asked(capsys):
    assert main(["niches", "--lang", "fr"]) == 0
    assert "Fossiles et minéraux" in capsys.readouterr().out


def test_niches_json(capsys, monkeypatch):
    monkeypatch.setenv("ECHOPPE_LANG", "fr")
    assert main(["niches", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    fossils = next(d for d in data if d["id"] == "fossils")
    assert fossils["name"] == "Fossiles et minéraux"
    assert fossils["kind"] == "goods" and fossils["theme"] in ("market", "gallery")
    assert fossils["palette"]["primary"].startswith("#")
    assert "Géodes" in fossils["categories"] and len(fossils["examples"]) == 2
    assert {d["kind"] for d in data} == {"goods", "service", "experience", "digital"}


def test_new_creates_a_shop(tmp_path, capsys):
    path = tmp_path / "bocaux.echoppe"
    assert main(["new", str(path), "--name", "Les Bocaux de Léa", "--niche", "local-food", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "bocaux.echoppe" in out
    with ShopFile.open(path) as shop:
        identity = shop.shop().identity
        assert (identity.name, identity.niche, identity.language) == ("Les Bocaux de Léa", "local-food", "fr")
        assert shop.products()[0].name == "Miel de lavande de Provence"


def test_new_without_examples_json_output(tmp_path, capsys):
    path = tmp_path / "coaching.echoppe"
    assert main(["new", str(path), "--name", "Cap", "--niche", "services", "--lang", "en",
                 "--currency", "chf", "--no-examples", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report == {"path": str(path), "niche": "services", "language": "en", "products": 0, "categories": 4}
    with ShopFile.open(path) as shop:
        assert shop.shop().identity.currency == "CHF"


def test_new_adds_the_suffix(tmp_path, capsys):
    assert main(["new", str(tmp_path / "shop"), "--name", "A", "--niche", "books"]) == 0
    assert (tmp_path / "shop.echoppe").is_file()


def test_unknown_niche_is_one_clear_line(tmp_path, capsys):
    path = tmp_path / "x.echoppe"
    assert main(["new", str(path), "--name", "A", "--niche", "dragons"]) != 0
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1
    assert "dragons" in err[0] and "echoppe niches" in err[0]
    assert not path.exists()


def test_existing_file_is_refused(tmp_path, capsys):
    path = tmp_path / "x.echoppe"
    path.write_text("keep me")
    assert main(["new", str(path), "--name", "A", "--niche", "books"]) != 0
    assert "already exists" in capsys.readouterr().err
    assert path.read_text() == "keep me"


def test_missing_name_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["new", str(tmp_path / "x.echoppe"), "--niche", "books"])
    assert info.value.code == 2
    assert "--name" in capsys.readouterr().err


def test_real_process_in_french_without_traceback(tmp_path):
    path = tmp_path / "x.echoppe"
    path.write_text("")
    env = {"ECHOPPE_LANG": "fr", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "new", str(path), "--name", "A", "--niche", "licornes"],
        capture_output=True, text=True, timeout=60, env=env,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "echoppe: Il n'existe pas de niche « licornes ». Pour voir les identifiants valides : echoppe niches"
    )
    assert "Traceback" not in result.stderr


def test_new_keeps_only_the_chosen_example(tmp_path, capsys):
    path = tmp_path / "geodes.echoppe"
    assert main(["new", str(path), "--name", "G", "--niche", "fossils", "--lang", "fr",
                 "--example", "Géode d'améthyste d'Uruguay"]) == 0
    with ShopFile.open(path) as shop:
        assert [p.name for p in shop.products()] == ["Géode d'améthyste d'Uruguay"]
    assert main(["new", str(tmp_path / "x.echoppe"), "--name", "G", "--niche", "fossils", "--lang", "fr",
                 "--example", "Trilobite"]) == 1
    assert "Trilobite" in capsys.readouterr().err

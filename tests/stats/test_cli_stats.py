"""echoppe stats, in-process through the real argument parser: --log, --fetch over the sshd, --json, French."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from tests.stats.logdata import sample
from tests.stats.test_fetch_logs import _place, host  # noqa: F401 - the fixture
from tests.support.sshd import PASSWORD
from wizard.cli import main
from wizard.domain.model import PublishTarget, ShopIdentity
from wizard.publish import KnownHosts
from wizard.store.shopfile import ShopFile


def _run(capsys, monkeypatch, *argv: str, stdin: str = "", lang: str = "en") -> tuple[int, str, str]:
    monkeypatch.setenv("ECHOPPE_LANG", lang)
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = main(list(argv))
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.fixture
def shop(shop_path: Path) -> Path:
    with ShopFile.create(shop_path, ShopIdentity(name="Le Rucher")) as s:
        s.save_settings(PublishTarget(public_url="https://boutique.example/"))
    return shop_path


def test_stats_from_a_file_as_json_and_text(shop: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    log = tmp_path / "access.log.gz"
    log.write_bytes(gzip.compress(("\n".join(sample() + sample(day="04/Dec/2026")) + "\n").encode()))
    status, out, err = _run(capsys, monkeypatch, "stats", str(shop), "--from-file", str(log), "--json")
    assert status == 0, err
    assert "40 lines read, 10 from bots, 6 not understood" in err
    days = json.loads(out)["days"]
    assert [d["day"] for d in days] == ["2026-12-03", "2026-12-04"]
    first = days[0]
    assert {k: first[k] for k in ("visits", "pageviews", "cart_adds", "orders")} == \
        {"visits": 3, "pageviews": 8, "cart_adds": 1, "orders": 1}
    assert first["product_views"] == {"miel-de-lavande": 2, "savon-au-lait": 2}
    assert first["sources"] == {"search:google": 1, "social:facebook": 1, "tag:flyer-marche": 1}
    assert first["order_sources"] == {"search:google": 1}  # per source of the visit; "orders" stays the total

    status, out, err = _run(capsys, monkeypatch, "stats", str(shop), "--log", str(log), "--since", "2026-12-04")
    assert status == 0, err
    assert "nothing new" in out
    assert "2026-12-04" in out and "2026-12-03" not in out
    assert "tag flyer-marche 1" in out and "search engine google 1" in out
    assert "Orders sent, by source of the visit: search engine google 1" in out
    assert "Browsers: Chrome 1, Firefox 1, Mobile Safari 1" in out  # each list in its own place

    status, out, err = _run(capsys, monkeypatch, "stats", str(shop), lang="fr")
    assert status == 0, err
    assert "Du 2026-12-03 au 2026-12-04 : 6 visites, 16 pages vues" in out
    assert "moteur de recherche google 2" in out
    assert "Commandes envoyées, par provenance de la visite : moteur de recherche google 2" in out


def test_stats_refuses_a_missing_log_and_a_damaged_archive(shop: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    status, _out, err = _run(capsys, monkeypatch, "stats", str(shop), "--log", str(tmp_path / "none.log"))
    assert status == 2 and "none.log was not found" in err
    bad = tmp_path / "bad.log.gz"
    bad.write_bytes(gzip.compress(("\n".join(sample()) + "\n").encode())[:-30])
    status, _out, err = _run(capsys, monkeypatch, "stats", str(shop), "--log", str(bad))
    assert status == 1 and "could not be read" in err and "Traceback" not in err
    status, out, _err = _run(capsys, monkeypatch, "stats", str(shop))
    assert status == 0 and "No visits counted yet" in out  # nothing of the damaged archive was counted


def test_stats_fetch_over_sftp(host, sshd_server, capsys, monkeypatch) -> None:  # noqa: F811
    shop_path, logs, _kh = host
    sshd_server.trust(KnownHosts())
    _place(logs / "access.log", ("\n".join(sample()) + "\n").encode())
    status, out, err = _run(capsys, monkeypatch, "stats", str(shop_path), "--fetch", "--password-stdin", "--json",
                            stdin=PASSWORD + "\n")
    assert status == 0, err
    (day,) = json.loads(out)["days"]
    assert (day["visits"], day["pageviews"], day["orders"]) == (3, 8, 1)

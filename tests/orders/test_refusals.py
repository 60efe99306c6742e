"""Every reason a sealed file is kept on the server is typed, and told in English and in French (CLI)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from nacl.public import SealedBox

from tests.orders.orderdata import order_data, seal, two_line_order
from tests.orders.test_fetch import _place, desk  # noqa: F401 - the fixture
from tests.support.sshd import PASSWORD
from wizard.cli import main
from wizard.publish import KnownHosts
from wizard.publish.orders_fetch import FetchFinished, Refusal, Rejected, fetch_orders, refusal_message
from wizard.store.shopfile import ShopFile


def _bad_files(real: Path, key) -> dict[str, Refusal]:
    """One file per reason the server can give us; the name each lands under and the reason expected."""
    _place(real, "orders", "2026-00001.sealed", b"garbage, not sealed with this shop's key")
    _place(real, "orders", "2026-00002.sealed", SealedBox(key.public_key).encrypt(b"\xff\xfe not json"))
    _place(real, "orders", "2026-00003.sealed", seal(key, order_data("2026-00003", total="1.00")))
    _place(real, "orders", "2026-00004.sealed", seal(key, order_data("2026-00099")))
    unreadable = real / "orders" / "2026-00005.sealed"
    unreadable.write_bytes(seal(key, order_data("2026-00005")))
    unreadable.chmod(0o600)  # left to root: the jailed login cannot open it
    _place(real, "orders", "2026-00006.sealed", seal(key, two_line_order("2026-00006", honey=1, soap=2)))
    return {
        "orders/2026-00001.sealed": Refusal.NOT_SEALED_FOR_THIS_KEY,
        "orders/2026-00002.sealed": Refusal.NOT_JSON,
        "orders/2026-00003.sealed": Refusal.INVALID_ORDER,
        "orders/2026-00004.sealed": Refusal.NUMBER_MISMATCH,
        "orders/2026-00005.sealed": Refusal.UNREADABLE,
        "orders/2026-00006.sealed": Refusal.CONFLICT,
    }


def test_each_refusal_has_its_kind_and_the_good_file_comes_in(desk) -> None:  # noqa: F811
    shop_path, real, key, kh = desk
    if os.geteuid() != 0:
        pytest.skip("the unreadable file needs another owner than the jailed login")
    # 2026-00006 is first stored with one content, then the server offers another under the same number.
    _place(real, "orders", "2026-00006.sealed", seal(key, two_line_order("2026-00006", honey=1, soap=1)))
    with ShopFile.open(shop_path) as shop:
        assert list(fetch_orders(shop, PASSWORD, known_hosts=kh))[-1].new_orders == ("2026-00006",)
        expected = _bad_files(real, key)
        _place(real, "orders", "2026-00007.sealed", seal(key, order_data("2026-00007")))
        events = list(fetch_orders(shop, PASSWORD, known_hosts=kh))
    done = events[-1]
    assert isinstance(done, FetchFinished) and done.new_orders == ("2026-00007",)
    assert {r.name: r.kind for r in done.rejected} == expected
    assert [e for e in events if isinstance(e, Rejected)] == list(done.rejected)  # each was also told as it came
    invalid = next(r for r in done.rejected if r.kind is Refusal.INVALID_ORDER)
    assert "total" in invalid.detail and invalid.reason == f"it is not a valid order ({invalid.detail})"
    unreadable = next(r for r in done.rejected if r.kind is Refusal.UNREADABLE)
    assert unreadable.detail  # the system's words
    left = sorted(p.name for p in (real / "orders").iterdir())
    assert left == [f"2026-0000{i}.sealed" for i in range(1, 7)]  # all kept on the server


@pytest.mark.parametrize("kind", list(Refusal))
def test_every_reason_is_french_too(kind: Refusal) -> None:
    english, french = refusal_message(kind, "x").text("en"), refusal_message(kind, "x").text("fr")
    assert english and french and english != french
    if kind in (Refusal.INVALID_ORDER, Refusal.UNREADABLE):
        assert "(x)" in english and "(x)" in french


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["was kept on the server", "it does not open with this shop's key", "it is not a valid order (",
            "the number inside is not the file's name", "another content with this number is already stored"]),
    ("fr", ["il ne s'ouvre pas avec la clé de cette boutique", "ce n'est pas une commande valide (",
            "le numéro à l'intérieur n'est pas le nom du fichier", "un autre contenu avec ce numéro est déjà"]),
])
def test_the_command_line_tells_each_reason_in_the_person_s_language(desk, capsys, monkeypatch, sshd_server,  # noqa: F811
                                                                     lang: str, words: list[str]) -> None:
    shop_path, real, key, _kh = desk
    if os.geteuid() != 0:
        pytest.skip("the unreadable file needs another owner than the jailed login")
    sshd_server.trust(KnownHosts())
    _place(real, "orders", "2026-00006.sealed", seal(key, two_line_order("2026-00006", honey=1, soap=1)))
    monkeypatch.setenv("ECHOPPE_LANG", lang)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["orders", str(shop_path), "--fetch", "--password-stdin"]) == 0
    _bad_files(real, key)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["orders", str(shop_path), "--fetch", "--password-stdin"]) == 0
    out = capsys.readouterr().out
    refused = [line for line in out.splitlines() if line.startswith("!! ")]
    assert len(refused) == 6, out
    for word in words:
        assert word in out, (word, out)
    if lang == "fr":
        assert "was kept" not in out and "it does not open" not in out

"""A withdrawal declaration filed with another name or e-mail than its order's is flagged, never applied."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from tests.orders.orderdata import order_data, seal, two_line_order, withdrawal_data
from tests.orders.test_fetch import _place, desk  # noqa: F401 - the fixture
from tests.support.sshd import PASSWORD
from wizard.cli import main
from wizard.domain.orders import Order, OrderStatus, Withdrawal, parse_order
from wizard.domain.withdrawal_check import differs_from_order
from wizard.publish import KnownHosts
from wizard.publish.orders_fetch import Doubtful, FetchFinished, fetch_orders
from wizard.store import orders as store
from wizard.store.shopfile import ShopFile

NOW = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)


def _order() -> Order:
    order = parse_order(order_data("2026-00001"))
    assert (order.customer.name, order.customer.email) == ("Margaux Lefèvre", "margaux@example.fr")
    return order


@pytest.mark.parametrize(("name", "email", "differs"), [
    ("Margaux Lefèvre", "margaux@example.fr", False),
    ("  margaux   LEFEVRE ", "Margaux@Example.FR ", False),  # case, accents, spaces: the same person
    ("Jean-Marc Roux", "jm@example.fr", True),
    ("Margaux Lefèvre", "margaux@example.com", True),
    ("Paul Intrus", "margaux@example.fr", True),
])
def test_names_and_emails_are_compared_as_people_type_them(name: str, email: str, differs: bool) -> None:
    withdrawal = Withdrawal("W2026-00001", NOW, "2026-00001", name, email)
    assert differs_from_order(_order(), withdrawal) is differs


def _declarations(real, key) -> None:
    _place(real, "orders", "2026-00001.sealed", seal(key, two_line_order("2026-00001", honey=1, soap=1)))
    same = {**withdrawal_data("W2026-00001", "2026-00001"), "name": "margaux lefevre",
            "email": "MARGAUX@example.fr"}
    other = {**withdrawal_data("W2026-00002", "2026-00001"), "name": "Paul Intrus", "email": "paul@intrus.example"}
    _place(real, "withdrawals", "W2026-00001.sealed", seal(key, same))
    _place(real, "withdrawals", "W2026-00002.sealed", seal(key, other))


def test_the_fetch_flags_the_stranger_s_declaration_and_applies_none(desk) -> None:  # noqa: F811
    shop_path, real, key, kh = desk
    _declarations(real, key)
    with ShopFile.open(shop_path) as shop:
        done = list(fetch_orders(shop, PASSWORD, known_hosts=kh))[-1]
        assert isinstance(done, FetchFinished)
        assert done.new_withdrawals == ("W2026-00001", "W2026-00002")
        assert done.doubtful == (Doubtful("W2026-00002", "2026-00001", "Paul Intrus", "paul@intrus.example"),)
        order = store.get_order(shop, "2026-00001")
        assert order.status == OrderStatus.NEW and order.withdrawals == ("W2026-00001", "W2026-00002")


@pytest.mark.parametrize(("lang", "flag"), [("en", "differs from the order's; check before refunding"),
                                            ("fr", "diffère de celui de la commande ; vérifiez avant de rembourser")])
def test_the_command_line_says_which_declaration_to_check(desk, sshd_server, capsys, monkeypatch,  # noqa: F811
                                                          lang: str, flag: str) -> None:
    shop_path, real, key, _kh = desk
    sshd_server.trust(KnownHosts())
    _declarations(real, key)
    monkeypatch.setenv("ECHOPPE_LANG", lang)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["orders", str(shop_path), "--fetch", "--password-stdin"]) == 0
    out = capsys.readouterr().out
    flagged = [line for line in out.splitlines() if flag in line]
    # once in the fetch report, once under the order in the list; W2026-00001 (the customer) never
    assert len(flagged) == 2 and all("W2026-00002" in line and "Paul Intrus" in line for line in flagged), out
    assert "W2026-00001" in out and not any("W2026-00001" in line for line in flagged)

    assert main(["orders", str(shop_path), "--json"]) == 0
    [order] = json.loads(capsys.readouterr().out)
    assert order["status"] == "new"
    assert [(w["number"], w["matches_order"]) for w in order["withdrawals"]] == [
        ("W2026-00001", True), ("W2026-00002", False)]

    assert main(["order", str(shop_path), "2026-00001", "--status", "withdrawn"]) == 0
    captured = capsys.readouterr()
    assert flag in captured.err and "W2026-00002" in captured.err  # said again when the merchant records it
    with ShopFile.open(shop_path) as shop:
        assert store.get_order(shop, "2026-00001").status == OrderStatus.WITHDRAWN

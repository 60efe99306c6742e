"""Fetching sealed orders over the real chrooted sshd: store, then delete; corrupt files kept; SIGKILL safe."""

from __future__ import annotations

import os
import pwd
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.orders.orderdata import (
    add_products,
    make_keys,
    order_data,
    seal,
    stock_of,
    two_line_order,
    withdrawal_data,
)
from tests.support.sshd import PASSWORD
from wizard.publish import KnownHosts
from wizard.publish.orders_fetch import FetchFinished, Rejected, Stored_, fetch_orders
from wizard.store import orders as store
from wizard.store.shopfile import ShopFile

REPO = Path(__file__).resolve().parents[2]


def _own(path: Path) -> None:
    entry = pwd.getpwnam("echoppe-jail")
    os.chown(path, entry.pw_uid, entry.pw_gid)


@pytest.fixture
def desk(tmp_path: Path, sshd_server, shop_path: Path):
    """A shop whose target is the jail, with keys, and its private folder on the server."""
    name = f"priv-{tmp_path.name}"
    real = sshd_server.jail / name
    for sub in (real, real / "orders", real / "withdrawals"):
        sub.mkdir()
        _own(sub)
    kh = KnownHosts(tmp_path / "known_hosts", tmp_path / "no-user-known-hosts")
    sshd_server.trust(kh)
    with ShopFile.create(shop_path) as shop:
        shop.save_settings(sshd_server.jail_target())
        shop.set_value("desk.private_dir", name)
        key = make_keys(shop)
        add_products(shop)
    return shop_path, real, key, kh


def _place(real: Path, sub: str, name: str, data: bytes) -> Path:
    path = real / sub / name
    path.write_bytes(data)
    _own(path)
    return path


def test_fetch_stores_then_deletes_and_keeps_corrupt_files(desk) -> None:
    shop_path, real, key, kh = desk
    _place(real, "orders", "2026-00001.sealed", seal(key, two_line_order("2026-00001", honey=2, soap=1)))
    _place(real, "orders", "2026-00002.sealed", b"not sealed at all")
    _place(real, "orders", "2026-00003.sealed", seal(key, order_data("2026-00003", total="1.00")))
    _place(real, "orders", "2026-00004.sealed", seal(key, order_data("2026-00004")))
    _place(real, "withdrawals", "W2026-00001.sealed", seal(key, withdrawal_data("W2026-00001", "2026-00001")))
    _place(real, "orders", "counter.txt", b"4")
    (real / "orders" / "2026-00009.sealed").symlink_to("/etc/passwd")
    with ShopFile.open(shop_path) as shop:
        events = list(fetch_orders(shop, PASSWORD, known_hosts=kh))
        done = events[-1]
        assert isinstance(done, FetchFinished)
        assert done.new_orders == ("2026-00001", "2026-00004")
        assert done.new_withdrawals == ("W2026-00001",)
        assert sorted(r.name for r in done.rejected) == ["orders/2026-00002.sealed", "orders/2026-00003.sealed"]
        assert any(isinstance(e, Rejected) and "key" in e.reason for e in events)
        assert done.stock_changed
        assert stock_of(shop, "miel-de-lavande", (("Pot", "250 g"),)) == 1  # 5 - 2 - 2
        assert stock_of(shop, "savon") == 2
        assert store.get_order(shop, "2026-00001").withdrawals == ("W2026-00001",)
        from wizard.store.backups import list_backups

        assert [b.reason for b in list_backups(shop)] == ["orders"]  # backed up before anything was stored
    left = sorted(p.name for p in (real / "orders").iterdir())
    assert left == ["2026-00002.sealed", "2026-00003.sealed", "2026-00009.sealed", "counter.txt"]
    assert (real / "orders" / "2026-00009.sealed").is_symlink()
    assert not list((real / "withdrawals").iterdir())


def test_a_deeply_nested_sealed_file_is_refused_and_the_others_come_in(desk) -> None:
    """Server input: JSON nested 100 000 deep must not crash every fetch (json raises RecursionError)."""
    shop_path, real, key, kh = desk
    from nacl.public import SealedBox

    nested = b"[" * 100_000 + b"]" * 100_000
    _place(real, "orders", "2026-00001.sealed", SealedBox(key.public_key).encrypt(nested))
    _place(real, "orders", "2026-00002.sealed", seal(key, order_data("2026-00002")))
    with ShopFile.open(shop_path) as shop:
        done = list(fetch_orders(shop, PASSWORD, known_hosts=kh))[-1]
        assert isinstance(done, FetchFinished)
        assert done.new_orders == ("2026-00002",)
        assert [r.name for r in done.rejected] == ["orders/2026-00001.sealed"]
    assert (real / "orders" / "2026-00001.sealed").exists()  # kept on the server, reported by name


CHILD = """
import sys
from wizard.publish import KnownHosts
from wizard.publish.orders_fetch import Stored_, fetch_orders
from wizard.store.shopfile import ShopFile
shop = ShopFile.open(sys.argv[1])
from pathlib import Path
kh = KnownHosts(Path(sys.argv[2]), Path(sys.argv[3]))
for ev in fetch_orders(shop, sys.argv[4], known_hosts=kh):
    if isinstance(ev, Stored_) and ev.done == 2:
        print("STORED", ev.number, flush=True)
        sys.stdin.read()  # wait here (stored, not yet deleted) until killed
"""


def test_sigkill_between_storing_and_deleting_loses_nothing(desk, tmp_path: Path) -> None:
    shop_path, real, key, kh = desk
    for n in range(1, 5):
        _place(real, "orders", f"2026-0000{n}.sealed", seal(key, two_line_order(f"2026-0000{n}")))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(shop_path), str(tmp_path / "known_hosts"),
         str(tmp_path / "no-user-known-hosts"), PASSWORD],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.split() == ["STORED", "2026-00002"]
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
    assert (real / "orders" / "2026-00002.sealed").exists()  # stored, but not deleted
    assert not (real / "orders" / "2026-00001.sealed").exists()
    with ShopFile.open(shop_path) as shop:
        assert [o.number for o in store.list_orders(shop)] == ["2026-00002", "2026-00001"]
        events = list(fetch_orders(shop, PASSWORD, known_hosts=kh))
        again = [e for e in events if isinstance(e, Stored_)]
        assert [(e.number, e.outcome.value) for e in again] == [
            ("2026-00002", "already"), ("2026-00003", "new"), ("2026-00004", "new")]
        numbers = sorted(o.number for o in store.list_orders(shop))
        assert numbers == ["2026-00001", "2026-00002", "2026-00003", "2026-00004"]
        assert stock_of(shop, "miel-de-lavande", (("Pot", "250 g"),)) == 1  # 5 - 4: taken once per order
        assert stock_of(shop, "savon") == 0
        assert shop.read("SELECT COUNT(*) FROM stock_moves")[0][0] == 8  # 4 orders x 2 lines, no duplicate
    assert not list((real / "orders").iterdir())

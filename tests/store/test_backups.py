"""Local backups: consistent under writes, whole after a kill, rotated, restored table by table."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.support.backups import dump, rich_shop
from wizard.domain.model import Product, Variant
from wizard.store import backups
from wizard.store.backups import BackupFailed, Reason
from wizard.store.shopfile import ShopFile, ShopLocked

CHILD = Path(__file__).with_name("backup_child.py")
T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


class FakeClock:
    def __init__(self, start: dt.datetime = T0) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += dt.timedelta(**kw)


def _child(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen([sys.executable, str(CHILD), *args], cwd=REPO, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _consistent(path: Path) -> int:
    """Integrity ok and every written product has exactly its two variants; returns the product count."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        bad = conn.execute(
            "SELECT COUNT(*) FROM products p WHERE p.name LIKE 'P%-%' AND "
            "(SELECT COUNT(*) FROM variants v WHERE v.product_id = p.id) <> 2").fetchone()[0]
        assert bad == 0
        n = conn.execute("SELECT COUNT(*) FROM products WHERE name LIKE 'P%-%'").fetchone()[0]
        assert n % 20 == 0  # products come in whole transactions of 20
        return n
    finally:
        conn.close()


def test_backup_is_a_whole_checked_copy_listed_with_counts(tmp_path: Path) -> None:
    shop = rich_shop(tmp_path / "shop.echoppe")
    info = backups.make_backup(shop, Reason.MANUAL, root=tmp_path / "b")
    shop.close()
    assert info.path.parent.parent == tmp_path / "b"
    assert info.path.name.endswith(".echoppe-backup")
    assert info.products == 5 and info.orders == 2 and info.bytes == info.path.stat().st_size
    assert not list(info.path.parent.glob("*-wal")) and not list(info.path.parent.glob(".part-*"))
    # pictures live once in the shop's pool: the backup file is small, restoring makes it whole again
    assert (info.path.parent / "images").is_dir()
    backups.restore(info.path, tmp_path / "back.echoppe")
    original, back = dump(tmp_path / "shop.echoppe"), dump(tmp_path / "back.echoppe")
    # The change journal: the original's rows, then one "anything changed" (a file Échoppe never
    # closed under this name: no build's record of the original is trusted for it).
    journal, restored_journal = original.pop("change_log"), back.pop("change_log")
    assert restored_journal[:-1] == journal and restored_journal[-1][2] is None
    assert original == back
    with ShopFile.open(tmp_path / "shop.echoppe") as shop:
        listed = backups.list_backups(shop, tmp_path / "b")
    assert [b.path for b in listed] == [info.path]
    assert listed[0].as_json()["products"] == 5


def test_folder_is_a_hash_of_the_shop_id_not_its_name(tmp_path: Path) -> None:
    shop = rich_shop(tmp_path / "x.echoppe")
    shop.set_value(backups.SHOP_ID_KEY, "../../../etc")
    folder = backups.folder_for(shop, tmp_path / "b")
    shop.close()
    assert folder.parent == tmp_path / "b" and len(folder.name) == 24
    assert set(folder.name) <= set("0123456789abcdef")


def test_orders_are_none_without_an_orders_table(tmp_path: Path) -> None:
    with rich_shop(tmp_path / "s.echoppe", orders=False) as shop:
        has_orders = shop._query("SELECT 1 FROM sqlite_master WHERE name='orders'")
        info = backups.make_backup(shop, root=tmp_path / "b")
    assert info.orders == (0 if has_orders else None)


def test_backup_while_another_thread_writes_is_consistent(tmp_path: Path) -> None:
    shop = ShopFile.create(tmp_path / "s.echoppe")
    stop = threading.Event()

    def writer() -> None:
        n = 0
        while not stop.is_set():
            shop.add_products([Product(name=f"P{n}-{i}", price=Decimal(1), option_names=("T",),
                                       variants=(Variant(options=(("T", "S"),)), Variant(options=(("T", "M"),))))
                               for i in range(20)])
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        made = [backups.make_backup(shop, root=tmp_path / "b", rotate=False) for _ in range(5)]
    finally:
        stop.set()
        thread.join()
        shop.close()
    counts = [_consistent(m.path) for m in made]
    assert counts == sorted(counts) and counts[-1] > 0
    assert [m.products for m in made] == counts


def test_backup_while_the_shop_process_writes_is_consistent(tmp_path: Path) -> None:
    """The process that has the shop open writes from a worker thread while it backs up."""
    ShopFile.create(tmp_path / "s.echoppe").close()
    child = _child("write", str(tmp_path / "s.echoppe"), str(tmp_path / "b"))
    out, err = child.communicate(timeout=300)
    assert child.returncode == 0, err
    lines = out.split()
    assert lines[-1] == "DONE"
    counts = [_consistent(Path(p)) for p in lines[:-1]]
    assert len(counts) == 5 and counts == sorted(counts)


def test_another_process_cannot_back_up_an_open_shop_and_says_so(tmp_path: Path) -> None:
    ShopFile.create(tmp_path / "s.echoppe").close()
    child = _child("slow", str(tmp_path / "s.echoppe"), str(tmp_path / "b"))
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "COPYING"
        with pytest.raises(ShopLocked):
            backups.backup_before(tmp_path / "s.echoppe", "orders", root=tmp_path / "b")
    finally:
        child.kill()
        child.wait()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sigkill_during_a_backup_leaves_earlier_backups_whole_and_counts_no_half_file(tmp_path: Path) -> None:
    shop = rich_shop(tmp_path / "s.echoppe")
    shop.add_products([Product(name=f"Filler {i}", price=Decimal(2), description="x" * 4000) for i in range(300)])
    root = tmp_path / "b"
    earlier = [backups.make_backup(shop, root=root, rotate=False) for _ in range(2)]
    digests = [_digest(b.path) for b in earlier]
    shop.close()

    child = _child("slow", str(tmp_path / "s.echoppe"), str(root))
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "COPYING", child.stderr.read() if child.stderr else ""
        folder = earlier[0].path.parent
        assert list(folder.glob(".part-*"))  # the child really was half-way
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait() == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    parts = list(folder.glob(".part-*"))
    assert len([p for p in parts if not p.name.endswith("-journal")]) == 1
    assert [_digest(b.path) for b in earlier] == digests
    with ShopFile.open(tmp_path / "s.echoppe") as shop:
        assert shop.integrity_ok()
        listed = backups.list_backups(shop, root)
        assert sorted(b.path for b in listed) == sorted(b.path for b in earlier)
        for b in listed:
            assert backups.check_file(b.path) == (305, 2)
        # a later backup removes the dead process's part file once it is clearly stale
        old = (dt.datetime.now() - dt.timedelta(hours=2)).timestamp()
        for part in parts:
            os.utime(part, (old, old))
        backups.make_backup(shop, root=root, rotate=False)
    assert not list(folder.glob(".part-*"))


def test_a_failed_backup_raises_a_translated_error_and_leaves_nothing(tmp_path: Path) -> None:
    root = tmp_path / "b"
    root.write_text("a file where the folder should be")
    with ShopFile.create(tmp_path / "s.echoppe") as shop, pytest.raises(BackupFailed) as caught:
        backups.make_backup(shop, root=root)
    assert "s.echoppe" in caught.value.text("en")
    assert caught.value.text("fr") != caught.value.text("en")


def test_rotation_keeps_last_ten_daily_for_a_month_monthly_for_a_year() -> None:
    """Every 6 hours for 400 days, pruned as it goes, as the app does."""
    clock = FakeClock()
    kept: list[dt.datetime] = []
    for _ in range(400 * 4):
        kept.append(clock())
        survivors = backups.to_keep(kept, clock())
        kept = sorted(survivors)
        clock.advance(hours=6)
    now = kept[-1]
    newest = sorted(kept, reverse=True)
    # the ten newest are there
    assert newest[:10] == [now - dt.timedelta(hours=6 * i) for i in range(10)]
    days = {k.date() for k in kept}
    # one for each of the last 30 days
    assert all((now.date() - dt.timedelta(days=d)) in days for d in range(30))
    months = {(k.year, k.month) for k in kept}
    assert len(months) == 12
    # nothing older than a year, and not much more than 10 + 30 + 12 in all
    assert min(kept) > now - dt.timedelta(days=366)
    assert len(kept) <= 10 + 30 + 12
    # per day older than the last 30: at most one
    older = [k for k in kept if (now.date() - k.date()).days >= 30]
    assert len(older) == len({(k.year, k.month) for k in older})


def test_rotation_on_disk_with_a_fake_clock(tmp_path: Path) -> None:
    clock = FakeClock()
    root = tmp_path / "b"
    with ShopFile.create(tmp_path / "s.echoppe") as shop:
        for _ in range(45):  # two a day for 45 days
            backups.make_backup(shop, Reason.PUBLISH, root=root, clock=clock)
            clock.advance(hours=12)
        listed = backups.list_backups(shop, root)
    stamps = [b.made_at for b in listed]
    assert stamps == sorted(stamps, reverse=True)
    assert set(stamps) == backups.to_keep(stamps, clock())
    assert len(stamps) < 45 and len(stamps) >= 10
    # files we did not make are never touched
    (root / listed[0].path.parent.name / "notes.txt").write_text("mine")
    with ShopFile.open(tmp_path / "s.echoppe") as shop:
        backups.make_backup(shop, root=root, clock=clock)
    assert (listed[0].path.parent / "notes.txt").read_text() == "mine"


def test_daily_backup_on_open_only_once_a_day(tmp_path: Path) -> None:
    clock = FakeClock()
    root = tmp_path / "b"
    with ShopFile.create(tmp_path / "s.echoppe") as shop:
        assert backups.backup_if_due(shop, root=root, clock=clock) is not None
        clock.advance(hours=20)
        assert backups.backup_if_due(shop, root=root, clock=clock) is None
        clock.advance(hours=5)
        made = backups.backup_if_due(shop, root=root, clock=clock)
        assert made is not None and made.reason == "daily"
        assert len(backups.list_backups(shop, root)) == 2


def test_backup_before_takes_a_path_or_an_open_shop(tmp_path: Path) -> None:
    rich_shop(tmp_path / "s.echoppe").close()
    a = backups.backup_before(tmp_path / "s.echoppe", "orders", root=tmp_path / "b")
    with ShopFile.open(tmp_path / "s.echoppe") as shop:
        b = backups.backup_before(shop, Reason.IMPORT, root=tmp_path / "b")
    assert (a.reason, b.reason) == ("orders", "import")
    assert a.path.parent == b.path.parent


def test_restore_gives_a_new_file_with_the_same_tables(tmp_path: Path) -> None:
    original = tmp_path / "shop.echoppe"
    rich_shop(original).close()
    snapshot = dump(original)
    with ShopFile.open(original) as shop:
        info = backups.make_backup(shop, root=tmp_path / "b")
        shop.delete_product(shop.products()[0].id)  # the change we want to undo
    out = backups.restore_name(original, info.made_at)
    assert out.parent == original.parent and out != original
    backups.restore(info.path, out)
    restored = dump(out)
    snapshot["settings"] = [r for r in snapshot["settings"] if r[0] != "x:" + backups.SHOP_ID_KEY]
    restored["settings"] = [r for r in restored["settings"] if r[0] != "x:" + backups.SHOP_ID_KEY]
    # The change journal has one more row: the backup's own write of the shop's id.
    assert restored["change_log"][: len(snapshot["change_log"])] == snapshot["change_log"]
    snapshot["change_log"] = restored["change_log"] = []
    assert restored == snapshot  # table by table, pictures included
    assert len(restored["products"]) == len(dump(original)["products"]) + 1
    with ShopFile.open(out) as shop:
        assert shop.integrity_ok() and shop.image_keys()
    # never over an existing file
    with pytest.raises(BackupFailed):
        backups.restore(info.path, original)
    with pytest.raises(BackupFailed):
        backups.restore(info.path, out)


def test_pictures_are_kept_once_and_a_missing_one_fails_the_restore(tmp_path: Path) -> None:
    clock = FakeClock()
    root = tmp_path / "b"
    with rich_shop(tmp_path / "s.echoppe") as shop:
        made = [backups.make_backup(shop, root=root, clock=clock) for _ in range(3)]
        keys = shop.image_keys()
    pool = made[0].path.parent / "images"
    assert sorted(p.name for p in pool.iterdir()) == keys
    for m in made:  # the pictures' bytes are in the pool only
        assert {tuple(r) for r in dump(m.path)["images"]} == {(r[0], r[1], r[2], r[3], b"") for r in dump(m.path)["images"]}
    (pool / keys[0]).write_bytes(b"changed")
    with pytest.raises(BackupFailed) as caught:
        backups.restore(made[-1].path, tmp_path / "r.echoppe")
    assert "picture" in caught.value.text("en")
    assert not (tmp_path / "r.echoppe").exists()


def test_pruning_drops_pictures_no_backup_needs(tmp_path: Path) -> None:
    from tests.site.shopdata import small_jpeg

    clock = FakeClock()
    root = tmp_path / "b"
    with ShopFile.create(tmp_path / "s.echoppe") as shop:
        old_key = shop.add_image(small_jpeg((1, 2, 3))).key
        backups.make_backup(shop, root=root, clock=clock)
        pool = backups.folder_for(shop, root) / "images"
        with shop.transaction("images") as conn:
            conn.execute("DELETE FROM images WHERE key=?", (old_key,))
        aged = (dt.datetime.now() - dt.timedelta(hours=2)).timestamp()
        os.utime(pool / old_key, (aged, aged))
        for _ in range(60):  # a year and more: the first backup is rotated out
            clock.advance(days=7)
            backups.make_backup(shop, root=root, clock=clock)
    assert not (pool / old_key).exists()


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    with rich_shop(tmp_path / "s.echoppe") as shop:
        info = backups.make_backup(shop, root=tmp_path / "b")
    data = bytearray(info.path.read_bytes())
    data[5000:9000] = b"\xff" * 4000
    bad = tmp_path / "bad.echoppe-backup"
    bad.write_bytes(bytes(data))
    with pytest.raises(BackupFailed):
        backups.restore(bad, tmp_path / "new.echoppe")
    assert not (tmp_path / "new.echoppe").exists()
    assert not list(tmp_path.glob(".new.echoppe.part-*"))

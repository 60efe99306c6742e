"""Child process for the backup tests.

``write SHOP ROOT``: opens the shop, writes products (each with two variants, one transaction each) in a
thread, makes backups meanwhile from the main thread, prints each backup's path, then ``DONE``.

``slow SHOP ROOT``: makes one backup copied one page at a time, slowly; prints ``COPYING`` once the
copy has started, then waits to be killed.
"""

from __future__ import annotations

import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

from wizard.domain.model import Product, Variant
from wizard.store import backups
from wizard.store.shopfile import ShopFile


def write(shop_path: str, root: str) -> None:
    shop = ShopFile.open(shop_path)
    stop = threading.Event()

    def writer() -> None:
        n = 0
        while not stop.is_set():
            shop.add_products([
                Product(name=f"P{n}-{i}", price=Decimal("3.10"), option_names=("Taille",),
                        variants=(Variant(options=(("Taille", "S"),)), Variant(options=(("Taille", "M"),))))
                for i in range(20)
            ])
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        for _ in range(5):
            info = backups.make_backup(shop, backups.Reason.MANUAL, root=Path(root), rotate=False)
            print(info.path, flush=True)
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join()
    shop.close()
    print("DONE", flush=True)


def slow(shop_path: str, root: str) -> None:
    shop = ShopFile.open(shop_path)

    def backup_into(target):  # type: ignore[no-untyped-def]
        def progress(status: int, remaining: int, total: int) -> None:
            if remaining == total - 1:
                print("COPYING", flush=True)
            time.sleep(0.05)

        with shop._lock:
            shop._conn.backup(target, pages=1, progress=progress)

    shop.backup_into = backup_into  # type: ignore[method-assign]
    backups.make_backup(shop, backups.Reason.MANUAL, root=Path(root), rotate=False)
    print("FINISHED", flush=True)  # should never be reached: the test kills us first


if __name__ == "__main__":
    {"write": write, "slow": slow}[sys.argv[1]](sys.argv[2], sys.argv[3])

"""A real ``echoppe import`` killed with SIGKILL in the middle of its transaction leaves a sound shop file."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wizard.store import ShopFile

ROWS = 30_000


def _big_csv(path: Path, rows: int) -> None:
    """A French spreadsheet with ``rows`` products, long enough descriptions to fill the WAL."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Nom", "Prix", "Catégorie", "Stock", "Description"])
        for i in range(rows):
            writer.writerow([f"Produit n°{i} — été", f"{i % 500},{i % 100:02d}", f"Rayon {i % 20}", i % 50,
                             "Une description assez longue pour remplir des pages. " * 4])


@pytest.mark.slow
def test_sigkill_mid_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    shop_file = tmp_path / "shop.echoppe"
    ShopFile.create(shop_file).close()
    source = tmp_path / "big.csv"
    _big_csv(source, ROWS)
    wal = Path(str(shop_file) + "-wal")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen(
        [sys.executable, "-m", "wizard", "import", str(shop_file), str(source)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    try:
        # Inside the transaction, SQLite spills written pages to the -wal file: wait until it grows.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and child.poll() is None:
            if wal.exists() and wal.stat().st_size > 2_000_000:
                break
            time.sleep(0.005)
        alive = child.poll() is None
        assert alive, "the import finished before it could be killed: make ROWS larger"
        wal_size = wal.stat().st_size
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    out = child.stdout.read().decode() if child.stdout else ""
    assert "Imported" not in out  # killed before the summary, i.e. before or during the commit
    assert wal_size > 2_000_000
    with ShopFile.open(shop_file) as shop:
        assert shop.integrity_ok()
        count = shop.product_count()
        assert count in (0, ROWS)
        assert len(shop.categories()) in (0, 20)
        # The shop still works: an import after the crash goes through.
        from wizard.transfer import apply_import, read_products

        apply_import(shop, read_products("Nom;Prix\nAprès;1,00\n".encode()))
        assert shop.product_count() == count + 1

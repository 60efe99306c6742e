"""``echoppe build`` as a process: its summary and warnings reach the terminal, its status is right.

The command ends its process at once once the build is saved (``os._exit``, the build's objects
are not freed one by one): nothing it prints may be lost, through a pipe or a file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.site.shopdata import make_shop


def _build(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wizard", "build", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=300)


def test_a_build_prints_its_summary_and_warnings_then_exits_zero(tmp_path: Path) -> None:
    shop = tmp_path / "shop.echoppe"
    make_shop(shop, extra_products=220).close()  # a big build: two processes
    done = _build(str(shop), "--out", str(tmp_path / "site"))
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Built ") and "files written, 0 unchanged, 0 removed." in lines[0]
    assert (tmp_path / "site" / "index.html").is_file()

    again = _build(str(shop), "--out", str(tmp_path / "site"))  # a no-op: the same summary, nothing written
    assert again.returncode == 0 and "0 files written" in again.stdout.splitlines()[0]
    assert again.stderr.count("Warning:") == done.stderr.count("Warning:")

    with (tmp_path / "out.txt").open("w") as fh:  # to a file (block-buffered), as a script's log
        status = subprocess.run([sys.executable, "-m", "wizard", "build", str(shop), "--out", str(tmp_path / "b")],
                                cwd=REPO, stdout=fh, stderr=subprocess.DEVNULL, timeout=300).returncode
    assert status == 0 and (tmp_path / "out.txt").read_text().startswith("Built ")


def test_a_failed_build_says_why_and_exits_non_zero(tmp_path: Path) -> None:
    done = _build(str(tmp_path / "missing.echoppe"), "--out", str(tmp_path / "site"))
    assert done.returncode != 0 and done.stderr.startswith("echoppe: ")

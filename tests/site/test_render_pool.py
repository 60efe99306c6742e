"""Rendering on two processes (``wizard.site.render_pool``): records, failures and rebuilds.

Run in fresh interpreters: a fork is only made by a process with one thread.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.site.shopdata import make_shop

POOL = """
import json, os, sys
from dataclasses import dataclass
from pathlib import Path
from wizard.site.output import OutputFolder
from wizard.site.render_pool import make_outputs

@dataclass(frozen=True)
class Out:
    path: str
    fingerprint: str
    render: object

def page(n):
    def render():
        if sys.argv[2] == "fail" and n == 7:
            raise ValueError(f"page {n} cannot be made (in process {os.getpid()})")
        with open(sys.argv[1] + ".pids", "a") as log:  # who rendered it (O_APPEND: whole lines)
            log.write(f"{os.getpid()} {n}\\n")
        return f"page {n}".encode()
    return render

folder = OutputFolder(Path(sys.argv[1]), Path(sys.argv[1] + ".state"))
outputs = [Out(f"p/{n}.html", f"fp{n}", page(n)) for n in range(300)]
steps = []
try:
    used = make_outputs(folder, outputs, lambda done, path: steps.append(done), 2)
except ValueError as exc:
    print(json.dumps({"error": str(exc), "parent": os.getpid()}))
    raise SystemExit(0)
print(json.dumps({"used": used, "written": folder.written, "records": sorted(folder.current.files),
                  "sizes": sorted({r.size for r in folder.current.files.values()}), "steps": steps[-1]}))
"""


def _pool(tmp_path: Path, mode: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", POOL, str(tmp_path / "out"), mode], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_both_processes_write_and_every_record_comes_back_in_plan_order(tmp_path: Path) -> None:
    result = _pool(tmp_path, "ok")
    names = [f"p/{n}.html" for n in range(300)]
    assert result["used"] == 2
    assert result["written"] == names  # the child's share merged back in the plan's order
    assert result["records"] == sorted(names) and result["steps"] == 300
    assert sorted(p.name for p in (tmp_path / "out" / "p").iterdir()) == sorted(n.split("/")[1] for n in names)
    assert all((tmp_path / "out" / "p" / f"{n}.html").read_bytes() == f"page {n}".encode() for n in range(300))
    renders = [line.split() for line in (tmp_path / "out.pids").read_text().splitlines()]
    assert sorted(int(n) for _pid, n in renders) == list(range(300))  # each page rendered once
    by = {pid: sum(1 for p, _n in renders if p == pid) for pid, _n in renders}
    assert len(by) == 2 and min(by.values()) >= 300 // 10  # both processes took a fair part from the queue


def test_a_page_failing_in_the_child_fails_the_build_with_its_own_error(tmp_path: Path) -> None:
    result = _pool(tmp_path, "fail")
    assert str(result["error"]).startswith("page 7 cannot be made")
    assert str(result["error"]).endswith(f"(in process {result['parent']})")  # raised again here


def test_a_two_process_build_leaves_a_state_a_rebuild_trusts(tmp_path: Path) -> None:
    shop = tmp_path / "shop.echoppe"
    make_shop(shop, extra_products=250).close()
    out = tmp_path / "site"
    runs = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "wizard", "build", str(shop), "--out", str(out)], cwd=REPO,
                              env=dict(os.environ, ECHOPPE_LANG="en"), capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        runs.append(done.stdout)
    assert " 0 files written" not in runs[0]
    assert ": 0 files written" in runs[1] and " 0 removed" in runs[1], runs[1]

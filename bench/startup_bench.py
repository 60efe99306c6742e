"""Start-up time of the desktop app: from process start to the first page visible.

Each run starts a fresh Python process (``python -m wizard`` with ``ECHOPPE_STARTUP_MARK=exit``): the app
prints ``ECHOPPE_SHOWN <epoch>`` once the wizard window is exposed, then quits. The same is done for a
bare reference (import PySide6, QApplication, one QLabel shown), so the numbers can be compared on the
same machine in the same run. Target: the app's median under 1.5 s.

    .venv/bin/python bench/startup_bench.py [--runs 5] [--platform offscreen|xcb]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_S = 1.5

REFERENCE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Échoppe")
label.show()
def shown():
    print(f"ECHOPPE_SHOWN {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def _env(platform: str) -> dict[str, str]:
    home = Path(tempfile.mkdtemp(prefix="echoppe-bench-"))
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               QT_QPA_PLATFORM=platform, ECHOPPE_STARTUP_MARK="exit")
    return env


def time_once(argv: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds until the first page is shown, and until every page is built (None for the reference)."""
    start = time.time()
    out = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    marks = dict(line.split()[:2] for line in out.stdout.splitlines() if line.startswith("ECHOPPE_"))
    if "ECHOPPE_SHOWN" not in marks:
        raise RuntimeError(f"no start-up mark from {argv[:3]}: {out.stderr[-500:]}")
    ready = float(marks["ECHOPPE_READY"]) - start if "ECHOPPE_READY" in marks else None
    return float(marks["ECHOPPE_SHOWN"]) - start, ready


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    env = _env(args.platform)
    app_cmd = [sys.executable, "-m", "wizard"]
    ref_cmd = [sys.executable, "-c", REFERENCE]
    time_once(app_cmd, env)  # warm the file cache once; not counted
    app_times, ref_times, ready_times = [], [], []
    for _ in range(args.runs):
        ref_times.append(time_once(ref_cmd, env)[0])
        shown, ready = time_once(app_cmd, env)
        app_times.append(shown)
        ready_times.append(ready or shown)
    app_median = statistics.median(app_times)
    ref_median = statistics.median(ref_times)
    print(f"platform: {args.platform}, runs: {args.runs}")
    print(f"bare PySide6 window : median {ref_median:.3f} s (min {min(ref_times):.3f}, max {max(ref_times):.3f})")
    print(f"Échoppe first page  : median {app_median:.3f} s (min {min(app_times):.3f}, max {max(app_times):.3f})")
    print(f"Échoppe's own cost  : {app_median - ref_median:+.3f} s over the bare window")
    print(f"every page built    : median {statistics.median(ready_times):.3f} s (the later pages are added "
          "right after the first one is on screen)")
    verdict = "OK" if app_median < TARGET_S else "TOO SLOW"
    print(f"target < {TARGET_S} s: {verdict}")
    return 0 if app_median < TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())

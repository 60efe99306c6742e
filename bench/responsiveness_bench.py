"""GUI responsiveness while the publish page builds and publishes a 1,000-product shop to a real sshd.

A 20 ms precise ``QTimer`` on the GUI thread measures the longest gap between two ticks while the
Publish button's whole job runs (build with 100 photos, connect, send over 1,000 files). An idle process
beside it (sleeping 20 ms at a time) shows when the machine itself gave no CPU to anyone: the report
gives the raw longest gap, the machine's longest stall, and the longest gap not explained by the
machine, per stage. A sampler thread records what the worker threads were doing right after each long
gap, so a stall caused by the app can be traced (``--sample``: Python 3.11's ``sys._current_frames``
can crash the interpreter while another thread is importing, so it is off by default). No limit is enforced: this is a figure, not a test
(the suite's ``tests/ui/test_gui_thread.py`` checks that the work never runs on the GUI thread).

    sudo .venv/bin/python bench/responsiveness_bench.py              # run as root: sshd users, chroot
    .venv/bin/python bench/responsiveness_bench.py --products 300 --runs 3
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from types import FrameType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="echoppe-bench-home-"))
for _var, _sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                   ("XDG_CACHE_HOME", ".cache")):
    (_HOME / _sub).mkdir(parents=True, exist_ok=True)
    os.environ[_var] = str(_HOME / _sub)

from PIL import Image  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.support.sshd import PASSWORD, start_sshd, stop_sshd  # noqa: E402
from wizard.domain.model import ImageRef, Product, ShopIdentity  # noqa: E402
from wizard.publish.hostkeys import KnownHosts  # noqa: E402
from wizard.store.shopfile import ShopFile  # noqa: E402
from wizard.ui.pages.publish import PublishPage  # noqa: E402
from wizard.ui.session import ShopSession  # noqa: E402

TICK_MS = 20
LONG_GAP_MS = 60  # gaps longer than this get their worker stacks reported

_PROBE = """
import json, pathlib, sys, time
ticks = [time.perf_counter()]
end = ticks[0] + float(sys.argv[1])
try:
    while ticks[-1] < end:
        time.sleep(0.02)
        ticks.append(time.perf_counter())
except KeyboardInterrupt:
    pass
pathlib.Path(sys.argv[2]).write_text(json.dumps(ticks))
"""


def _photo(i: int) -> bytes:
    img = Image.new("RGB", (900, 700), ((i * 37) % 255, (i * 91) % 255, (i * 53) % 255))
    for x in range(0, 900, 60):
        img.paste((255 - x % 255, x % 255, 128), (x, 0, x + 20, 700))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85)
    return buf.getvalue()


class Sampler:
    """Every 5 ms, the innermost frames of every thread but the GUI one (the GIL permitting)."""

    def __init__(self) -> None:
        self.samples: list[tuple[float, list[str]]] = []
        self._stop = threading.Event()
        self._gui = threading.main_thread().ident
        self._thread = threading.Thread(target=self._run, name="bench-sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        me = threading.get_ident()
        while not self._stop.wait(0.005):
            now = time.perf_counter()
            where = []
            for ident, frame in sys._current_frames().items():
                if ident in (me, self._gui):
                    continue
                names = []
                f: FrameType | None = frame
                while f is not None and len(names) < 3:
                    names.append(f"{Path(f.f_code.co_filename).name}:{f.f_lineno} {f.f_code.co_name}")
                    f = f.f_back
                where.append(" < ".join(names))
            self.samples.append((now, where))

    def after(self, t: float) -> list[str]:
        """What the other threads were doing at the first sample taken after ``t``."""
        for when, where in self.samples:
            if when >= t:
                return where
        return []


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def run_once(page: PublishPage, shop: ShopFile, server, attempt: int, tmp: Path,
             sample: bool) -> dict[str, object]:
    remote, _real = server.jail_folder(f"bench-{attempt}-{os.getpid()}")
    shop.save_settings(server.jail_target(remote), replace(shop.shop().identity, name=f"Bench {attempt}"))
    page.initializePage()
    page.password_edit.setText(PASSWORD)
    probe_file = tmp / f"probe-{attempt}.json"
    probe = subprocess.Popen([sys.executable, "-c", _PROBE, "300", str(probe_file)])
    spans: list[tuple[float, float]] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        spans.append((last[0], now))
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    stages: list[tuple[str, float]] = []
    sampler = Sampler()
    if sample:
        sampler.start()
    timer.start()
    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)
    loop.exec()
    t0 = time.perf_counter()
    page.publish_button.click()
    page._worker.stage.connect(lambda s: stages.append((s, time.perf_counter())))
    done = QEventLoop()
    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(lambda: None if page.busy else done.quit())
    poll.start()
    done.exec()
    poll.stop()
    total = time.perf_counter() - t0
    timer.stop()
    if sample:
        sampler.stop()
    probe.send_signal(signal.SIGINT)
    probe.wait(timeout=30)
    ticks = json.loads(probe_file.read_text())
    stalls = [(a, b) for a, b in itertools.pairwise(ticks) if b - a > 0.04]
    machine_ms = max(b - a for a, b in itertools.pairwise(ticks)) * 1000
    if page.last_error is not None:
        raise SystemExit(f"publish failed: {page.error_label.text()}")

    def stage_at(t: float) -> str:
        current = "before"
        for name, when in stages:
            if when <= t:
                current = name
        return current

    per_stage: dict[str, float] = {}
    ours_per_stage: dict[str, float] = {}
    culprits: Counter[str] = Counter()
    for a, b in spans:
        if a < t0:
            continue
        stage = stage_at(a)
        gap = (b - a) * 1000
        ours = gap - sum(_overlap(a, b, s0, s1) for s0, s1 in stalls) * 1000
        per_stage[stage] = max(per_stage.get(stage, 0.0), gap)
        ours_per_stage[stage] = max(ours_per_stage.get(stage, 0.0), ours)
        if ours > LONG_GAP_MS:
            for where in sampler.after(b - 0.002):
                culprits[f"[{stage}] {where}"] += 1
    gaps = [(b - a) * 1000 for a, b in spans if a >= t0]
    return {
        "seconds": round(total, 1),
        "files_sent": page.last_outcome.finished.sent if page.last_outcome and page.last_outcome.finished else 0,
        "ticks": len(gaps),
        "longest_gap_ms": round(max(gaps), 1),
        "gap_to_tick_ratio": round(max(gaps) / TICK_MS, 2),
        "machine_stall_ms": round(machine_ms, 1),
        "longest_gap_per_stage_ms": {k: round(v, 1) for k, v in per_stage.items()},
        "not_explained_by_machine_per_stage_ms": {k: round(v, 1) for k, v in ours_per_stage.items()},
        "threads_after_long_gaps": culprits.most_common(8),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=1_000)
    parser.add_argument("--image-every", type=int, default=10)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--sample", action="store_true", help="report what other threads did after long gaps")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="echoppe-resp-"))
    server = start_sshd()
    try:
        shop = ShopFile.create(tmp / "big.echoppe", ShopIdentity(name="Bench", language="fr",
                                                                 email="contact@example.fr"))
        keys = [shop.add_image(_photo(i)).key for i in range(max(1, args.products // args.image_every))]
        shop.add_products(
            Product(name=f"Article {i:04d}", price=Decimal("9.90") + i % 50, description=f"Article **{i}**.",
                    images=(ImageRef(key=keys[i // args.image_every], alt=f"Article {i}"),)
                    if i % args.image_every == 0 else ())
            for i in range(args.products)
        )
        server.trust(KnownHosts())
        session = ShopSession()
        session.attach(shop)
        page = PublishPage(session)
        page.initializePage()
        page.show()
        for attempt in range(args.runs):
            print(json.dumps(run_once(page, shop, server, attempt, tmp, args.sample), indent=1, ensure_ascii=False))
        session.close()
    finally:
        stop_sshd(server)
    del app


if __name__ == "__main__":
    main()

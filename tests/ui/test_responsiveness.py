"""The GUI never freezes: a 1,000-product build and publish run while a 20 ms timer measures the event loop."""

from __future__ import annotations

import io
import itertools
import json
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from decimal import Decimal

from PIL import Image
from PySide6.QtCore import Qt, QTimer

from tests.support.sshd import PASSWORD
from tests.ui.test_publish_helpers import fresh_known_hosts_fixture, site_files, wait_idle  # noqa: F401
from wizard.domain.model import ImageRef, Product, ShopIdentity
from wizard.publish import KnownHosts
from wizard.store.shopfile import ShopFile
from wizard.ui.pages.publish import PublishPage
from wizard.ui.session import ShopSession

PRODUCTS = 1_000
WITH_IMAGE_EVERY = 10  # one product in ten has its own photo
TICK_MS = 20
MAX_GAP_MS = 100


def _photo(i: int) -> bytes:
    img = Image.new("RGB", (900, 700), ((i * 37) % 255, (i * 91) % 255, (i * 53) % 255))
    for x in range(0, 900, 60):  # some structure, so the encoder has work to do
        img.paste((255 - x % 255, x % 255, 128), (x, 0, x + 20, 700))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85)
    return buf.getvalue()


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


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


class GapMeter:
    """A precise GUI-thread timer: records the longest time between two ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.gaps: list[float] = []
        self.spans: list[tuple[float, float]] = []

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.spans.append((self.last, now))
        self.last = now

    @property
    def max_gap_ms(self) -> float:
        return max(self.gaps) * 1000

    def max_gap_not_explained_ms(self, probe_ticks: list[float]) -> float:
        """Longest GUI gap once the time the whole machine was stalled is taken out of it.

        A separate process sleeping 20 ms at a time (the probe) shows when the machine itself gave no
        CPU to anyone (other programs, other test runs): what remains of a GUI gap is the app's doing.
        """
        stalls = [(a, b) for a, b in itertools.pairwise(probe_ticks) if b - a > 0.04]
        worst = 0.0
        for a, b in self.spans:
            machine = sum(_overlap(a, b, s0, s1) for s0, s1 in stalls)
            worst = max(worst, (b - a) - machine)
        return worst * 1000


@dataclass(frozen=True)
class Run:
    total_s: float
    sent: int
    files_on_server: int
    ticks: int
    gap_ms: float  # the longest gap between two ticks of the GUI timer
    machine_ms: float  # the longest stall an idle process beside it saw
    ours_ms: float  # the longest gap once the machine's stalls are taken out
    report: str

    @property
    def quiet_machine(self) -> bool:
        return self.machine_ms < MAX_GAP_MS / 2

    @property
    def ok(self) -> bool:
        return self.ours_ms < MAX_GAP_MS and (self.gap_ms < MAX_GAP_MS or not self.quiet_machine)


def _build_and_publish(qtbot, tmp_path, page, real, attempt: int) -> Run:
    """Click Publish with the timer and the idle probe running; wait for the end."""
    stages: dict[str, float] = {}
    probe_file = tmp_path / f"probe-{attempt}.json"
    probe = subprocess.Popen([sys.executable, "-c", _PROBE, "120", str(probe_file)])
    meter = GapMeter()
    meter.start()
    qtbot.wait(200)
    t0 = time.perf_counter()
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    page._worker.stage.connect(lambda s: stages.setdefault(s, time.perf_counter() - t0))
    wait_idle(qtbot, page, timeout=90_000)
    total = time.perf_counter() - t0
    qtbot.wait(100)
    meter.stop()
    probe.send_signal(signal.SIGINT)
    probe.wait(timeout=30)
    probe_ticks = json.loads(probe_file.read_text())
    machine_ms = max(b - a for a, b in itertools.pairwise(probe_ticks)) * 1000
    assert page.last_error is None, page.error_label.text()
    sent = page.last_outcome.finished.sent
    worst_at = max(meter.spans, key=lambda ab: ab[1] - ab[0])[0] - t0
    report = (f"{PRODUCTS} products: build + publish of {sent} files in {total:.1f} s (stages began at: "
              + ", ".join(f"{k} {v:.1f} s" for k, v in stages.items())
              + f"); {len(meter.gaps)} ticks of {TICK_MS} ms, longest gap {meter.max_gap_ms:.0f} ms at "
              f"{worst_at:.1f} s (an idle process beside it saw {machine_ms:.0f} ms; longest gap not "
              f"explained by the machine: {meter.max_gap_not_explained_ms(probe_ticks):.0f} ms)")
    return Run(total, sent, len(site_files(real)), len(meter.gaps), meter.max_gap_ms, machine_ms,
               meter.max_gap_not_explained_ms(probe_ticks), report)


def test_event_loop_never_stalls_during_a_1000_product_build_and_publish(
        qtbot, tmp_path, sshd_server, fresh_known_hosts):
    shop = ShopFile.create(tmp_path / "big.echoppe", ShopIdentity(name="Grande Échoppe", language="fr",
                                                                  email="contact@example.fr"))
    keys = [shop.add_image(_photo(i)).key for i in range(PRODUCTS // WITH_IMAGE_EVERY)]
    shop.add_products(
        Product(name=f"Article {i:04d}", price=Decimal("9.90") + i % 50, description=f"Article **{i}**.",
                images=(ImageRef(key=keys[i // WITH_IMAGE_EVERY], alt=f"Article {i}"),)
                if i % WITH_IMAGE_EVERY == 0 else ())
        for i in range(PRODUCTS)
    )
    sshd_server.trust(KnownHosts())
    session = ShopSession()
    session.attach(shop)
    page = PublishPage(session)
    qtbot.addWidget(page)
    page.initializePage()
    page.show()
    page.password_edit.setText(PASSWORD)

    runs: list[Run] = []
    try:
        # A busy machine (other programs) can stall any process: then measure once more, with every
        # page changed (a new name) and sent to a new folder. On a quiet machine one run decides.
        for attempt in range(2):
            remote, real = sshd_server.jail_folder(f"big-{attempt}")
            shop.save_settings(sshd_server.jail_target(remote),
                               replace(shop.shop().identity, name=f"Grande Échoppe {attempt + 1}"))
            page.initializePage()
            page.password_edit.setText(PASSWORD)
            run = _build_and_publish(qtbot, tmp_path, page, real, attempt)
            runs.append(run)
            print("\n" + run.report)
            assert run.sent == run.files_on_server > PRODUCTS
            assert run.ticks > run.total_s * 1000 / TICK_MS / 2, "the timer hardly ran"
            if run.ok or run.quiet_machine:
                break
    finally:
        session.close()
    final = runs[-1]
    assert final.ours_ms < MAX_GAP_MS, [r.report for r in runs]
    if final.quiet_machine:  # as on CI: the raw gap itself must be short
        assert final.gap_ms < MAX_GAP_MS, [r.report for r in runs]

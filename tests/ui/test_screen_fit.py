"""Windows fit the screen: the Orders window and the product editor on small virtual screens (Qt's offscreen
platform with a configured screen, in a child process), and the sizing rule itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize

from wizard.ui.widgets.screen_fit import DECORATIONS, fitted_position, fitted_size

ROOT = Path(__file__).resolve().parents[2]


def test_a_preferred_size_that_fits_is_kept() -> None:
    assert fitted_size(QSize(1100, 720), QSize(1920, 1040)) == QSize(1100, 720)


def test_a_1280x720_screen_with_its_task_bar_shrinks_the_window_to_the_free_area() -> None:
    available = QSize(1280, 680)  # 40 px of task bar
    size = fitted_size(QSize(1180, 720), available)
    assert size == QSize(1180, 680 - DECORATIONS.height())
    assert (size + DECORATIONS).height() <= available.height()  # with its title bar: inside


def test_a_minimum_is_kept_unless_the_screen_is_smaller_still() -> None:
    assert fitted_size(QSize(600, 400), QSize(1920, 1080), minimum=QSize(760, 480)) == QSize(760, 480)
    assert fitted_size(QSize(1100, 720), QSize(700, 500), minimum=QSize(760, 480)) == QSize(684, 460)


def test_the_window_is_placed_inside_the_free_area() -> None:
    available = QRect(0, 32, 1280, 688)  # a panel at the top
    corner = fitted_position(QSize(1100, 648), available)
    assert corner.y() >= 32 and corner.x() >= 0
    assert corner.y() + 648 + DECORATIONS.height() <= 32 + 688


def _open_on_screen(tmp_path: Path, width: int, height: int, lang: str) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "small", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    run = subprocess.run([sys.executable, "-m", "tests.ui.screen_fit_child", str(tmp_path / "shop.echoppe"), lang],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def _inside(rect: list[int], area: list[int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah


@pytest.mark.parametrize(("width", "height", "lang"), [(1280, 720, "en"), (1280, 720, "fr"), (1024, 600, "fr")])
def test_the_orders_window_and_the_product_editor_fit_a_small_screen(tmp_path, width, height, lang) -> None:
    seen = _open_on_screen(tmp_path, width, height, lang)
    assert seen["available"] == [0, 0, width, height]
    for window in ("orders", "editor"):
        assert _inside(seen[window], seen["available"]), (window, seen)  # title bar and borders included
    # the frame leaves room for real decorations (a title bar is taller than the offscreen platform's)
    assert seen["orders"][3] <= height - DECORATIONS.height() + 4
    assert seen["editor"][3] <= height - DECORATIONS.height() + 4


def test_on_a_large_screen_they_keep_their_preferred_size(tmp_path) -> None:
    seen = _open_on_screen(tmp_path, 1920, 1080, "en")
    assert seen["orders"][2:] == [1180 + 4, 720 + 4]  # the offscreen platform's frame: 2 px each side
    assert seen["editor"][2:] == [760 + 4, 720 + 4]

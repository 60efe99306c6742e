"""Screenshots of the Statistics window, in French and in English (and one on a dark desktop), into ``docs/screenshots/``.

Makes a small shop, opens the wizard on it, clicks its "Statistics" button (the empty state), then reads
a real-looking generated access log of 200 days through the window's own "Read a log file…" path (the
engine counts it, as ``echoppe stats --log`` does) and saves ``<lang>-stats-<n>-<view>.png``: the empty
window, the last 30 days, the last 365 days; ``dark-<lang>-stats-1-overview.png`` with ``--dark``.
Runs under Xvfb like ``scripts/orders_screenshots.py``.

    .venv/bin/python scripts/stats_screenshots.py [--out docs/screenshots] [--lang fr en] [--dark]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from ui_screenshots import _isolate_home, _save, dark_palette  # noqa: E402

LAST = dt.date(2026, 12, 3)
PRODUCTS = {
    "fr": (("miel-lavande", "Miel de lavande", 6), ("confiture-figues", "Confiture de figues", 4),
           ("sirop-sureau", "Sirop de sureau", 2), ("nougat", "Nougat aux amandes", 2),
           ("coffret-cadeau", "Coffret cadeau gourmand", 1)),
    "en": (("lavender-honey", "Lavender honey", 6), ("fig-jam", "Fig jam", 4),
           ("elderflower-syrup", "Elderflower syrup", 2), ("nougat", "Almond nougat", 2),
           ("gift-box", "Gourmet gift box", 1)),
}
SEARCHES = {"fr": ("miel", "confiture figues", "cadeau", "nougat", "miel lavande"),
            "en": ("honey", "fig jam", "gift", "nougat", "lavender honey")}


def make_shop(path: Path, lang: str) -> Path:
    from wizard.domain.model import Product, PublishTarget, ShopIdentity
    from wizard.store.shopfile import ShopFile

    with ShopFile.create(path, ShopIdentity(name="Les Bocaux de Léa" if lang == "fr" else "Lea's Jars",
                                            language=lang, email="lea@bocaux-de-lea.fr")) as shop:
        shop.save_settings(PublishTarget(public_url="https://boutique.example/"))
        shop.add_products([Product(name=name, slug=slug, price=Decimal("6.90")) for slug, name, _w in PRODUCTS[lang]])
    return path


def make_log(path: Path, lang: str) -> Path:
    from tests.ui.statslog import shop_log

    lines, _expected = shop_log(LAST, 200, {slug: w for slug, _n, w in PRODUCTS[lang]}, seed=7,
                                searches=SEARCHES[lang])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def shoot(lang: str, out: Path, home: Path, dark: bool) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wizard.ui.app import AppController, configure_application
    from wizard.ui.i18n import install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if dark:
        app.setPalette(dark_palette())  # the desktop's theme, before the app sets itself up
    configure_application(app)
    install_language(lang)
    prefix = "dark-" if dark else ""
    path = make_shop(home / f"stats-{lang}.echoppe", lang)
    log = make_log(home / "boutique.example-ssl_log-Dec-2026", lang)
    controller = AppController()
    window = controller.build_window()
    window.resize(1180, 760)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.welcome_page.open_existing(path)
    QTest.qWait(100)
    window.stats.button.click()
    stats = window.stats.window
    assert stats is not None
    stats.resize(1200, 680)  # a 1280×720 screen, less its panels
    QTest.qWaitForWindowExposed(stats)
    if not dark:
        _save(stats, out / f"{lang}-stats-3-empty.png")
    panel = stats.logs_panel
    panel.read_files([log])
    while panel.busy:
        QTest.qWait(50)
    for _ in range(3):  # the charts' axes settle after a first paint
        stats.grab()
        QTest.qWait(50)
    _save(stats, out / f"{prefix}{lang}-stats-1-overview.png")
    if not dark:
        stats.set_period(365)
        for _ in range(3):
            stats.grab()
            QTest.qWait(50)
        _save(stats, out / f"{lang}-stats-2-year.png")
    stats.close()
    stats.deleteLater()
    window.hide()
    controller.session.close()
    QTest.qWait(50)


def _reexec_under_xvfb(argv: list[str]) -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("xvfb-run is missing: apt-get install xvfb libxcb-icccm4 libxcb-keysyms1", file=sys.stderr)
        return 1
    return subprocess.call([xvfb, "-a", "-s", "-screen 0 1280x900x24", "env", "QT_QPA_PLATFORM=xcb",
                            sys.executable, __file__, "--inner", *argv])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["fr", "en"])
    parser.add_argument("--dark", action="store_true", help="as on a dark desktop theme")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args, _rest = parser.parse_known_args()
    if not args.inner and os.environ.get("QT_QPA_PLATFORM") != "offscreen" and not os.environ.get("DISPLAY"):
        return _reexec_under_xvfb([a for a in sys.argv[1:] if a != "--inner"])
    home = _isolate_home()
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in args.lang:
        shoot(lang, args.out.resolve(), home, args.dark)
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

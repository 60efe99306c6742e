"""Screenshots of every wizard page, in French and in English, into ``docs/screenshots/``.

Runs the real app under Xvfb (started by itself through ``xvfb-run`` when there is no display), walks
a new shop through the wizard as a person would, and saves each page as ``<lang>-<nn>-<page>.png``
(palette PNGs, to keep the repository small). The window is 1280×720, the size the app must fit.
``--dark`` first gives the app a dark palette, as a dark desktop theme does, and names the files
``dark-<lang>-<nn>-<page>.png``: the app must stay readable there too.

    .venv/bin/python scripts/ui_screenshots.py [--out docs/screenshots] [--lang fr en] [--dark]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _reexec_under_xvfb(argv: list[str]) -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("xvfb-run is missing: apt-get install xvfb libxcb-icccm4 libxcb-keysyms1", file=sys.stderr)
        return 1
    cmd = [xvfb, "-a", "-s", "-screen 0 1280x720x24", "env", "QT_QPA_PLATFORM=xcb", sys.executable,
           __file__, "--inner", *argv]
    return subprocess.call(cmd)


def _isolate_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="echoppe-shots-"))
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(home / sub)
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    os.environ.pop("ECHOPPE_LANG", None)
    return home


def _save(widget, path: Path) -> None:
    from PIL import Image
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    raw = path.with_suffix(".raw.png")
    widget.grab().save(str(raw), "PNG")
    with Image.open(raw) as image:
        image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    raw.unlink()
    print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)


WINDOW = (1280, 720)
DARK = {  # roughly what a dark GNOME or KDE theme hands to a Qt app
    "Window": "#202124", "WindowText": "#e8eaed", "Base": "#2b2c2f", "AlternateBase": "#323336",
    "Text": "#e8eaed", "Button": "#303134", "ButtonText": "#e8eaed", "ToolTipBase": "#3c4043",
    "ToolTipText": "#e8eaed", "PlaceholderText": "#9aa0a6", "Highlight": "#8ab4f8",
    "HighlightedText": "#202124", "Link": "#8ab4f8", "Light": "#5f6368", "Mid": "#3c4043",
    "Dark": "#17181a",
}


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


def shoot(lang: str, out: Path, home: Path, dark: bool = False) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wizard.ui.app import AppController, configure_application
    from wizard.ui.i18n import install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if dark:
        app.setPalette(dark_palette())  # the desktop's theme, before the app sets itself up
    configure_application(app)
    install_language(lang)
    controller = AppController()
    window = controller.build_window()
    window.resize(*WINDOW)
    window.show()
    QTest.qWaitForWindowExposed(window)
    french = lang == "fr"
    name = "Les Bocaux de Léa" if french else "Lea's Jars"
    welcome = window.welcome_page
    welcome.name_edit.setText(name)
    welcome.path_edit.setText(str(home / f"shots-{lang}.echoppe"))
    n = 1

    def snap(slug: str, widget=None, numbered: bool = True) -> None:
        """Save ``<lang>-<nn>-<slug>.png`` (or ``<lang>-<slug>.png`` for an extra view of a page)."""
        nonlocal n
        QTest.qWait(120)
        number = f"{n:02d}-" if numbered else ""
        _save(widget or window, out / f"{'dark-' if dark else ''}{lang}-{number}{slug}.png")
        n += int(numbered)

    snap("welcome")
    window.next()
    window.niche_page.select_niche("local-food")
    snap("niche")
    window.next()
    shop = window.shop_page
    shop.tagline_edit.setText("Confitures et conserves de saison, faites à Die" if french
                              else "Seasonal jams and preserves, made in Die")
    shop.email_edit.setText("lea@bocaux-de-lea.fr")
    shop.phone_edit.setText("06 12 34 56 78")
    shop.owner_edit.setText("Léa Martin")
    shop.address_edit.setPlainText("12 rue des Tilleuls\n26150 Die")
    shop.siret_edit.setText("73282932000074")
    shop.mediator_edit.setText("CM2C")
    shop.autosave.flush()
    snap("shop")
    window.toggle_help()  # F1: the page's detailed help (SIRET, mediator, host, VAT franchise)
    snap("shop-help", numbered=False)  # numbered shots keep their names
    window.toggle_help()
    scroll = shop.siret_edit.parentWidget()
    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(shop.mediator_url_edit, 0, 40)
        snap("shop-legal")
    window.next()
    snap("products")
    products = window.products_page
    editor = products.edit_row(0)
    if editor is not None:
        QTest.qWait(150)  # at the size it opens with
        snap("product-editor", editor)
        editor.reject()
    csv = home / f"import-{lang}.csv"
    csv.write_text(
        "Nom;Prix;Stock;Catégorie\nMiel de châtaignier;9,50;12;Miels\nConfiture de figues;douze;4;Confitures\n"
        "Pâte de coings;7,20;-3;Douceurs\nSirop de sureau;8,90;10;Sirops\n", encoding="utf-8")
    dialog = products.import_dialog(csv)
    if dialog is not None:
        dialog.show()
        QTest.qWait(150)
        snap("import-preview", dialog)
        dialog.reject()
    window.next()
    snap("selling")
    if window.needs_shipping():
        window.next()
        snap("shipping")
    window.next()
    snap("look")
    window.next()
    snap("publish")
    publish = window.publish_page
    publish.scroll_area.ensureWidgetVisible(publish.host_identity, 0, 20)  # who hosts it, chosen from a list
    snap("publish-host", numbered=False)
    window.flush()
    window.hide()
    controller.session.close()
    QTimer.singleShot(0, lambda: None)


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
    prefix = "dark-" if args.dark else ""
    for lang in args.lang:
        for old in args.out.glob(f"{prefix}{lang}-[0-9][0-9]-*.png"):
            old.unlink()  # the page list may have changed
        shoot(lang, args.out.resolve(), home, dark=args.dark)
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

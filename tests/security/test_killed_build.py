"""Finding 11: a build killed half-way never leaves a state that claims stale pages are current."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.site.shopdata import make_shop
from wizard.domain.model import ShopIdentity
from wizard.site import build_site
from wizard.store.shopfile import ShopFile

REPO = Path(__file__).resolve().parents[2]

KILLED_BUILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from wizard.site import build_site
    from wizard.store.shopfile import ShopFile

    def die(progress):
        if progress.done >= 50:
            os._exit(9)  # as abrupt as kill -9: no cleanup, no state saved

    with ShopFile.open(Path(sys.argv[1])) as shop:
        build_site(shop, Path(sys.argv[2]), progress=die)
""")


def _tagline(path: Path, text: str) -> None:
    with ShopFile.open(path) as shop:
        identity = shop.shop().identity
        shop.save_settings(ShopIdentity(**{**identity.__dict__, "tagline": text}))


def test_revert_after_a_killed_build_rewrites_the_stale_pages(tmp_path):
    path = tmp_path / "shop.echoppe"
    make_shop(path, extra_products=120).close()
    out = tmp_path / "site"
    _tagline(path, "Original tagline")
    with ShopFile.open(path) as shop:
        build_site(shop, out)
    _tagline(path, "Reverted tagline")
    child = subprocess.run([sys.executable, "-c", KILLED_BUILD, str(path), str(out)], cwd=REPO,
                           capture_output=True, text=True)
    assert child.returncode == 9, child.stderr
    stale = [p for p in out.rglob("*.html") if "Reverted tagline" in p.read_text(encoding="utf-8")]
    assert stale  # the killed build did rewrite some pages
    _tagline(path, "Original tagline")
    with ShopFile.open(path) as shop:
        report = build_site(shop, out)
    assert report.written
    left = [str(p) for p in out.rglob("*") if p.is_file() and b"Reverted tagline" in p.read_bytes()]
    assert left == []


def test_temporary_files_of_a_killed_image_step_are_swept_and_never_published(tmp_path, capsys):
    from wizard.cli import main

    path = tmp_path / "shop.echoppe"
    make_shop(path).close()
    out = tmp_path / "site"
    assert main(["build", str(path), "--out", str(out)]) == 0
    leftovers = [out / "img" / ".tmp-4242-139871-abcdef012345-640.webp", out / ".index.html.4242-1398.part"]
    for leftover in leftovers:
        leftover.write_bytes(b"half")
    mine = out / ".tmp-notes"  # not one of our names: kept
    mine.write_text("mine", encoding="utf-8")
    assert main(["build", str(path), "--out", str(out)]) == 0
    assert not any(p.exists() for p in leftovers)
    assert mine.exists()
    capsys.readouterr()

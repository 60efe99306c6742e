"""The same shop built twice gives the same bytes: two folders, two processes, two moments.

Each build runs ``echoppe build`` as a user does, in its own process with its own string-hash seed
(set and dict-of-str order), time zone, locale, image cache and start time, so that a timestamp, an
iteration order or an image encoder that varies would show as a differing file.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from tests.conftest import REPO
from tests.site.shopdata import make_shop, small_jpeg
from wizard.domain.model import ImageRef
from wizard.store import ShopFile


def _build(shop: Path, out: Path, *, seed: str, tz: str, lang: str, home: Path) -> None:
    env = dict(os.environ, PYTHONHASHSEED=seed, TZ=tz, ECHOPPE_LANG=lang, XDG_CACHE_HOME=str(home / "cache"),
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    done = subprocess.run([sys.executable, "-m", "wizard", "build", str(shop), "--out", str(out)], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_builds_are_identical_byte_for_byte(tmp_path: Path) -> None:
    shop_path = tmp_path / "shop.echoppe"
    with make_shop(shop_path, extra_products=30) as shop:
        for i, product in enumerate(shop.products()[:6]):  # several real pictures: every size, WebP and JPEG
            image = shop.add_image(small_jpeg((40 * i, 200 - 20 * i, 90), (900 + 37 * i, 700)))
            shop.update_product(replace(product, images=(ImageRef(key=image.key, alt=f"Photo {i}"),)))
    first, second = tmp_path / "first", tmp_path / "second"
    _build(shop_path, first, seed="1", tz="UTC", lang="en", home=tmp_path / "home-1")
    time.sleep(1.1)  # the second build starts in another second (a timestamp would differ)
    _build(shop_path, second, seed="2", tz="Pacific/Auckland", lang="fr", home=tmp_path / "home-2")

    one, two = _files(first), _files(second)
    assert len(one) > 60 and any(name.endswith(".webp") for name in one)
    assert sorted(one) == sorted(two)
    differing = [name for name in one if one[name] != two[name]]
    assert differing == []


def test_a_rebuild_into_a_used_folder_equals_a_fresh_build(tmp_path: Path) -> None:
    """The incremental path (fingerprints, kept files) ends with the same bytes as a build from nothing."""
    shop_path = tmp_path / "shop.echoppe"
    make_shop(shop_path, extra_products=5).close()
    used, fresh = tmp_path / "used", tmp_path / "fresh"
    _build(shop_path, used, seed="3", tz="UTC", lang="en", home=tmp_path / "home")
    with ShopFile.open(shop_path) as shop:
        product = shop.products()[0]
        shop.update_product(replace(product, name=product.name + " bis"))
    _build(shop_path, used, seed="4", tz="UTC", lang="en", home=tmp_path / "home")
    _build(shop_path, fresh, seed="5", tz="America/Lima", lang="fr", home=tmp_path / "home-2")
    assert _files(used) == _files(fresh)


# Builds the shop given in a fresh interpreter (one thread: the pages may be rendered on two cores)
# with the number of processes asked, with or without the layout's fragment cache, and prints how
# many processes rendered.
BUILD_IN_PROCESS = """
import sys
from pathlib import Path
import wizard.site.build as build
from wizard.store import ShopFile
shop_path, out, workers, fragments = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "on"
if not fragments:
    make = build.make_environment
    def without_cache(*args, **kwargs):
        env = make(*args, **kwargs)
        env.fragment_cache = None
        return env
    build.make_environment = without_cache
with ShopFile.open(shop_path) as shop:
    print(build.build_site(shop, Path(out), workers=workers).processes)
"""


def _build_with(shop: Path, out: Path, workers: int, fragments: str, home: Path) -> int:
    env = dict(os.environ, XDG_CACHE_HOME=str(home / "cache"))
    done = subprocess.run([sys.executable, "-c", BUILD_IN_PROCESS, str(shop), str(out), str(workers), fragments],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return int(done.stdout.split()[-1])


def test_two_processes_and_the_fragment_cache_give_the_bytes_of_a_plain_one_process_build(tmp_path: Path) -> None:
    shop_path = tmp_path / "shop.echoppe"
    with make_shop(shop_path, extra_products=250) as shop:  # over 200 outputs: a big build's two processes
        for product in shop.products():
            if not product.description:
                shop.update_product(replace(product, description=f"Une **{product.name}**.\n\n- bleue"))
        texts = {p.description for p in shop.products(published_only=True) if p.description_format != "html"}
        texts |= {shop.shop().identity.about, *(c.description for c in shop.categories())} - {""}
    plain, parallel, warm = tmp_path / "plain", tmp_path / "parallel", tmp_path / "warm"
    assert _build_with(shop_path, plain, 1, "off", tmp_path / "home-1") == 1
    assert _build_with(shop_path, parallel, 2, "on", tmp_path / "home-2") == 2
    # Both processes kept the descriptions' HTML they rendered; a build into a new folder takes it.
    (kept,) = (tmp_path / "home-2" / "cache" / "echoppe" / "texts").glob("markdown-*.sqlite")
    with sqlite3.connect(kept) as db:
        assert db.execute("SELECT count(*) FROM html").fetchone()[0] == len(texts) > 250
    assert _build_with(shop_path, warm, 2, "on", tmp_path / "home-2") == 2
    one, two, three = _files(plain), _files(parallel), _files(warm)
    assert len(one) > 250 and sorted(one) == sorted(two) == sorted(three)
    assert [name for name in one if one[name] != two[name] or one[name] != three[name]] == []

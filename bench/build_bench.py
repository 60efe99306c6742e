#!/usr/bin/env python3
"""Build benchmark: the site generator against a plain jinja2 loop, no-op and one-price rebuilds.

For each size (products, no images) it reports in one run:

* ``build``: a full :func:`wizard.site.build_site` into an empty folder (reading the shop, planning,
  fingerprints, every page, sitemap/feed/search index, atomic writes);
* ``floor``: a plain loop that renders the same product and listing pages (categories and "all
  products", both ``category.html``) with the same templates and the same contexts (prepared
  beforehand, not timed) and writes them with ``write_bytes``;
* ``no-op``: building again with nothing changed, with the shop still open (the wizard's case:
  the shop's revision did not move, so nothing is even read), then after reopening the shop (the
  command line's case: every page's fingerprint is compared);
* ``1 price``: building after changing one product's price, with the files rewritten;
* with ``--cli``: ``echoppe build`` as a user runs it (a process: start-up, reading the shop, every
  page on both cores) into an empty folder, once with the user's cache folder warm (compiled
  templates, descriptions' HTML: every build after the first) and once with an empty one ("cold"),
  a no-op ``echoppe build`` and one after a changed price,
  against ``hugo`` building a generated site of the same products with comparable templates
  (``bench/hugo_site.py``), interleaved, median of ``--repeat``, as a ratio; and the peak memory
  (``ru_maxrss``) of the build's processes.

    .venv/bin/python bench/build_bench.py [--products 1000,10000] [--cli] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from wizard.domain.model import (  # noqa: E402
    LegalIdentity,
    PaymentSettings,
    Product,
    ShopIdentity,
    Variant,
)
from wizard.site import build_site  # noqa: E402
from wizard.site.build import SiteBuilder  # noqa: E402
from wizard.site.themes import theme as find_theme  # noqa: E402
from wizard.store.shopfile import ShopFile  # noqa: E402

CATEGORIES = 20
CLI_ENV_DROP = ("PYTHONDONTWRITEBYTECODE",)  # as installed by pip: bytecode compiled


def make_shop(path: Path, count: int) -> ShopFile:
    shop = ShopFile.create(
        path,
        ShopIdentity(name="Banc d'essai", tagline="Des milliers de produits", email="a@example.fr",
                     public_url="https://bench.example.fr/", about="Une **boutique** de test."),
    )  # fmt: skip
    shop.save_settings(
        LegalIdentity(owner_name="Test", address="1 rue X\n75001 Paris", siret="73282932000074",
                      mediator_name="M", host_name="H"),
        PaymentSettings(order_email="a@example.fr", promotion_text="Soldes", promotion_coupon="SOLDES"),
    )  # fmt: skip
    cats = [shop.add_category(f"Catégorie {i}").id for i in range(CATEGORIES)]
    products = []
    for i in range(count):
        variants: tuple[Variant, ...] = ()
        options: tuple[str, ...] = ()
        if i % 3 == 0:
            options = ("Taille",)
            variants = tuple(
                Variant(options=(("Taille", size),), sku=f"P{i}-{size}", stock=(i + n) % 7)
                for n, size in enumerate(("S", "M", "L"))
            )
        products.append(
            Product(
                name=f"Produit numéro {i}",
                price=Decimal(10 + i % 90) + Decimal("0.90"),
                compare_at_price=Decimal(120) if i % 10 == 0 else None,
                description=f"Un produit **utile** numéro {i}.\n\n- solide\n- joli\n\nFait main à Lyon.",
                category_id=cats[i % CATEGORIES],
                featured=i < 8,
                stock=None if i % 4 else i % 5,
                weight_g=250,
                option_names=options,
                variants=variants,
                sku=f"P{i}",
            )
        )
    shop.add_products(products)
    return shop


class CapturingBuilder(SiteBuilder):
    """Collects (template, context) of each page instead of rendering it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.captured: list[tuple[str, dict[str, Any]]] = []

    def render(self, template: str, ctx: dict[str, Any]) -> bytes:
        self.captured.append((template, ctx))
        return b""


def plain_loop(shop: ShopFile, out: Path) -> tuple[tuple[float, float], int]:
    """The floor: the same product and category pages, rendered and written in a plain loop."""
    builder = CapturingBuilder(shop, out, find_theme("market"), None, None)
    jobs = []
    for o in builder.plan():
        if not o.page:
            continue
        o.render()
        template, ctx = builder.captured[-1]
        # Product pages and listings: the categories and "all products", one template for both.
        if template in ("product.html", "category.html"):
            jobs.append((o.path, template, ctx))
    env = builder.env

    def loop() -> None:
        for rel, template, ctx in jobs:
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(env.get_template(template).render(ctx).encode("utf-8"))

    took, _ = timed(loop)
    return took, len(jobs)


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(fn: Any) -> tuple[tuple[float, float], Any]:
    """(wall seconds, CPU seconds of this process and of the renderer it forked) and the result."""
    wall, cpu = time.perf_counter(), _cpu()
    result = fn()
    return (time.perf_counter() - wall, _cpu() - cpu), result


def run(count: int, tmp: Path) -> dict[str, Any]:
    shop = make_shop(tmp / f"bench-{count}.echoppe", count)
    try:
        site = tmp / f"site-{count}"
        full, report = timed(lambda: build_site(shop, site))
        floor, floor_pages = plain_loop(shop, tmp / f"floor-{count}")
        noop, noop_report = timed(lambda: build_site(shop, site))
        shop.close()  # as a new `echoppe build` would: no quick path, every fingerprint compared
        shop = ShopFile.open(tmp / f"bench-{count}.echoppe")
        reopened, reopened_report = timed(lambda: build_site(shop, site))
        product = shop.product("produit-numero-" + str(count // 2))
        assert product is not None
        shop.update_product(replace(product, price=product.price + 1))
        one, one_report = timed(lambda: build_site(shop, site))
        page = site / "produit" / f"{product.slug}.html"
        sizes = {
            "html": page.stat().st_size,
            "css": (site / "static" / "site.css").stat().st_size,
            "js": (site / "static" / "cart.js").stat().st_size,
        }
    finally:
        shop.close()
    return {
        "products": count,
        "pages": report.pages,
        "files": len(report.written),
        "build": full,
        "floor": floor,
        "floor_pages": floor_pages,
        "noop": noop,
        "noop_written": len(noop_report.written) + len(reopened_report.written),
        "reopened": reopened,
        "one": one,
        "one_written": sorted(one_report.written),
        "sizes": sizes,
    }


def _process(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one process (its own children included)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[:3]} failed: {err.decode()[-800:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def _hugo_products(shop: ShopFile) -> list[dict[str, object]]:
    names = {c.id: c.name for c in shop.categories()}
    return [
        {"name": p.name, "slug": p.slug, "price": str(p.price), "sku": p.sku, "featured": p.featured,
         "compare_at": str(p.compare_at_price) if p.compare_at_price else "", "description": p.description,
         "category": names.get(p.category_id or 0, ""),
         "variants": [{"sku": v.sku, "label": " / ".join(value for _n, value in v.options)} for v in p.variants]}
        for p in shop.products(published_only=True)
    ]


def run_cli(count: int, tmp: Path, repeat: int) -> dict[str, Any]:
    """``echoppe build`` (full, no-op, one price) and ``hugo`` (full), as processes, interleaved."""
    from hugo_site import write_hugo_site

    shop_path = tmp / f"cli-{count}.echoppe"
    with make_shop(shop_path, count) as shop:
        hugo_root = tmp / f"hugo-{count}"
        write_hugo_site(hugo_root, _hugo_products(shop))
    env = {k: v for k, v in os.environ.items() if k not in CLI_ENV_DROP}
    env["ECHOPPE_LANG"] = "en"
    echoppe = [sys.executable, "-m", "wizard", "build", str(shop_path), "--out"]
    hugo = shutil.which("hugo")
    results: dict[str, list[tuple[float, float, int]]] = {"full": [], "cold": [], "noop": [], "one": [], "hugo": []}
    _process([*echoppe, str(tmp / "warm")], env, REPO)  # bytecode, page cache, the user's cache folder
    for i in range(repeat):
        # A first build on this machine: an empty cache folder (no compiled template, no description's HTML).
        cold = {**env, "XDG_CACHE_HOME": str(tmp / f"cold-cache-{count}-{i}")}
        results["cold"].append(_process([*echoppe, str(tmp / f"cli-cold-{count}-{i}")], cold, REPO))
        site = tmp / f"cli-site-{count}-{i}"
        results["full"].append(_process([*echoppe, str(site)], env, REPO))
        results["noop"].append(_process([*echoppe, str(site)], env, REPO))
        with ShopFile.open(shop_path) as shop:
            product = shop.product("produit-numero-" + str((count // 2 + i) % count))
            assert product is not None
            shop.update_product(replace(product, price=product.price + 1))
        results["one"].append(_process([*echoppe, str(site)], env, REPO))
        if hugo:
            out = tmp / f"hugo-out-{count}-{i}"
            results["hugo"].append(_process([hugo, "--quiet", "-s", str(hugo_root), "-d", str(out)], env, REPO))
    return {"products": count, **results}


def _median(rows: list[tuple[float, float, int]], index: int) -> float:
    return statistics.median(r[index] for r in rows)


def print_cli(r: dict[str, Any]) -> None:
    def cell(name: str) -> str:
        rows = r[name]
        return f"{_median(rows, 0):.2f} ({_median(rows, 1):.2f})" if rows else "—"

    def ratio(name: str) -> str:
        return f"{_median(r[name], 0) / _median(r['hugo'], 0):.2f}" if r["hugo"] else "no hugo"

    print(f"{r['products']:>8} {cell('full'):>13} {cell('hugo'):>13} {ratio('full'):>6} {cell('cold'):>13} "
          f"{ratio('cold'):>6} {cell('noop'):>13} {cell('one'):>13} {max(x[2] for x in r['full'] + r['cold']):>8}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", default="1000,10000", help="comma-separated sizes (default 1000,10000)")
    parser.add_argument("--cli", action="store_true", help="also time echoppe build as a process, against hugo")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each CLI case (median)")
    parser.add_argument("--skip-in-process", action="store_true", help="only the --cli comparison")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.products.split(",") if s.strip()]
    print(f"cpus: {os.cpu_count()}, python {sys.version.split()[0]}")
    print("times: wall seconds (CPU seconds, forked renderer included); ratio = build / floor, on CPU time")
    print(f"{'products':>8} {'pages':>6} {'build':>13} {'floor':>13} {'ratio':>5} {'no-op':>13} {'no-op reopen':>13} {'1 price':>13} {'rewritten':>9}")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="echoppe-build-bench-") as tmp:
        os.environ.setdefault("XDG_CACHE_HOME", str(Path(tmp) / "cache"))
        if args.cli:
            print(f"command line, median of {args.repeat}, wall (CPU of the processes); ratio = echoppe / hugo, wall")
            print("  full: into an empty folder, the user's cache warm (as every build after the first);"
                  " cold: also an empty cache folder")
            print(f"{'products':>8} {'echoppe full':>13} {'hugo full':>13} {'ratio':>6} {'cold full':>13} "
                  f"{'ratio':>6} {'no-op':>13} {'1 price':>13} {'peak MiB':>8}")
            for count in sizes:
                before = os.getloadavg()[0]
                print_cli(run_cli(count, Path(tmp), args.repeat))
                print(f"         load average (1 min) before {before:.2f}, after {os.getloadavg()[0]:.2f}")
            print(f"load average now: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        for count in [] if args.skip_in_process else sizes:
            r = run(count, Path(tmp))
            def t(pair: tuple[float, float]) -> str:
                return f"{pair[0]:.2f} ({pair[1]:.2f})"

            print(
                f"{r['products']:>8} {r['pages']:>6} {t(r['build']):>13} {t(r['floor']):>13} "
                f"{r['build'][1] / r['floor'][1]:>5.2f} {t(r['noop']):>13} {t(r['reopened']):>13} {t(r['one']):>13} {len(r['one_written']):>9}"
            )
            print(f"         floor = {r['floor_pages']} product and listing pages; no-op wrote {r['noop_written']} files")
            print(f"         1 price rewrote: {', '.join(r['one_written'])}")
            s = r["sizes"]
            print(f"         product page: HTML {s['html']} B + CSS {s['css']} B + JS {s['js']} B "
                  f"= {sum(s.values())} B")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

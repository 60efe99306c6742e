"""Import benchmark: Échoppe's CSV import against a plain ``csv`` + ``sqlite3`` loop.

Usage: ``.venv/bin/python bench/import_bench.py [--products 10000] [--repeat 3]``

Generates a CSV in Échoppe's own format (every fifth product has three size variants), then, each
in a fresh subprocess so that peak memory is its own:

- **echoppe**: ``read_products`` + ``apply_import`` into a new shop file (parsing, validation,
  categories, slugs, one transaction);
- **baseline**: ``csv.DictReader`` + ``sqlite3`` inserting the same rows into a similar schema
  (products, variants, categories), in one transaction, no validation.

Reports wall and CPU time of the import (interpreter start-up excluded) and peak RSS
(``ru_maxrss``), then the ratios. Runs alternate and the best of ``--repeat`` is kept, because a
shared machine makes single runs noisy (CPU time is the steadier of the two).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def generate(path: Path, products: int) -> int:
    """Write ``products`` products in Échoppe's CSV format; returns the number of rows."""
    from wizard.transfer.echoppe_csv import COLUMNS

    rows = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS)
        writer.writeheader()
        for i in range(products):
            base = {c: "" for c in COLUMNS}
            base.update({
                "slug": f"produit-{i}",
                "name": f"Produit n°{i} « été »",
                "description": f"Description du produit {i}.\nFait main, à Nîmes; livré sous 3 jours.",
                "description_format": "markdown",
                "price": f"{i % 300}.{i % 100:02d}",
                "sku": f"SKU-{i:06d}",
                "stock": str(i % 40),
                "weight_g": str(100 + i % 900),
                "category": f"Rayon {i % 12} > Étagère {i % 5}",
                "tags": "fait main, cadeau",
                "images": f"https://exemple.fr/photos/{i}.jpg",
                "published": "yes",
                "featured": "no",
                "kind": "goods",
            })
            if i % 5 == 0:
                base["stock"] = ""
                for n, size in enumerate(("S", "M", "L")):
                    row = base if n == 0 else {c: "" for c in COLUMNS} | {"slug": base["slug"]}
                    row |= {"option1_name": "Taille", "option1_value": size, "variant_sku": f"SKU-{i:06d}-{size}",
                            "variant_price": f"{i % 300 + n}.50", "variant_stock": str(n * 3)}
                    writer.writerow(row)
                    rows += 1
            else:
                writer.writerow(base)
                rows += 1
    return rows


# ----------------------------------------------------------------------------- the two contenders
def run_echoppe(source: Path, db: Path) -> int:
    from wizard.store import ShopFile
    from wizard.transfer import apply_import, read_products

    with ShopFile.create(db) as shop:
        preview = read_products(source)
        assert not preview.rejected, preview.rejected[:3]
        return apply_import(shop, preview).count


BASELINE_SCHEMA = """
CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT NOT NULL, slug TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES categories(id));
CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT NOT NULL, slug TEXT NOT NULL UNIQUE,
    description TEXT, description_format TEXT, price TEXT NOT NULL, compare_at_price TEXT, sku TEXT,
    stock INTEGER, weight_g INTEGER, category_id INTEGER REFERENCES categories(id), tags TEXT,
    published INTEGER, featured INTEGER, option_names TEXT, kind TEXT, position INTEGER);
CREATE TABLE variants (id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES products(id),
    position INTEGER, options TEXT, sku TEXT, price TEXT, compare_at_price TEXT, stock INTEGER);
CREATE INDEX variants_product ON variants(product_id, position);
CREATE TABLE product_images (product_id INTEGER NOT NULL REFERENCES products(id), position INTEGER,
    url TEXT, alt TEXT, PRIMARY KEY (product_id, position));
"""


def run_baseline(source: Path, db: Path) -> int:
    """The simplest honest loop: read rows, insert them, one transaction."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(BASELINE_SCHEMA)
    conn.execute("BEGIN")
    categories: dict[tuple[int | None, str], int] = {}

    def category(path: str) -> int | None:
        parent = None
        for name in (p.strip() for p in path.split(">")):
            key = (parent, name)
            if key not in categories:
                cur = conn.execute("INSERT INTO categories(name, slug, parent_id) VALUES (?, ?, ?)",
                                   (name, f"c{len(categories)}", parent))
                categories[key] = cur.lastrowid
            parent = categories[key]
        return parent

    count = 0
    product_id = 0
    last_slug = None
    position = 0
    with source.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["slug"] != last_slug:
                last_slug = row["slug"]
                cur = conn.execute(
                    "INSERT INTO products(name, slug, description, description_format, price, compare_at_price, "
                    "sku, stock, weight_g, category_id, tags, published, featured, option_names, kind, position) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (row["name"], row["slug"], row["description"], row["description_format"], row["price"],
                     row["compare_at_price"] or None, row["sku"], int(row["stock"]) if row["stock"] else None,
                     int(row["weight_g"]) if row["weight_g"] else None, category(row["category"]),
                     json.dumps([t.strip() for t in row["tags"].split(",")]), row["published"] == "yes",
                     row["featured"] == "yes", json.dumps([row["option1_name"]] if row["option1_name"] else []),
                     row["kind"], count),
                )
                product_id = cur.lastrowid
                position = 0
                count += 1
                if row["images"]:
                    conn.execute("INSERT INTO product_images(product_id, position, url, alt) VALUES (?, 0, ?, '')",
                                 (product_id, row["images"]))
            if row["option1_value"]:
                conn.execute(
                    "INSERT INTO variants(product_id, position, options, sku, price, compare_at_price, stock) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (product_id, position, json.dumps([[row["option1_name"], row["option1_value"]]]),
                     row["variant_sku"], row["variant_price"] or None, None,
                     int(row["variant_stock"]) if row["variant_stock"] else None),
                )
                position += 1
    conn.execute("COMMIT")
    conn.close()
    return count


def child(which: str, source: Path, db: Path) -> None:
    """Run one contender and print its measurements as JSON (this process's own peak memory)."""
    if which == "echoppe":
        # Module imports are start-up, not import work.
        import wizard.store
        import wizard.transfer  # noqa: F401
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu_start = time.perf_counter(), time.process_time()
    count = (run_echoppe if which == "echoppe" else run_baseline)(source, db)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"products": count, "seconds": seconds, "cpu": cpu, "peak_kib": rss_after,
                      "start_kib": rss_before}))


def measure(which: str, source: Path, folder: Path, n: int) -> dict[str, float]:
    db = folder / f"{which}-{n}.db"
    done = subprocess.run([sys.executable, __file__, "--child", which, str(source), str(db)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=3, metavar=("WHICH", "CSV", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return 0
    with tempfile.TemporaryDirectory(prefix="echoppe-bench-") as tmp:
        folder = Path(tmp)
        source = folder / "products.csv"
        rows = generate(source, args.products)
        print(f"CSV: {args.products} products, {rows} rows, {source.stat().st_size / 1e6:.1f} MB; "
              f"best of {args.repeat} runs each, alternated")
        results: dict[str, list[dict[str, float]]] = {"baseline": [], "echoppe": []}
        for n in range(args.repeat):
            for which in results:
                results[which].append(measure(which, source, folder, n))
        best: dict[str, dict[str, float]] = {}
        for which, runs in results.items():
            best[which] = {
                "products": runs[0]["products"],
                "seconds": min(r["seconds"] for r in runs),
                "cpu": min(r["cpu"] for r in runs),
                "peak": max(r["peak_kib"] for r in runs) / 1024,
                "start": min(r["start_kib"] for r in runs) / 1024,
            }
            b = best[which]
            print(f"{which:9} {b['products']:>6.0f} products  wall {b['seconds']:6.2f} s  cpu {b['cpu']:6.2f} s  "
                  f"peak RSS {b['peak']:6.1f} MiB (start-up {b['start']:5.1f} MiB)")
        b, e = best["baseline"], best["echoppe"]
        print(f"ratio echoppe/baseline: wall {e['seconds'] / b['seconds']:.2f}x, cpu {e['cpu'] / b['cpu']:.2f}x, "
              f"peak RSS {e['peak'] / b['peak']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

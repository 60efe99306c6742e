"""Publishing benchmark: Échoppe's SFTP engine next to ``rsync -a`` over ssh and OpenSSH ``sftp -b put -r``.

A 1,000-product site (1,000 product pages, 1,000 JPEG pictures, category pages, home, assets) is
published to a real local sshd (started like the tests' one; run as root), three times per tool:
first publish into an empty folder, a no-op publish, and a publish after changing 10 products (their
pages, their category pages and the home page). Each runs with no added latency, then through
``bench/delay_proxy.py`` adding ``--delay`` each way (0.02 → about 40 ms of round trip).

    .venv/bin/python bench/publish_bench.py                  # 1,000 products, 0 and 40 ms
    .venv/bin/python bench/publish_bench.py --products 200 --no-sftp-latency

``sftp`` has no sync: every run resends everything, so at 40 ms only its first publish is timed by
default (it takes minutes); its other rows repeat that time. Échoppe is timed in-process (the
``publish()`` generator, connection included); rsync and sftp as processes (ssh start-up included).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from delay_proxy import delay_proxy  # noqa: E402

from tests.support.sshd import start_sshd, stop_sshd  # noqa: E402
from wizard.publish import FileSent, KnownHosts, publish  # noqa: E402

SCENARIOS = ("first", "no-op", "10 changed")


def _jpeg(rng: random.Random, width: int, height: int) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (width, height), tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    for _ in range(40):  # shapes and a little noise: a realistic 20–60 kB product photo
        x, y = rng.randrange(width), rng.randrange(height)
        draw.ellipse((x, y, x + rng.randrange(20, 160), y + rng.randrange(20, 160)),
                     fill=tuple(rng.randrange(256) for _ in range(3)))
    noise = Image.frombytes("L", (width, height), rng.randbytes(width * height))
    img = Image.blend(img, Image.merge("RGB", (noise, noise, noise)), 0.12)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=78)
    return buf.getvalue()


def _page(title: str, body: str, version: int) -> str:
    nav = "".join(f'<li><a href="/categories/c{k}/">Category {k}</a></li>' for k in range(20))
    return (f"<!doctype html><html lang=fr><head><meta charset=utf-8><title>{title}</title>"
            f'<link rel=stylesheet href="/assets/style.css"></head><body><nav><ul>{nav}</ul></nav>'
            f"<main>{body}</main><footer>v{version}</footer></body></html>\n")


def make_shop_site(folder: Path, products: int, seed: int = 7) -> None:
    """Write a static shop of ``products`` products, shaped like the generator's output."""
    rng = random.Random(seed)
    (folder / "assets").mkdir(parents=True)
    (folder / "assets" / "style.css").write_text("body{font-family:system-ui}\n" * 400)
    (folder / "assets" / "cart.js").write_text("// cart\n" + "function f(){return 1}\n" * 600)
    pictures = folder / "images"
    pictures.mkdir()
    for i in range(products):
        (pictures / f"product-{i}-480.jpg").write_bytes(_jpeg(rng, 480, 360))
        desc = " ".join(rng.choice(("tissé", "main", "coton", "bio", "laine", "atelier", "pièce", "unique"))
                        for _ in range(300))
        page = folder / "products" / f"product-{i}"
        page.mkdir(parents=True)
        (page / "index.html").write_text(_page(f"Product {i}", f'<h1>Product {i}</h1><img src='
                                               f'"/images/product-{i}-480.jpg"><p>{desc}</p>', 1))
    for k in range(20):
        cards = "".join(f'<a href="/products/product-{i}/">Product {i}</a>' for i in range(k, products, 20))
        (folder / "categories" / f"c{k}").mkdir(parents=True)
        (folder / "categories" / f"c{k}" / "index.html").write_text(_page(f"Category {k}", cards, 1))
    (folder / "index.html").write_text(_page("Home", "<h1>Shop</h1>", 1))
    (folder / "sitemap.xml").write_text("".join(f"<url>/products/product-{i}/</url>" for i in range(products)))


def change_products(folder: Path, count: int = 10) -> None:
    """Edit ``count`` products: their pages, their categories and the home page change."""
    for i in range(count):
        page = folder / "products" / f"product-{i}" / "index.html"
        page.write_text(page.read_text().replace("<h1>", "<h1>Nouveau prix — ", 1))
        cat = folder / "categories" / f"c{i % 20}" / "index.html"
        cat.write_text(cat.read_text().replace("v1", "v2"))
    home = folder / "index.html"
    home.write_text(home.read_text().replace("v1", "v2"))
    later = time.time() + 60  # an edit made later (rsync compares size and whole-second mtimes)
    for path in [home, *folder.glob("categories/*/index.html"), *folder.glob("products/product-*/index.html")]:
        if path.stat().st_mtime > later - 120:
            os.utime(path, (later, later))


def _ssh_opts(server, port: int) -> list[str]:
    return ["-p", str(port), "-i", str(server.keys["ed25519"]), "-o", "StrictHostKeyChecking=no",
            "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR"]


def run_echoppe(server, port: int, site: Path, folder: Path, known: KnownHosts) -> tuple[float, int]:
    target = server.key_target(folder, "ed25519")
    target = type(target)(**{**target.__dict__, "port": port})
    start = time.perf_counter()
    sent = sum(1 for e in publish(site, target, None, known_hosts=known) if isinstance(e, FileSent))
    return time.perf_counter() - start, sent


def run_rsync(server, port: int, site: Path, folder: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["rsync", "-a", "-e", " ".join(["ssh", *_ssh_opts(server, port)]), f"{site}/",
                    f"echoppe-key@127.0.0.1:{folder}/"], check=True, capture_output=True)
    return time.perf_counter() - start


def run_sftp(server, port: int, site: Path, folder: Path, workdir: Path) -> float:
    batch = workdir / "sftp-batch"
    batch.write_text(f"lcd {site}\ncd {folder}\nput -r .\n")
    ssh = _ssh_opts(server, port)
    ssh[0] = "-P"
    start = time.perf_counter()
    subprocess.run(["sftp", "-q", "-b", str(batch), *ssh, "echoppe-key@127.0.0.1"], check=True,
                   capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description="Échoppe publish vs rsync vs sftp, with and without latency")
    parser.add_argument("--products", type=int, default=1000)
    parser.add_argument("--delay", type=float, default=0.02, help="added each way (s); 0.02 = 40 ms RTT")
    parser.add_argument("--repeat", type=int, default=2, help="runs of echoppe and rsync (median and best shown)")
    parser.add_argument("--no-sftp", action="store_true", help="skip OpenSSH sftp entirely")
    parser.add_argument("--no-sftp-latency", action="store_true", help="skip sftp with latency (minutes)")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop sshd and the proxy on `kill`
    if os.geteuid() != 0:
        print("run as root: the benchmark starts its own sshd with a test user", file=sys.stderr)
        return 2

    work = Path(tempfile.mkdtemp(prefix="echoppe-bench-"))
    server = start_sshd()
    results: dict[tuple[str, str, str], float] = {}
    runs: dict[tuple[str, str, str], list[float]] = {}
    counts: dict[tuple[str, str], int] = {}
    try:
        site_v1 = work / "site-v1"
        t0 = time.perf_counter()
        make_shop_site(site_v1, args.products)
        site_v2 = work / "site-v2"
        shutil.copytree(site_v1, site_v2)  # copy2 keeps mtimes, so rsync sees only real changes
        change_products(site_v2)
        files = sum(1 for p in site_v1.rglob("*") if p.is_file())
        size = sum(p.stat().st_size for p in site_v1.rglob("*") if p.is_file())
        print(f"site: {args.products} products, {files} files, {size / 1e6:.1f} MB "
              f"(generated in {time.perf_counter() - t0:.1f} s)")
        versions = {"first": site_v1, "no-op": site_v1, "10 changed": site_v2}

        for label, delay in (("0 ms", 0.0), (f"{2 * args.delay * 1000:.0f} ms", args.delay)):
            with delay_proxy(server.port, delay) if delay else _direct(server.port) as port:
                known = KnownHosts(work / f"kh-{port}", work / "none")
                for kind in server.host_pub_keys:
                    known.add("127.0.0.1", port, server.host_key(kind))
                for rep in range(args.repeat):  # the machine is shared: keep the best of N runs
                    folders = {tool: server.user_folder("echoppe-key") for tool in ("echoppe", "rsync")}
                    for scenario in SCENARIOS:
                        site = versions[scenario]
                        t, sent = run_echoppe(server, port, site, folders["echoppe"], known)
                        r = run_rsync(server, port, site, folders["rsync"])
                        _keep_best(results, (label, scenario, "echoppe"), t)
                        _keep_best(results, (label, scenario, "rsync"), r)
                        runs.setdefault((label, scenario, "echoppe"), []).append(t)
                        runs.setdefault((label, scenario, "rsync"), []).append(r)
                        counts[(label, scenario)] = sent
                        print(f"  run {rep + 1} {label:>6} {scenario:<11} echoppe {t:7.2f} s ({sent} files)  "
                              f"rsync {r:7.2f} s  (load {os.getloadavg()[0]:.2f})", flush=True)
                    _same_tree(site_v2, folders["echoppe"])  # both end with exactly the new site
                    _same_tree(site_v2, folders["rsync"])
                if args.no_sftp or (delay and args.no_sftp_latency):
                    continue
                sftp_folder = server.user_folder("echoppe-key")
                for scenario in SCENARIOS:
                    if delay and scenario != "first":  # no sync: it resends everything every time
                        results[(label, scenario, "sftp")] = results[(label, "first", "sftp")]
                        continue
                    results[(label, scenario, "sftp")] = run_sftp(server, port, versions[scenario], sftp_folder, work)
                    print(f"        {label:>6} {scenario:<11} sftp {results[(label, scenario, 'sftp')]:7.2f} s",
                          flush=True)
    finally:
        stop_sshd(server)
        shutil.rmtree(work, ignore_errors=True)

    print()
    print(f"{'latency':>7} | {'scenario':<10} | {'files sent':>10} | {'echoppe':>9} | {'rsync -a':>9} | "
          f"{'sftp put -r':>11} | {'echoppe/rsync':>13}")
    print("-" * 88)
    for label in dict.fromkeys(k[0] for k in results):
        for scenario in SCENARIOS:
            ours = results[(label, scenario, "echoppe")]
            rsync = results[(label, scenario, "rsync")]
            sftp = results.get((label, scenario, "sftp"))
            sftp_text = f"{sftp:9.2f} s" if sftp is not None else f"{'—':>11}"
            print(f"{label:>7} | {scenario:<10} | {counts[(label, scenario)]:>10} | {ours:7.2f} s | "
                  f"{rsync:7.2f} s | {sftp_text} | {ours / rsync:13.2f}")
    print()
    print(f"medians of {args.repeat} runs, load average {os.getloadavg()[0]:.2f} at the end:")
    print(f"{'latency':>7} | {'scenario':<10} | {'echoppe':>9} | {'rsync -a':>9} | {'echoppe/rsync':>13}")
    for label in dict.fromkeys(k[0] for k in results):
        for scenario in SCENARIOS:
            ours = statistics.median(runs[(label, scenario, "echoppe")])
            rsync = statistics.median(runs[(label, scenario, "rsync")])
            print(f"{label:>7} | {scenario:<10} | {ours:7.2f} s | {rsync:7.2f} s | {ours / rsync:13.2f}")
    return 0


def _keep_best(results: dict, key: tuple, value: float) -> None:
    results[key] = min(value, results.get(key, value))


class _direct:
    """Context manager yielding the sshd port itself (no proxy)."""

    def __init__(self, port: int) -> None:
        self.port = port

    def __enter__(self) -> int:
        return self.port

    def __exit__(self, *exc: object) -> None:
        return None


def _same_tree(site: Path, folder: Path) -> None:
    for path in site.rglob("*"):
        if path.is_file():
            rel = path.relative_to(site)
            if (folder / rel).read_bytes() != path.read_bytes():
                raise SystemExit(f"benchmark check failed: {folder / rel} differs")


if __name__ == "__main__":
    sys.exit(main())

"""Visitor statistics: our log reading against GoAccess on the same generated log, in the same run (not in CI).

Generates a real-looking combined access log (several days; real browser and crawler user agents; search
engine, social and flyer referrers; product and category pages, searches, assets, beacons, 304s and 404s),
then times, one after the other on the same file:

* ours: ``wizard.stats.ingest.read_file`` into a fresh shop file (read, parse, classify, count, store);
* GoAccess (Debian ``goaccess``) with ``--log-format=COMBINED -o json``, once as it comes and once with
  ``LIKE_OURS`` (no crawlers, no static files, no 404s: closer to what we count).

Prints wall and CPU seconds of each, the load average during the run, and visits / page views per day from
the generator's own truth, ours and GoAccess's side by side (markdown, for bench/README.md).

    .venv/bin/python bench/stats_bench.py --lines 1000000 --days 7
    .venv/bin/python bench/stats_bench.py --profile      # cProfile of our side, top 25
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import os
import pstats
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wizard.domain.model import PublishTarget, ShopIdentity
from wizard.stats.ingest import read_file
from wizard.stats.salts import Salts
from wizard.store.shopfile import ShopFile
from wizard.store.stats import stats_days

GOACCESS = "/usr/bin/goaccess"
# GoAccess as close to what we count as its options go: no crawlers (its own list), no static files (with a
# query string too; ``--static-file`` replaces GoAccess's own list, so it is given whole), no 404s.
# ``--ignore-statics=req`` leaves the visitors panel's hits unchanged in GoAccess 1.7: ``panel`` it is.
STATICS = (".css", ".js", ".svg", ".webp", ".webmanifest", ".gif", ".jpg", ".jpeg", ".png", ".ico", ".woff2")
LIKE_OURS = ["--ignore-crawlers", "--ignore-statics=panel", "--all-static-files",
             *(f"--static-file={ext}" for ext in STATICS), "--ignore-status=404"]
SITE = "boutique.example.fr"
BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/114.0.0.0",
]
BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "Mozilla/5.0 (compatible; MJ12bot/v1.4.8; http://mj12bot.com/)",
    "Mozilla/5.0 (Linux; Android 7.0;) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 (compatible; PetalBot;+https://webmaster.petalsearch.com/site/petalbot)",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Mozilla/5.0 (compatible; DuckDuckBot-Https/1.1; https://duckduckgo.com/duckduckbot)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)",
    "curl/8.5.0",
    "python-requests/2.31.0",
    "Go-http-client/1.1",
    "-",
]
REFERRERS = [("https://www.google.fr/", 40), ("https://www.google.com/", 10), ("https://www.bing.com/", 6),
             ("https://duckduckgo.com/", 4), ("https://www.qwant.com/", 3), ("https://l.facebook.com/", 8),
             ("https://www.instagram.com/", 6), ("https://www.pinterest.fr/", 3),
             ("https://www.marmiton.org/recettes/miel.html", 2), ("-", 18)]
TAGS = ["flyer-marche", "colis", "newsletter", "salon-mai"]
PRODUCTS = [f"produit-{i:03d}" for i in range(120)]
CATEGORIES = ["miels", "savons", "bougies", "coffrets", "pollen", "cosmetiques"]
PAGES = ["/", "/boutique.html", "/a-propos.html", "/contact.html", "/panier.html", "/cgv.html"]
ASSETS = ["/static/site.css?v=3f2a", "/static/cart.js?v=9c1d", "/static/search.js?v=77aa", "/favicon.svg",
          "/manifest.webmanifest"]
WORDS = ["miel", "savon", "lavande", "bougie", "cadeau", "pollen", "acacia", "coffret"]


def _address(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"2001:db8:{rng.randrange(65536):x}:{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}"
    return f"{rng.choice((81, 86, 90, 92, 109, 176, 188, 2, 37, 78))}.{rng.randrange(256)}.{rng.randrange(256)}." \
           f"{rng.randrange(1, 255)}"


def _line(addr: str, when: dt.datetime, path: str, status: int, size: int, referrer: str, agent: str) -> str:
    stamp = when.strftime("%d/%b/%Y:%H:%M:%S +0100")
    return f'{addr} - - [{stamp}] "GET {path} HTTP/1.1" {status} {size} "{referrer}" "{agent}"'


class Truth:
    """What the generator did, per day: people's visits (address + browser) and the pages they viewed."""

    def __init__(self) -> None:
        self.visitors: dict[dt.date, set[tuple[str, str]]] = defaultdict(set)
        self.pageviews: dict[dt.date, int] = defaultdict(int)


def generate(path: Path, lines: int, days: int, seed: int = 11) -> Truth:
    rng = random.Random(seed)
    truth = Truth()
    first = dt.datetime(2026, 11, 23, 0, 0, 0)
    per_day = lines // days
    ref_names, ref_weights = zip(*REFERRERS, strict=True)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for d in range(days):
            day_start = first + dt.timedelta(days=d)
            buf: list[tuple[float, str]] = []
            count = 0
            while count < per_day:
                start = rng.random() * 86000
                if rng.random() < 0.28:  # a bot's burst
                    agent, addr = rng.choice(BOTS), _address(rng)
                    for i in range(rng.randint(1, 12)):
                        path_ = rng.choice([*PAGES, "/robots.txt", "/sitemap.xml",
                                            f"/produit/{rng.choice(PRODUCTS)}.html", f"/categorie/{rng.choice(CATEGORIES)}.html"])
                        buf.append((start + i * 2, _line(addr, day_start + dt.timedelta(seconds=start + i * 2), path_,
                                                         200, rng.randint(900, 40000), "-", agent)))
                        count += 1
                    continue
                agent, addr = rng.choice(BROWSERS), _address(rng)
                ref = rng.choices(ref_names, ref_weights)[0]
                landing = rng.choice(["/", f"/produit/{rng.choice(PRODUCTS)}.html", f"/categorie/{rng.choice(CATEGORIES)}.html"])
                if rng.random() < 0.06:
                    landing, ref = f"/?src={rng.choice(TAGS)}", "-"
                t = start
                views = rng.choices([1, 2, 3, 4, 6, 9], [30, 22, 18, 14, 10, 6])[0]
                page = landing
                for v in range(views):
                    status = 304 if rng.random() < 0.05 else 200
                    stamp = day_start + dt.timedelta(seconds=min(t, 86399))
                    buf.append((t, _line(addr, stamp, page, status, rng.randint(3000, 30000), ref, agent)))
                    truth.pageviews[stamp.date()] += 1
                    truth.visitors[stamp.date()].add((addr, agent))
                    count += 1
                    here = f"https://{SITE}{page}"
                    if v == 0 or rng.random() < 0.2:  # assets (cached after the first page, mostly)
                        for a in rng.sample(ASSETS, rng.randint(2, len(ASSETS))):
                            buf.append((t + 0.2, _line(addr, stamp, a, 200, rng.randint(800, 60000), here, agent)))
                            count += 1
                    for _img in range(rng.randint(1, 6)):
                        buf.append((t + 0.3, _line(addr, stamp, f"/images/{rng.choice(PRODUCTS)}-{rng.choice((480, 960))}.webp",
                                                   200, rng.randint(8000, 90000), here, agent)))
                        count += 1
                    if page.startswith("/produit/") and rng.random() < 0.12:
                        buf.append((t + 5, _line(addr, stamp, f"/e/add.gif?p={page[9:-5]}", 200, 43, here, agent)))
                        count += 1
                    if rng.random() < 0.02:
                        buf.append((t + 1, _line(addr, stamp, "/produit/ancien.html", 404, 1200, here, agent)))
                        count += 1
                    ref = here
                    t += rng.uniform(5, 120)
                    roll = rng.random()
                    if roll < 0.1:
                        page = f"/recherche.html?q={rng.choice(WORDS)}+{rng.choice(WORDS)}"
                    elif roll < 0.6:
                        page = f"/produit/{rng.choice(PRODUCTS)}.html"
                    elif roll < 0.8:
                        page = f"/categorie/{rng.choice(CATEGORIES)}.html"
                    else:
                        page = rng.choice(PAGES)
            buf.sort(key=lambda x: x[0])
            out.writelines(text + "\n" for _t, text in buf)
            if rng.random() < 1.0:
                out.write("garbage line that is not in any format\n")
    return truth


class LoadSampler:
    def __init__(self) -> None:
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(1.0):
            self.samples.append(os.getloadavg()[0])

    def __enter__(self) -> LoadSampler:
        self.samples.append(os.getloadavg()[0])
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.samples.append(os.getloadavg()[0])


def _cpu_self() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def ours(log: Path, work: Path, profile: bool) -> tuple[float, float, dict[str, tuple[int, int]], str]:
    shop_path = work / "bench.echoppe"
    shop_path.unlink(missing_ok=True)
    with ShopFile.create(shop_path, ShopIdentity(name="Bench")) as shop:
        shop.save_settings(PublishTarget(public_url=f"https://{SITE}/"))
        salts = Salts(work / "salts.json", today=dt.date(2026, 11, 30))
        prof = cProfile.Profile() if profile else None
        cpu0, wall0 = _cpu_self(), time.perf_counter()
        if prof:
            prof.enable()
        report = read_file(shop, log, salts)
        if prof:
            prof.disable()
        wall, cpu = time.perf_counter() - wall0, _cpu_self() - cpu0
        days = {d.day.isoformat(): (d.visits, d.pageviews) for d in stats_days(shop)}
    note = f"{report.lines} lines, {report.bots} from bots, {report.broken} not understood"
    if prof:
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    return wall, cpu, days, note


def goaccess(log: Path, work: Path, extra: list[str]) -> tuple[float, float, dict[str, tuple[int, int]]]:
    out = work / "goaccess.json"
    cmd = [GOACCESS, str(log), "--log-format=COMBINED", "--no-global-config", "-o", str(out), "--jobs=1", *extra]
    cpu0, wall0 = _cpu_children(), time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - wall0, _cpu_children() - cpu0
    if done.returncode != 0 and "--jobs" in done.stderr:  # an older GoAccess without --jobs
        cmd.remove("--jobs=1")
        cpu0, wall0 = _cpu_children(), time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True)
        wall, cpu = time.perf_counter() - wall0, _cpu_children() - cpu0
    if done.returncode != 0:
        raise SystemExit("goaccess failed: " + done.stderr)
    data = json.loads(out.read_text())
    days = {}
    for row in data["visitors"]["data"]:
        key = row["data"]
        day = f"{key[:4]}-{key[4:6]}-{key[6:8]}"
        days[day] = (int(row["visitors"]["count"]), int(row["hits"]["count"]))
    return wall, cpu, days


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="write the log here (kept) instead of a temporary folder")
    parser.add_argument("--profile", action="store_true", help="cProfile our side (slower)")
    args = parser.parse_args()
    if not Path(GOACCESS).exists():
        print("GoAccess is not installed: apt-get install goaccess", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="stats-bench-"))
    try:
        log = args.keep or work / "access.log"
        t0 = time.perf_counter()
        truth = generate(log, args.lines, args.days)
        size = log.stat().st_size
        print(f"generated {args.lines:,} lines ({size / 1e6:.0f} MB) in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        with LoadSampler() as load:
            ours_wall, ours_cpu, our_days, note = ours(log, work, args.profile)
            ga_wall, ga_cpu, ga_days = goaccess(log, work, [])
            gb_wall, gb_cpu, gb_days = goaccess(log, work, LIKE_OURS)
        loads = load.samples
        print(f"\nLoad average (1 min) during the run: min {min(loads):.1f}, max {max(loads):.1f}, "
              f"mean {sum(loads) / len(loads):.1f} (2 cores)\n")
        print("| | wall | CPU | lines/s (wall) |\n|---|---:|---:|---:|")
        for name, wall, cpu in (("Échoppe (read, count, store)", ours_wall, ours_cpu),
                                ("GoAccess, as it comes", ga_wall, ga_cpu),
                                ("GoAccess, like ours (LIKE_OURS)", gb_wall, gb_cpu)):
            print(f"| {name} | {wall:.2f} s | {cpu:.2f} s | {args.lines / wall:,.0f} |")
        print(f"\nOurs: {note}.\n")
        print("| day | truth visits | ours | GoAccess like ours | GoAccess all | truth page views | ours "
              "| GoAccess hits, like ours | GoAccess hits all |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for day in sorted(set(our_days) | set(ga_days)):
            date = dt.date.fromisoformat(day)
            t_v, t_p = len(truth.visitors.get(date, ())), truth.pageviews.get(date, 0)
            o_v, o_p = our_days.get(day, (0, 0))
            print(f"| {day} | {t_v} | {o_v} | {gb_days.get(day, (0, 0))[0]} | {ga_days.get(day, (0, 0))[0]} "
                  f"| {t_p} | {o_p} | {gb_days.get(day, (0, 0))[1]} | {ga_days.get(day, (0, 0))[1]} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The order desk's speed on a real cheap host: Apache 2.4 + mod_php, as in the tests (run as root).

A shop with the desk is published over the tests' chrooted sshd to the tests' Apache + mod_php (PHP
runs as the SFTP user, ``mail()`` goes to the capture script). Then, interleaved one after the other:

* **order**: POST ``desk/order.php`` with ``step=confirm`` (the final button): the price is recomputed
  from ``catalogue.json``, the counter is taken under its lock, the order sealed and written (temp +
  rename), the rate limits updated, two emails sent through ``mail()``, the confirmation page returned;
* **review**: the same POST with ``step=review`` (recompute and the review page; nothing written);
* **2 mails**: GET a PHP file that only calls ``mail()`` twice, as an order does: the host's mail cost;
* **php**: GET a one-line PHP file (``<?php echo "ok";``): Apache + mod_php's own floor;
* **static**: GET the shop's ``cart`` page as a static file (the reference).

Each request opens its own connection, as a browser's form post would. Sequential requests give the
latency of one order (median, p99); then ``--workers`` threads post concurrently for throughput
(orders per second) next to static GETs at the same concurrency. Ratios are against the static GET
measured in the same run, which carries this machine's load.

    .venv/bin/python bench/desk_bench.py                     # 300 of each, 8 workers
    .venv/bin/python bench/desk_bench.py --requests 100 --workers 4
"""

from __future__ import annotations

import argparse
import concurrent.futures
import http.client
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.desk.hosthelpers import DeskHost, order_fields, publish_desk_shop  # noqa: E402
from tests.support.apache import apache_available, make_site, stop_apache  # noqa: E402
from tests.support.sshd import start_sshd, stop_sshd  # noqa: E402
from wizard.publish import KnownHosts  # noqa: E402

Request = Callable[[], int]


def requester(port: int, method: str, path: str, body: bytes | None = None) -> Request:
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body is not None else {}

    def one() -> int:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            return response.status
        finally:
            conn.close()

    return one


def timed(request: Request) -> float:
    start = time.perf_counter()
    status = request()
    elapsed = time.perf_counter() - start
    if status != 200:
        raise RuntimeError(f"HTTP {status}")
    return elapsed


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98]


def throughput(request: Request, count: int, workers: int) -> float:
    """Requests per second with ``workers`` threads sending ``count`` requests in all."""
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        statuses = list(pool.map(lambda _i: request(), range(count)))
    elapsed = time.perf_counter() - start
    bad = [s for s in statuses if s != 200]
    if bad:
        raise RuntimeError(f"{len(bad)} requests failed, e.g. HTTP {bad[0]}")
    return count / elapsed


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


def run(host: DeskHost, requests: int, workers: int) -> None:
    port = host.site.server.port
    host.set_limits(per_ip=10**9, per_email=10**9, **{"global": 10**9})
    (host.site.docroot / "bench-noop.php").write_text('<?php echo "ok";\n')
    (host.site.docroot / "bench-mail.php").write_text(
        "<?php mail('bench@example.fr', 'a', 'b'); mail('bench@example.fr', 'a', 'b'); echo 'ok';\n")
    cart = next(p for p in ("panier.html", "cart.html") if (host.site.docroot / p).is_file())
    confirm = urllib.parse.urlencode(order_fields()).encode()
    review = urllib.parse.urlencode(order_fields(step="review")).encode()
    kinds: dict[str, Request] = {
        "order": requester(port, "POST", "/desk/order.php", confirm),
        "review": requester(port, "POST", "/desk/order.php", review),
        "2 mails": requester(port, "GET", "/bench-mail.php"),
        "php": requester(port, "GET", "/bench-noop.php"),
        "static": requester(port, "GET", "/" + cart),
    }
    for request in kinds.values():  # warm-up: Apache's children, PHP's opcache, the page cache
        for _ in range(5):
            timed(request)
    before_orders = len(host.orders())
    print(f"before: {uptime()}")
    times: dict[str, list[float]] = {k: [] for k in kinds}
    for _ in range(requests):
        for kind, request in kinds.items():
            times[kind].append(timed(request))
    rates = {kind: throughput(kinds[kind], requests, workers) for kind in ("order", "static")}
    print(f"after:  {uptime()}")
    made = len(host.orders()) - before_orders
    expected = requests * 2  # sequential + concurrent confirmed orders
    if made != expected:
        raise RuntimeError(f"{made} sealed files for {expected} orders")

    static = statistics.median(times["static"])
    print(f"\n{requests} sequential requests of each kind, one connection each (ms):")
    print(f"{'kind':8} {'median':>8} {'p99':>8} {'median / static':>16}")
    for kind, values in times.items():
        median = statistics.median(values)
        print(f"{kind:8} {median * 1000:8.2f} {p99(values) * 1000:8.2f} {median / static:16.1f}")
    print(f"\n{workers} concurrent workers, {requests} requests each kind:")
    print(f"orders per second {rates['order']:8.1f}")
    print(f"static per second {rates['static']:8.1f}")
    print(f"ratio             {rates['order'] / rates['static']:8.3f}")
    print(f"\n{made} orders sealed and written, {len(host.site.server.mail_files())} emails captured")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300, help="requests of each kind (default 300)")
    parser.add_argument("--workers", type=int, default=8, help="concurrent threads for throughput (default 8)")
    args = parser.parse_args()
    reason = apache_available()
    if reason:
        print(reason, file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop Apache and sshd on `kill`
    work = Path(tempfile.mkdtemp(prefix="echoppe-desk-bench-"))
    os.chmod(work, 0o755)
    sshd = start_sshd()
    site = None
    host = None
    try:
        site = make_site(sshd)
        known_hosts = KnownHosts(work / "known_hosts", work / "no-user-known-hosts")
        sshd.trust(known_hosts)
        host = publish_desk_shop(work, sshd, site, known_hosts)
        run(host, args.requests, args.workers)
    finally:
        if host is not None:
            host.shop.close()
        if site is not None:
            stop_apache(site.server)
        stop_sshd(sshd)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

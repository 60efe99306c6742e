"""Order fetch benchmark: Échoppe's ``fetch_orders`` on 500 sealed orders next to plain paramiko SFTP.

A real local OpenSSH sshd (the tests' chrooted one; run as root) holds N sealed orders (default 500,
two lines each, as the order desk writes them) in the desk's private folder. Two children, each in a
fresh process, alternate ``--repeat`` times on a freshly written folder:

- **echoppe**: ``wizard.publish.orders_fetch.fetch_orders`` into a copy of one shop file (desk keys,
  stocked products): connect (host key checked), list, ``lstat`` and download each file, open the sealed
  box, validate, store the order and its stock moves in one transaction, delete the file; the backup of
  the shop before the first file is included;
- **reference**: paramiko alone on the same login: connect, list, download each file and delete it
  (the SFTP work a fetch cannot avoid; no opening, no checks, nothing stored).

Time is measured in the child around the work (interpreter start-up excluded); peak memory is each
child's ``VmHWM`` at its end, which includes the interpreter and its imports.

    .venv/bin/python bench/orders_bench.py                 # 500 orders, best and median of 3
    .venv/bin/python bench/orders_bench.py --orders 100 --repeat 1
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
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

PRIVATE = "echoppe-private-bench"


def _child_echoppe(shop_path: str, kh_file: str, password: str, expected: int) -> dict[str, float]:
    from wizard.publish import KnownHosts
    from wizard.publish.orders_fetch import FetchFinished, fetch_orders
    from wizard.store.shopfile import ShopFile

    known = KnownHosts(Path(kh_file), Path(kh_file + ".none"))
    with ShopFile.open(shop_path) as shop:
        start = time.perf_counter()
        last = None
        for event in fetch_orders(shop, password, known_hosts=known):
            last = event
        seconds = time.perf_counter() - start
        if not isinstance(last, FetchFinished) or len(last.new_orders) != expected or last.rejected:
            raise SystemExit(f"benchmark check failed: {last!r}")
        stored = shop.read("SELECT COUNT(*) FROM orders")[0][0]
        if stored != expected:
            raise SystemExit(f"benchmark check failed: {stored} orders stored")
    return {"seconds": seconds}


def _child_reference(host: str, port: int, user: str, password: str, expected: int) -> dict[str, float]:
    import paramiko

    start = time.perf_counter()
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # a benchmark reference only
    client.connect(host, port, user, password, look_for_keys=False, allow_agent=False)
    sftp = client.open_sftp()
    folder = f"{PRIVATE}/orders"
    names = sorted(e.filename for e in sftp.listdir_attr(folder) if e.filename.endswith(".sealed"))
    total = 0
    for name in names:
        with sftp.open(f"{folder}/{name}", "rb") as fh:
            total += len(fh.read())
        sftp.remove(f"{folder}/{name}")
    client.close()
    seconds = time.perf_counter() - start
    if len(names) != expected or not total:
        raise SystemExit(f"benchmark check failed: {len(names)} files")
    return {"seconds": seconds}


def _peak_rss_mib() -> float:
    """This process's peak resident memory since its exec (``VmHWM``; ``ru_maxrss`` would include the
    parent's memory copied at fork)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _run_child(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds measured by the child, its peak RSS in MiB)."""
    done = subprocess.run([sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE,
                          env=env, cwd=REPO, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"child {args[0]} failed ({done.returncode})")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["seconds"], result["peak_mib"]


def _write_orders(folder: Path, key, count: int) -> int:
    from tests.orders.orderdata import seal, two_line_order

    entry = pwd.getpwnam("echoppe-jail")
    size = 0
    for n in range(1, count + 1):
        number = f"2026-{n:05d}"
        path = folder / f"{number}.sealed"
        data = seal(key, two_line_order(number, honey=1, soap=1))
        path.write_bytes(data)
        os.chown(path, entry.pw_uid, entry.pw_gid)
        size += len(data)
    return size


def _template_shop(path: Path, server, count: int):
    from tests.orders.orderdata import add_products, make_keys
    from wizard.store.shopfile import ShopFile

    with ShopFile.create(path) as shop:
        shop.save_settings(server.jail_target())
        shop.set_value("desk.private_dir", PRIVATE)
        key = make_keys(shop)
        add_products(shop, honey_stock=count * 2, soap_stock=count * 2)
    return key


def main() -> int:
    parser = argparse.ArgumentParser(description="Échoppe order fetch vs plain paramiko SFTP download")
    parser.add_argument("--orders", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "echoppe":
            result = _child_echoppe(rest[0], rest[1], rest[2], int(rest[3]))
        else:
            result = _child_reference(rest[0], int(rest[1]), rest[2], rest[3], int(rest[4]))
        result["peak_mib"] = _peak_rss_mib()
        print(json.dumps(result))
        return 0
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if os.geteuid() != 0:
        print("run as root: the benchmark starts its own sshd with a test user", file=sys.stderr)
        return 2

    from tests.support.sshd import PASSWORD, start_sshd, stop_sshd
    from wizard.publish import KnownHosts

    work = Path(tempfile.mkdtemp(prefix="echoppe-orders-bench-"))
    server = start_sshd()
    times: dict[str, list[float]] = {"echoppe": [], "reference": []}
    memory: dict[str, list[float]] = {"echoppe": [], "reference": []}
    try:
        entry = pwd.getpwnam("echoppe-jail")
        orders_dir = server.jail / PRIVATE / "orders"
        orders_dir.mkdir(parents=True)
        for folder in (orders_dir.parent, orders_dir, orders_dir.parent / "withdrawals"):
            folder.mkdir(exist_ok=True)
            os.chown(folder, entry.pw_uid, entry.pw_gid)
        template = work / "template.echoppe"
        key = _template_shop(template, server, args.orders)
        kh_file = work / "known_hosts"
        server.trust(KnownHosts(kh_file, Path(str(kh_file) + ".none")))
        env = {**os.environ, "XDG_DATA_HOME": str(work / "data"), "PYTHONPATH": str(REPO)}
        size = 0
        for rep in range(args.repeat):
            for kind in ("reference", "echoppe"):
                size = _write_orders(orders_dir, key, args.orders)
                if kind == "echoppe":
                    shop = work / f"shop-{rep}.echoppe"
                    shutil.copyfile(template, shop)
                    child = ["echoppe", str(shop), str(kh_file), PASSWORD, str(args.orders)]
                else:
                    child = ["reference", server.host, str(server.port), "echoppe-jail", PASSWORD,
                             str(args.orders)]
                seconds, rss = _run_child(child, env)
                if any(orders_dir.iterdir()):
                    raise SystemExit(f"benchmark check failed: {kind} left files on the server")
                times[kind].append(seconds)
                memory[kind].append(rss)
                print(f"  run {rep + 1} {kind:<9} {seconds:6.2f} s  peak RSS {rss:6.1f} MiB  "
                      f"(load {os.getloadavg()[0]:.2f})", flush=True)
    finally:
        stop_sshd(server)
        shutil.rmtree(work, ignore_errors=True)

    print()
    print(f"{args.orders} sealed orders ({size / 1024:.0f} KiB), {args.repeat} runs each, "
          f"load average {os.getloadavg()[0]:.2f} at the end")
    print(f"{'':<10} | {'best':>8} | {'median':>8} | {'peak RSS':>9}")
    for kind in ("reference", "echoppe"):
        print(f"{kind:<10} | {min(times[kind]):6.2f} s | {statistics.median(times[kind]):6.2f} s | "
              f"{max(memory[kind]):6.1f} MiB")
    best = min(times["echoppe"]) / min(times["reference"])
    median = statistics.median(times["echoppe"]) / statistics.median(times["reference"])
    print(f"ratio echoppe / reference: best {best:.2f}, median {median:.2f}, "
          f"peak RSS {max(memory['echoppe']) / max(memory['reference']):.2f}")
    print(f"per order: echoppe {min(times['echoppe']) / args.orders * 1000:.1f} ms, "
          f"reference {min(times['reference']) / args.orders * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

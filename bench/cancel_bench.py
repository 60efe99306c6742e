"""How long Stop takes to return while a big publish is in full flight, on a far host.

Publishes a shop site (``--products``, about two files each) through ``delay_proxy`` (``--delay`` each
way) to a local sshd, sets the cancel event after ``--after`` files arrived, and reports the time
until ``publish`` raises ``PublishCancelled``; then checks the next publish sends exactly the rest.

    sudo .venv/bin/python bench/cancel_bench.py --products 500 --delay 0.02
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from delay_proxy import delay_proxy  # noqa: E402
from publish_bench import make_shop_site  # noqa: E402

from tests.support.sshd import start_sshd, stop_sshd  # noqa: E402
from wizard.publish import FileSent, KnownHosts, Planned, PublishCancelled, publish  # noqa: E402


def one_run(server, port: int, site: Path, folder: Path, known: KnownHosts, after: int) -> tuple[float, int, int]:
    """(seconds from cancel to return, files sent, files left)."""
    target = server.key_target(folder, "ed25519")
    target = type(target)(**{**target.__dict__, "port": port})
    cancel = threading.Event()
    seen = 0
    stopped_at = 0.0
    try:
        for event in publish(site, target, None, known_hosts=known, cancel=cancel):
            if isinstance(event, FileSent):
                seen += 1
                if seen == after:
                    stopped_at = time.perf_counter()
                    cancel.set()
    except PublishCancelled as exc:
        took = time.perf_counter() - stopped_at
        events = list(publish(site, target, None, known_hosts=known))
        planned = next(e for e in events if isinstance(e, Planned))
        if planned.to_send != exc.remaining:
            raise SystemExit(f"resume sent {planned.to_send}, expected {exc.remaining}") from exc
        leftovers = sorted(p.name for p in folder.rglob("*.echoppe-part"))
        if leftovers:
            raise SystemExit(f"temporary files left: {leftovers[:5]}") from exc
        return took, exc.sent, exc.remaining
    raise SystemExit("the publish finished before the cancel took effect")


def main() -> int:
    parser = argparse.ArgumentParser(description="Time for Stop to return during a big publish")
    parser.add_argument("--products", type=int, default=500)
    parser.add_argument("--delay", type=float, default=0.02, help="added each way (s); 0.02 = 40 ms RTT")
    parser.add_argument("--after", type=int, nargs="+", default=[1, 50, 300])
    args = parser.parse_args()
    if os.geteuid() != 0:
        print("run as root: the benchmark starts its own sshd with a test user", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="echoppe-cancel-"))
    server = start_sshd()
    try:
        site = work / "site"
        make_shop_site(site, args.products)
        files = sum(1 for p in site.rglob("*") if p.is_file())
        print(f"site: {files} files; RTT added: {2 * args.delay * 1000:.0f} ms")
        with delay_proxy(server.port, args.delay) as port:
            known = KnownHosts(work / "kh", work / "none")
            for kind in server.host_pub_keys:
                known.add("127.0.0.1", port, server.host_key(kind))
            for after in args.after:
                folder = server.user_folder("echoppe-key")
                took, sent, left = one_run(server, port, site, folder, known, after)
                print(f"stop after {after:4d} files: returned in {took:.3f} s ({sent} sent, {left} left, "
                      "resumed exactly)")
    finally:
        stop_sshd(server)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

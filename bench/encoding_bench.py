"""Encoding detection benchmark: deciding a CSV's encoding on evidence against a plain decode.

Usage: ``.venv/bin/python bench/encoding_bench.py [--rows 300000] [--repeat 3]``

Generates French product rows and times, in the same run, :func:`wizard.transfer.encoding.decode`
(byte order marks, NUL layout, UTF-8, mostly-UTF-8, script test, Windows-1252) against the plain
``try UTF-8, else Windows-1252`` it replaced, for three files: valid UTF-8, Windows-1252 (the slow
path: every test runs), and mostly UTF-8 with one bad line (refused, its line found). The best of
``--repeat`` CPU times is kept; the ratio is what to watch.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def plain(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    from wizard.transfer.encoding import MixedEncoding, decode

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    text = "".join(f"Crème brûlée n°{i};12,50;Fait à la main, pâte feuilletée\n" for i in range(args.rows))
    utf8 = text.encode("utf-8")
    mixed = utf8 + "Pâte;5;à la main\n".encode("cp1252")
    legacy = text.encode("cp1252")

    def detect_mixed() -> None:
        with contextlib.suppress(MixedEncoding):  # refused, with its line: what is timed
            decode(mixed)

    files: list[tuple[str, bytes, Callable[[], object]]] = [
        ("utf-8", utf8, lambda: decode(utf8)),
        ("cp1252", legacy, lambda: decode(legacy)),
        ("mostly utf-8", mixed, detect_mixed),
    ]
    print(f"{'file':<14}{'MB':>7}{'evidence s':>12}{'plain s':>10}{'ratio':>8}")
    for name, raw, run in files:
        ours = best(run, args.repeat)
        base = best(lambda raw=raw: plain(raw), args.repeat)
        print(f"{name:<14}{len(raw) / 1e6:>7.1f}{ours:>12.3f}{base:>10.3f}{ours / base:>8.1f}")


if __name__ == "__main__":
    main()

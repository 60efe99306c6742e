"""Start-up of the command line: ``echoppe --help`` and friends against ``python -c pass``.

Each run is a fresh process (``python -m wizard ARGS``), timed from spawn to exit, wall and CPU
(user + system of the child), with bytecode caching on (``PYTHONDONTWRITEBYTECODE`` is dropped: pip
compiles an installed app's modules, so a user's start-up never compiles source). The reference, ``python -c pass``, runs interleaved with the commands in
the same loop so the machine's load weighs on both. Reported: the median of ``--runs``, the ratio to
the reference and the extra seconds over it. Target (issue 16): ``echoppe --help`` ≤ 0.2 s.

    .venv/bin/python bench/cli_bench.py [--runs 15] [--lang fr,en]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_S = 0.2
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("--help",),
    ("build", "--help"),
    ("publish", "--help"),
    ("import", "--help"),
    ("niches",),
)


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(argv, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         timeout=60)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        raise RuntimeError(f"{argv[2:]} exited {out.returncode}: {out.stderr.decode()[-500:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--lang", default="fr,en", help="languages to run the commands in")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="echoppe-clibench-"))
    base_env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                    XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"))
    # As installed by pip, which compiles every module: bytecode is written by the warm-up run.
    base_env.pop("PYTHONDONTWRITEBYTECODE", None)
    cases: list[tuple[str, list[str], dict[str, str]]] = [("python -c pass", [sys.executable, "-c", "pass"],
                                                           base_env)]
    for lang in args.lang.split(","):
        env = dict(base_env, ECHOPPE_LANG=lang)
        for command in COMMANDS:
            cases.append((f"[{lang}] echoppe {' '.join(command)}", [sys.executable, "-m", "wizard", *command],
                          env))
    for _label, argv, env in cases:  # warm the page cache and any per-user cache once
        run_once(argv, env)
    walls: dict[str, list[float]] = {label: [] for label, _a, _e in cases}
    cpus: dict[str, list[float]] = {label: [] for label, _a, _e in cases}
    for _ in range(args.runs):
        for label, argv, env in cases:
            wall, cpu = run_once(argv, env)
            walls[label].append(wall)
            cpus[label].append(cpu)
    load = os.getloadavg()
    ref_wall = statistics.median(walls[cases[0][0]])
    ref_cpu = statistics.median(cpus[cases[0][0]])
    print(f"{args.runs} runs, medians; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"{'command':<32} {'wall':>8} {'CPU':>8} {'wall/ref':>9} {'wall-ref':>9}")
    worst = 0.0
    for label, _argv, _env in cases:
        wall = statistics.median(walls[label])
        cpu = statistics.median(cpus[label])
        print(f"{label:<32} {wall:>7.3f}s {cpu:>7.3f}s {wall / ref_wall:>8.1f}× {wall - ref_wall:>8.3f}s")
        if label != cases[0][0]:
            worst = max(worst, wall)
    print(f"reference CPU {ref_cpu:.3f}s; slowest command {worst:.3f}s (target ≤ {TARGET_S} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

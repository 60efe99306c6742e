"""Start-up of the INSTALLED app, from process start to its first page on screen (target < 1.5 s).

Times, interleaved in one run, each a fresh process with ``ECHOPPE_STARTUP_MARK=exit`` (the app prints
``ECHOPPE_SHOWN <epoch>`` once its window is exposed, then quits; see ``bench/startup_bench.py``):

* **bundle**: the PyInstaller bundle of the ``.deb`` that ``scripts/package-linux`` builds, unpacked with
  ``dpkg-deb -x`` (or ``--installed /usr/bin/echoppe`` once the package is installed), started as the menu
  entry's ``Exec`` line does without a file: ``echoppe open``;
* **wheel**: the wheel installed into a fresh venv by ``scripts/check-wheel`` (what ``pipx install`` does;
  that script also checks ``echoppe --version``), started the same way;
* **checkout**: ``python -m wizard`` from this checkout's venv, for comparison;
* **reference**: a bare PySide6 window (import, ``QApplication``, one ``QLabel`` shown) with the venv's
  Python: the machine's floor in the same run. Ratios are against it.

    .venv/bin/python bench/installed_startup_bench.py [--runs 5] [--platform offscreen|xcb]
    .venv/bin/python bench/installed_startup_bench.py --deb dist/echoppe_0.1.0_amd64.deb --no-wheel
    .venv/bin/python bench/installed_startup_bench.py --installed /usr/bin/echoppe
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from startup_bench import REFERENCE, TARGET_S, _env, time_once  # noqa: E402


def newest_deb() -> Path | None:
    debs = sorted((REPO / "dist").glob("echoppe_*.deb"), key=lambda p: p.stat().st_mtime)
    return debs[-1] if debs else None


def unpack(deb: Path, into: Path) -> Path:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(into)], check=True)
    command = into / "opt" / "echoppe" / "echoppe"
    if not command.is_file():
        raise RuntimeError(f"{deb} has no opt/echoppe/echoppe")
    return command


def wheel_venv() -> Path:
    """A fresh venv with the wheel installed (``scripts/check-wheel`` builds, installs and checks it)."""
    done = subprocess.run([str(REPO / "scripts" / "check-wheel"), str(REPO / "dist")], cwd=REPO,
                          env=_env("offscreen") | {"ECHOPPE_KEEP_VENV": "1"}, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise RuntimeError("scripts/check-wheel failed: " + (done.stderr or done.stdout)[-1000:])
    lines = done.stdout.strip().splitlines()
    print(lines[-2])
    return Path(lines[-1])


def version_of(command: list[str]) -> tuple[str, float]:
    start = time.perf_counter()
    out = subprocess.run([*command, "--version"], capture_output=True, text=True, check=True, timeout=60)
    return out.stdout.strip(), time.perf_counter() - start


def timed_run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds to the first page, and the child's CPU seconds for its whole run (every page, quit):
    CPU time moves less than wall time with the other jobs of a shared machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    shown, _ready = time_once(argv, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return shown, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--deb", type=Path, action="append", default=None,
                        help="default: the newest dist/echoppe_*.deb; repeat it to compare packages in one run")
    parser.add_argument("--installed", default=None, help="an installed echoppe command instead of the .deb")
    parser.add_argument("--no-wheel", action="store_true", help="skip the wheel in a fresh venv")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="echoppe-installed-bench-"))
    venv: Path | None = None
    try:
        commands: dict[str, list[str]] = {}
        if args.installed:
            commands["installed"] = [args.installed]
        else:
            debs = args.deb or [d for d in [newest_deb()] if d is not None]
            if not debs:
                print("no .deb: run scripts/package-linux first (or give --deb / --installed)", file=sys.stderr)
                return 2
            for i, deb in enumerate(debs):
                name = "bundle" if len(debs) == 1 else f"bundle {i + 1}"
                print(f"{name}: {deb} unpacked with dpkg-deb -x")
                commands[name] = [str(unpack(deb, work / f"root{i}"))]
        if not args.no_wheel:
            venv = wheel_venv()
            commands["wheel"] = [str(venv / "bin" / "echoppe")]
        for name, command in commands.items():
            version, seconds = version_of(command)
            print(f"{name}: '{version}' (--version in {seconds:.2f} s)")
        runs: dict[str, list[str]] = {"reference": [sys.executable, "-c", REFERENCE]}
        runs |= {name: [*command, "open"] for name, command in commands.items()}  # the menu entry, no file
        runs["checkout"] = [sys.executable, "-m", "wizard"]
        env = _env(args.platform)
        for argv in runs.values():  # warm the file cache once; not counted
            time_once(argv, env)
        print(f"before: {uptime()}")
        times: dict[str, list[float]] = {name: [] for name in runs}
        cpu: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.runs):
            for name, argv in runs.items():
                shown, used = timed_run(argv, env)
                times[name].append(shown)
                cpu[name].append(used)
        print(f"after:  {uptime()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if venv is not None:
            shutil.rmtree(venv.parent, ignore_errors=True)

    ref = statistics.median(times["reference"])
    ref_cpu = statistics.median(cpu["reference"])
    print(f"\nplatform: {args.platform}, runs: {args.runs}; wall: to the first page on screen; CPU: the whole run (s)")
    print(f"{'':10} {'median':>7} {'min':>7} {'max':>7} {'/ bare':>7} {'CPU':>7} {'/ bare':>7}")
    for name, values in times.items():
        median, used = statistics.median(values), statistics.median(cpu[name])
        print(f"{name:10} {median:7.3f} {min(values):7.3f} {max(values):7.3f} {median / ref:7.2f} "
              f"{used:7.3f} {used / ref_cpu:7.2f}")
    installed = [statistics.median(v) for n, v in times.items() if n not in ("reference", "checkout")]
    ok = all(m < TARGET_S for m in installed)
    print(f"target < {TARGET_S} s for the installed app: {'OK' if ok else 'TOO SLOW'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

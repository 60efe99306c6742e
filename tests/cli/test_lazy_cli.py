"""``echoppe --help`` and ``echoppe <command> --help`` import none of the engines' heavy libraries.

Checked in a fresh interpreter through ``sys.modules`` (not timed: the time is in bench/cli_bench.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

HEAVY = ("paramiko", "keyring", "jinja2", "PIL", "PySide6", "cryptography", "markdown", "babel")

# Runs every command's --help in one interpreter and reports, after each, the heavy modules loaded so
# far: the first command that pulls one in is named.
PROBE = """
import contextlib, io, json, sys
from wizard.cli import build_parser, main
heavy = tuple(sys.argv[1].split(","))
def loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] in heavy)
commands = [[]] + [[name] for name in sys.argv[2].split(",")]
report = []
for command in commands:
    with contextlib.redirect_stdout(io.StringIO()) as out:
        try:
            main([*command, "--help"])
        except SystemExit:
            pass
    report.append({"command": command, "heavy": loaded(), "printed": len(out.getvalue())})
print(json.dumps(report))
"""


def command_names() -> list[str]:
    from wizard.cli import build_parser

    parser = build_parser("en")
    subparsers = next(a for a in parser._actions if a.dest == "command")
    return sorted(subparsers.choices)  # type: ignore[arg-type]


def probe(lang: str, heavy: tuple[str, ...], commands: list[str]) -> list[dict[str, object]]:
    env = dict(os.environ, ECHOPPE_LANG=lang)
    done = subprocess.run([sys.executable, "-c", PROBE, ",".join(heavy), ",".join(commands)], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    report: list[dict[str, object]] = json.loads(done.stdout)
    return report


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_help_of_every_command_imports_no_heavy_library(lang: str) -> None:
    commands = command_names()
    assert {"build", "publish", "import", "niches", "orders", "desk", "check"} <= set(commands)
    cold = probe(lang, tuple(h for h in HEAVY if h != "babel"), commands)  # may compile the catalogue
    warm = probe(lang, HEAVY, commands)  # the compiled catalogue is reused: no Babel
    for report in (cold, warm):
        assert len(report) == len(commands) + 1
        for entry in report:
            assert entry["printed"], entry  # the help was printed, not an error
            assert entry["heavy"] == [], entry


def test_the_probe_sees_a_heavy_import() -> None:
    """The control: the same probe reports argparse (which every --help imports) when asked about it."""
    report = probe("en", ("argparse",), ["build"])
    assert report[0]["heavy"] == ["argparse"]

"""Pure modules cost nothing to import: package facades load their heavy parts on first use."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO

HEAVY = ("paramiko", "keyring", "jinja2", "PIL", "PySide6", "cryptography")


def imported_by(statement: str) -> set[str]:
    """Every module ``statement`` imports in a fresh interpreter, read from ``-X importtime``."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", statement], cwd=REPO,
                          capture_output=True, text=True, check=True, timeout=120)
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    assert names, done.stderr[-2000:]
    return names


@pytest.mark.parametrize("statement", [
    "import wizard.publish.errors, wizard.publish.events",
    "import wizard.publish, wizard.site, wizard.transfer",
    "import wizard.domain.model, wizard.i18n",
])
def test_pure_modules_import_no_heavy_library(statement: str) -> None:
    names = imported_by(statement)
    heavy = sorted(n for n in names if n.split(".")[0] in HEAVY)
    assert heavy == [], heavy


def test_the_facade_still_gives_every_name() -> None:
    names = imported_by("from wizard.publish import publish_shop, KnownHosts, UnknownHostKey")
    assert "paramiko" in names  # the control: the check above does see heavy imports

"""Run Python code against a real Secret Service: gnome-keyring under its own D-Bus session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

DBUS_RUN_SESSION = "/usr/bin/dbus-run-session"
GNOME_KEYRING = "/usr/bin/gnome-keyring-daemon"
REPO = Path(__file__).resolve().parents[2]


def run_with_secret_service(code: str, home: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh Python under ``dbus-run-session`` with an unlocked gnome-keyring.

    ``home`` becomes HOME (the keyring files land in ``home/.local/share/keyrings``).
    """
    from tests.conftest import required_tool

    required_tool("dbus-run-session", DBUS_RUN_SESSION)
    required_tool("gnome-keyring", GNOME_KEYRING)
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    script = home / "keyring_script.py"
    script.write_text(code)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "XDG_", "PYTHON_KEYRING"))}
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
               PYTHONPATH=str(REPO))
    shell = (f"echo echoppe-unlock | {GNOME_KEYRING} --unlock --components=secrets >/dev/null; "
             f"exec {sys.executable} {script}")
    result = subprocess.run([DBUS_RUN_SESSION, "--", "sh", "-c", shell], env=env, cwd=REPO,
                            capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        pytest.fail(f"keyring subprocess failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result

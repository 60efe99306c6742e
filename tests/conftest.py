"""Test-wide set-up: isolate HOME/XDG folders and run Qt offscreen before anything imports Qt."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

_HOME = Path(tempfile.mkdtemp(prefix="echoppe-test-home-"))
for _var, _sub in (
    ("HOME", ""),
    ("XDG_CONFIG_HOME", ".config"),
    ("XDG_DATA_HOME", ".local/share"),
    ("XDG_CACHE_HOME", ".cache"),
    ("XDG_STATE_HOME", ".local/state"),
):
    _path = _HOME / _sub
    _path.mkdir(parents=True, exist_ok=True)
    os.environ[_var] = str(_path)
_RUNTIME = _HOME / "runtime"
_RUNTIME.mkdir(mode=0o700, exist_ok=True)
os.environ["XDG_RUNTIME_DIR"] = str(_RUNTIME)
os.environ.setdefault("ECHOPPE_LANG", "en")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def shop_path(tmp_path: Path) -> Path:
    """A path for a new shop file."""
    return tmp_path / "shop.echoppe"


#: Tools to treat as absent, to check that the suite skips cleanly on a bare machine, e.g.
#: ``ECHOPPE_TEST_MISSING=sshd,chromium,java,gnome-keyring pytest`` (names or paths; "all" for every tool).
SIMULATED_MISSING = {t.strip().lower() for t in os.environ.get("ECHOPPE_TEST_MISSING", "").split(",") if t.strip()}


def tool_missing(path: str) -> bool:
    """True when the tool at ``path`` is absent, or ``ECHOPPE_TEST_MISSING`` says to act as if it were."""
    if "all" in SIMULATED_MISSING or any(tool in path.lower() for tool in SIMULATED_MISSING):
        return True
    return not Path(path).exists()


def required_tool(name: str, path: str) -> None:
    """Skip locally when a system tool is missing; fail on CI, where .ci/run installs it."""
    if tool_missing(path):
        if SIMULATED_MISSING:
            pytest.skip(f"{name} is treated as missing (ECHOPPE_TEST_MISSING)")
        if os.environ.get("CI"):
            pytest.fail(f"{name} ({path}) is missing: .ci/run should have installed it")
        pytest.skip(f"{name} is not installed ({path}); see README 'Running the tests'")


# Session fixtures shared across test folders (the wizard's end-to-end test publishes to this sshd;
# apache_site: a real Apache + mod_php serving what the chrooted sshd's user wrote, the order desk's host).
from tests.support.apache import apache_site  # noqa: E402, F401
from tests.support.sshd import sshd_server  # noqa: E402, F401


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own Échoppe data folder (known hosts, recent shops, backups): a host key one
    test accepted must never make another test's "unknown host" case pass, whatever the order."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data-home")))

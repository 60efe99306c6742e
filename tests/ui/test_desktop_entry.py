"""The desktop menu entry: valid file, absolute Exec, icons installed and removed."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

from wizard.cli import main
from wizard.paths import resources_dir


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_shipped_desktop_file_is_well_formed():
    entry = _entry(resources_dir() / "echoppe.desktop")
    assert entry["Type"] == "Application"
    assert entry["Icon"] == "echoppe"
    assert entry["Name"] == "Échoppe" and entry["Comment[fr]"]
    assert entry["Categories"].endswith(";")
    assert (resources_dir() / "icons" / "echoppe.svg").is_file()
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(resources_dir() / "echoppe.desktop")], capture_output=True,
                                text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_install_and_uninstall_through_the_cli(tmp_path, capsys):
    assert main(["desktop-entry", "install", "--prefix", str(tmp_path)]) == 0
    desktop = tmp_path / "applications" / "echoppe.desktop"
    entry = _entry(desktop)
    assert entry["Exec"].endswith(" open %f") and entry["MimeType"] == "application/x-echoppe;"
    command = entry["Exec"].removesuffix(" open %f").strip('"')
    assert Path(command).is_absolute(), "a menu has no virtualenv on its PATH"
    assert Path(command).name == "echoppe" and Path(command).parent == Path(sys.executable).parent
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "echoppe.svg").is_file()
    assert (tmp_path / "icons" / "hicolor" / "256x256" / "apps" / "echoppe.png").is_file()
    mime = (tmp_path / "mime" / "packages" / "echoppe.xml").read_text(encoding="utf-8")
    assert 'pattern="*.echoppe"' in mime and 'type="application/x-echoppe"' in mime
    assert "application menu" in capsys.readouterr().out
    assert main(["desktop-entry", "uninstall", "--prefix", str(tmp_path)]) == 0
    assert not desktop.exists()
    assert not (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "echoppe.svg").exists()


def test_echoppe_open_starts_the_app_on_the_shop(tmp_path):
    import os

    from tests.ui.wizard_helpers import make_shop

    path = make_shop(tmp_path / "s.echoppe")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ECHOPPE_STARTUP_MARK="exit")
    result = subprocess.run([sys.executable, "-m", "wizard", "open", str(path)], env=env, capture_output=True,
                            text=True, timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    assert "ECHOPPE_SHOWN" in result.stdout and "ECHOPPE_READY" in result.stdout
    missing = subprocess.run([sys.executable, "-m", "wizard", "open", str(tmp_path / "nope.echoppe")],
                             env=env, capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1 and "not found" in missing.stderr and "Traceback" not in missing.stderr

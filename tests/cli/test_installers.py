"""The Windows installer script and the shared PyInstaller spec agree with the app (issue 12): the folder and
program the spec builds, the file type the Linux package declares, the command the CLI accepts; and the
AppStream metainfo agrees with the desktop file the package installs and the app claims. Inno Setup
itself does not run here (no Windows on these machines); these checks fail when one side changes alone."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import wizard
from tests.conftest import required_tool
from wizard.cli import build_parser
from wizard.cli.desktop_commands import DESKTOP_FILE, cmd_open
from wizard.paths import resources_dir

REPO = Path(__file__).resolve().parents[2]
ISS = REPO / "packaging" / "windows" / "echoppe.iss"
SPEC = REPO / "packaging" / "echoppe.spec"


def sections() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = ""
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads UTF-8 (Échoppe) only with a byte-order mark"
    for line in raw.decode("utf-8-sig").splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            out[current] = []
        else:
            out.setdefault(current, []).append(line)
    return out


def defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', ISS.read_text(encoding="utf-8-sig"), re.M))


def setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections()["Setup"])


def test_the_installer_takes_what_the_spec_builds() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert 'COLLECT(exe, a.binaries, a.datas, name="echoppe"' in spec and 'name="echoppe",' in spec
    d = defines()
    assert d["AppExe"] == "echoppe.exe" and d["BuildDir"] == r"..\..\dist\echoppe"
    assert any(line.startswith('Source: "{#BuildDir}\\*"') and "recursesubdirs" in line for line in sections()["Files"])
    # The icon the spec makes from the PNG into its work folder (build\echoppe with --workpath build).
    assert setup()["SetupIconFile"] == r"..\..\build\echoppe\echoppe.ico" and '"echoppe.ico"' in spec
    assert "#error" in ISS.read_text(encoding="utf-8-sig")  # no version, no installer


def test_start_menu_entry_uninstall_and_no_admin_needed() -> None:
    s = setup()
    assert s["PrivilegesRequired"] == "lowest" and s["UninstallDisplayIcon"] == r"{app}\{#AppExe}"
    assert s["AppId"].startswith("{{") and s["ChangesAssociations"] == "yes"
    assert any(line.startswith(r'Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"')
               for line in sections()["Icons"])
    assert {"fr", "en"} == {re.match(r'Name: "(\w+)"', line)[1] for line in sections()["Languages"]}  # type: ignore[index]


def test_the_file_association_matches_the_linux_file_type_and_the_cli() -> None:
    root = ET.parse(resources_dir() / "echoppe-mime.xml").getroot()
    [glob] = [g.get("pattern") for g in root.iter("{http://www.freedesktop.org/standards/shared-mime-info}glob")]
    extension = glob.removeprefix("*")
    registry = sections()["Registry"]
    assert any(f'Subkey: "Software\\Classes\\{extension}"' in line and 'ValueData: "{#ProgId}"' in line
               for line in registry)
    [command] = [line for line in registry if line.endswith("shell\\open\\command\"; ValueType: string; "
                                                            'ValueName: ""; ValueData: """{app}\\{#AppExe}"" open ""%1"""')]
    assert "HKA" in command  # per user, or per machine when installed for everyone
    # What Windows will run: echoppe.exe open "C:\...\shop.echoppe", a command the CLI takes.
    args = build_parser("en").parse_args(["open", r"C:\Users\léa\Boutique.echoppe"])
    assert args.handler is cmd_open and str(args.shop).endswith("Boutique.echoppe")
    assert build_parser("en").parse_args(["open"]).shop is None  # the Start menu gives no file


METAINFO_DIR = REPO / "packaging"


def test_the_metainfo_names_the_desktop_file_the_package_installs_and_the_app_claims() -> None:
    """The AppStream id is reverse-DNS and names the file; its launchable is the desktop file the .deb installs,
    the one `echoppe desktop-entry install` writes and the one the app's setDesktopFileName() points at."""
    [metainfo] = METAINFO_DIR.glob("*.metainfo.xml")
    root = ET.parse(metainfo).getroot()
    component_id = root.findtext("id") or ""
    assert metainfo.name == f"{component_id}.metainfo.xml"
    assert re.fullmatch(r"[a-z][a-z0-9]*(\.[a-z][a-z0-9]*){2,}", component_id), component_id
    [launchable] = root.findall("launchable")
    assert launchable.get("type") == "desktop-id"
    desktop_id = launchable.text or ""
    assert (resources_dir() / desktop_id).is_file()
    script = (REPO / "scripts" / "package-linux").read_text(encoding="utf-8")
    assert f'resources/{desktop_id} "$ROOT/usr/share/applications/{desktop_id}"' in script
    assert f"APPSTREAM_ID={component_id}\n" in script
    app = (REPO / "wizard" / "ui" / "app.py").read_text(encoding="utf-8")
    [claimed] = re.findall(r'setDesktopFileName\("([^"]+)"\)', app)
    assert DESKTOP_FILE == desktop_id == f"{claimed}.desktop"
    # One release, filled in at build time from wizard/__init__.py: no version written here by hand.
    [release] = root.iter("release")
    assert release.get("version") == "@VERSION@" and release.get("date") == "@DATE@"


def test_the_filled_in_metainfo_passes_appstreamcli(tmp_path: Path) -> None:
    required_tool("appstreamcli", "/usr/bin/appstreamcli")
    [metainfo] = METAINFO_DIR.glob("*.metainfo.xml")
    filled = tmp_path / metainfo.name
    filled.write_text(metainfo.read_text(encoding="utf-8").replace("@VERSION@", wizard.__version__)
                      .replace("@DATE@", "2026-12-03"), encoding="utf-8")
    result = subprocess.run(["/usr/bin/appstreamcli", "validate", "--no-net", "--pedantic", str(filled)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout

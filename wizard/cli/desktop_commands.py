"""Desktop commands: ``echoppe open SHOP`` (the app on a shop) and ``echoppe desktop-entry install``."""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from wizard.i18n import msg
from wizard.paths import resources_dir

DESKTOP_FILE = "echoppe.desktop"
ICON_SIZES = (64, 128, 256)


def data_home() -> Path:
    """The freedesktop data folder: ``$XDG_DATA_HOME``, ``~/.local/share`` when unset (platformdirs)."""
    import platformdirs  # only when asked for: the command line's start-up stays light (bench/cli_bench.py)

    return Path(platformdirs.user_data_dir())


def has_freedesktop_menu() -> bool:
    """Menu entries, hicolor icons and shared-mime-info are the Linux (and BSD) desktops' own."""
    return not sys.platform.startswith(("win", "darwin", "cygwin"))


def echoppe_command() -> str:
    """The absolute path of the ``echoppe`` launcher of this installation (a menu has no venv PATH)."""
    beside = Path(sys.executable).parent / "echoppe"
    if beside.exists():
        return str(beside)
    found = shutil.which("echoppe")
    return found or "echoppe"


def installed_paths(root: Path) -> list[Path]:
    paths = [root / "applications" / DESKTOP_FILE,
             root / "icons" / "hicolor" / "scalable" / "apps" / "echoppe.svg"]
    paths += [root / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "echoppe.png" for n in ICON_SIZES]
    paths.append(root / "mime" / "packages" / "echoppe.xml")
    return paths


def install(root: Path, command: str | None = None) -> list[Path]:
    """Write the menu entry (with an absolute ``Exec``) and the icons under ``root``; returns the files."""
    written: list[Path] = []
    source = (resources_dir() / DESKTOP_FILE).read_text(encoding="utf-8")
    exec_line = command or echoppe_command()
    quoted = f'"{exec_line}"' if " " in exec_line else exec_line
    text = "\n".join(
        line.replace("Exec=echoppe", f"Exec={quoted}", 1) if line.startswith("Exec=") else line
        for line in source.splitlines()
    )
    entry = root / "applications" / DESKTOP_FILE
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(text + "\n", encoding="utf-8")
    written.append(entry)
    icons = resources_dir() / "icons"
    svg = icons / "echoppe.svg"
    if svg.is_file():
        target = root / "icons" / "hicolor" / "scalable" / "apps" / "echoppe.svg"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, target)
        written.append(target)
    mime = root / "mime" / "packages" / "echoppe.xml"
    mime.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resources_dir() / "echoppe-mime.xml", mime)
    written.append(mime)
    for size in ICON_SIZES:
        png = icons / f"echoppe-{size}.png"
        if png.is_file():
            target = root / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "echoppe.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(png, target)
            written.append(target)
    _refresh_caches(root)
    return written


def _refresh_caches(root: Path) -> None:
    """Let the desktop see the new file type and entry now (the tools are optional)."""
    import subprocess

    for tool, folder in (("update-mime-database", root / "mime"),
                         ("update-desktop-database", root / "applications")):
        exe = shutil.which(tool)
        if exe and folder.is_dir():
            subprocess.run([exe, str(folder)], capture_output=True, timeout=60, check=False)


def uninstall(root: Path) -> list[Path]:
    removed = []
    for path in installed_paths(root):
        if path.is_file():
            path.unlink()
            removed.append(path)
    _refresh_caches(root)
    return removed


def register(subparsers: argparse._SubParsersAction, _: Callable[[str], str]) -> None:
    p = subparsers.add_parser(
        "desktop-entry",
        help=_("Add Échoppe to the desktop's application menu (or remove it)."),
        description=_("Install or remove Échoppe's menu entry and icons for the current user."),
    )
    p.add_argument("action", choices=("install", "uninstall"), help=_("install or uninstall"))
    p.add_argument("--prefix", type=Path, default=None,
                   help=_("Data folder to use instead of ~/.local/share."))
    p.set_defaults(handler=cmd_desktop_entry)

    p = subparsers.add_parser(
        "open",
        help=_("Open a shop in the app."),
        description=_("Open the app on a shop file, at the “Your shop” page (or at Publish with --publish)."),
    )
    # Optional: the menu entry runs ``echoppe open %f``, and %f is empty when started from the menu.
    p.add_argument("shop", type=Path, nargs="?", default=None, help=_("The shop file (ending in .echoppe)."))
    p.add_argument("--publish", action="store_true", help=_("Go straight to the Publish page."))
    p.set_defaults(handler=cmd_open)


def cmd_open(args: argparse.Namespace, lang: str) -> int:
    if args.shop is None:
        from wizard.ui.app import main as app_main

        return app_main([])
    if not args.shop.is_file():
        from wizard.cli import CliError

        raise CliError(msg("The shop file {name} was not found.", name=str(args.shop)).text(lang))
    from wizard.ui.app import main as app_main

    return app_main(["--open", str(args.shop), *(["--publish"] if args.publish else [])])


def cmd_desktop_entry(args: argparse.Namespace, lang: str) -> int:
    if args.prefix is None and not has_freedesktop_menu():
        from wizard.cli import CliError

        raise CliError(msg("The menu entry is for Linux desktops: on Windows and macOS, the installer adds Échoppe "
                           "to the Start menu or to Applications.").text(lang))
    root = args.prefix or data_home()
    if args.action == "install":
        files = install(root)
        print(msg("Échoppe is now in your application menu ({n} files written under {root}).",
                  n=len(files), root=str(root)).text(lang))
    else:
        files = uninstall(root)
        print(msg("Removed Échoppe's menu entry ({n} files).", n=len(files)).text(lang))
    return 0

"""Nothing in the app assumes Linux (issue 12): no /tmp, no shell, no Unix-only calls, per-user folders from
platformdirs; the Linux-only menu entry says so on Windows and macOS instead of writing XDG folders there."""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

import pytest

from wizard.cli import main

WIZARD = Path(__file__).resolve().parents[2] / "wizard"
# os.<name> that Windows lacks
UNIX_ONLY_CALLS = {"getuid", "geteuid", "getgid", "getegid", "getpwnam", "getpwuid", "fork", "setsid", "killpg",
                   "getpgid", "chown", "lchown", "nice", "sched_setaffinity", "getpriority", "setpriority"}
GUARDED = {  # a Unix-only call allowed here because the code checks the platform first
    ("ui/workers.py", "getpriority"), ("ui/workers.py", "setpriority"),
    ("site/render_pool.py", "fork"),  # worker_count() renders in one process where os.fork is missing
}


def _sources() -> list[tuple[str, ast.AST]]:
    out = []
    for path in sorted(WIZARD.rglob("*.py")):
        rel = path.relative_to(WIZARD).as_posix()
        out.append((rel, ast.parse(path.read_text(encoding="utf-8"), rel)))
    return out


def assumptions(rel: str, tree: ast.AST) -> list[str]:
    """What in one module assumes Linux: /tmp-like or dot-folder paths, a shell, Unix-only calls and modules."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and not any(c.isspace() for c in node.value):
            text = node.value  # a path-like text (prose and docstrings have spaces)
            if text.startswith(("/tmp", "/var/tmp", "/dev/shm")) or text in (".local", ".config") \
                    or "/.local/" in text or "/.config/" in text:
                found.append(f"{rel}:{node.lineno}: path {text!r}")
        elif isinstance(node, ast.keyword) and node.arg == "shell" and not (
                isinstance(node.value, ast.Constant) and node.value.value is False):
            found.append(f"{rel}:{node.value.lineno}: shell=")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "os" \
                and node.attr in UNIX_ONLY_CALLS and (rel, node.attr) not in GUARDED:
            found.append(f"{rel}:{node.lineno}: {node.attr}")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [f"{rel}:{node.lineno}: import {n}" for n in names if n in ("pwd", "grp", "fcntl", "termios")]
    return found


def test_no_linux_assumption_in_the_code() -> None:
    found = [line for rel, tree in _sources() for line in assumptions(rel, tree)]
    assert found == []


def test_the_check_sees_what_it_forbids() -> None:
    snippet = ("import pwd\nos.getuid()\nsubprocess.run('ls', shell=True)\nopen('/tmp/x')\n"
               "Path.home() / '.local' / 'share'\nsubprocess.run(['ls'], shell=False)\n")
    found = assumptions("x.py", ast.parse(snippet))
    assert [f.split(": ", 1)[1] for f in found] == ["import pwd", "getuid", "shell=", "path '/tmp/x'",
                                                     "path '.local'"]


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_the_menu_entry_is_refused_outside_linux_desktops(monkeypatch, capsys, platform: str) -> None:
    data_home = Path(os.environ["XDG_DATA_HOME"])
    import babel.messages.pofile  # noqa: F401  # imported on the real platform: zoneinfo reads sysconfig once
    monkeypatch.setattr(sys, "platform", platform)
    assert main(["desktop-entry", "install"]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Linux" in err and "installer" in err
    assert not (data_home / "applications").exists()


def test_the_menu_entry_goes_to_the_xdg_data_folder_on_linux(monkeypatch) -> None:
    data_home = Path(os.environ["XDG_DATA_HOME"])
    monkeypatch.setattr(sys, "platform", "linux")
    assert main(["desktop-entry", "install"]) == 0
    assert (data_home / "applications" / "echoppe.desktop").is_file()
    assert main(["desktop-entry", "uninstall"]) == 0
    assert not (data_home / "applications" / "echoppe.desktop").exists()

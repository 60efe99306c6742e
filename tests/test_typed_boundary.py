"""The UI is a typed client of the engine (issue 13). Anywhere in ``wizard/``: no dispatch on class
names, no self-guarding import fallbacks, no signature sniffing. In ``wizard/ui``: no ``getattr`` with a
default naming a field of the project's dataclasses, no ``Any`` where the type is known. Read from the
source's syntax tree, so a comment or a string cannot trip it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

WIZARD = REPO / "wizard"
# The two genuinely optional features, each saying why in the code.
OPTIONAL_IMPORTS = {
    "wizard/ui/preview.py",  # QtWebEngine: the preview window is an optional extra
    "wizard/store/images.py",  # LittleCMS: some Pillow builds lack it (colour profiles are then kept)
}
ANY_ALLOWED = {
    "wizard/ui/preview.py",  # http.server's log_message(*args) and the optional QtWebEngine view
}


def _modules(root: Path) -> list[tuple[str, ast.Module]]:
    return [(p.relative_to(REPO).as_posix(), ast.parse(p.read_text(encoding="utf-8")))
            for p in sorted(root.rglob("*.py"))]


def dataclass_fields(modules: list[tuple[str, ast.Module]]) -> set[str]:
    """Every field name of every ``@dataclass`` in the project."""
    names: set[str] = set()
    for _path, tree in modules:
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            decorated = any("dataclass" in ast.unparse(d) for d in node.decorator_list)
            if decorated:
                names |= {s.target.id for s in node.body
                          if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)}
    return names


def findings(path: str, tree: ast.Module, fields: set[str]) -> list[str]:
    """The forbidden patterns in one module, as ``path:line: what``."""
    found = []
    for node in ast.walk(tree):
        where = f"{path}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            by_name = any(isinstance(s, ast.Attribute) and s.attr == "__name__" for s in sides)
            main_guard = any(isinstance(s, ast.Name) and s.id == "__name__" for s in sides)
            if by_name and not main_guard:
                found.append(f"{where}: dispatch on a class name ({ast.unparse(node)})")
        elif isinstance(node, ast.ExceptHandler) and node.type is not None:
            caught = {n.id for n in ast.walk(node.type) if isinstance(n, ast.Name)}
            if caught & {"ImportError", "ModuleNotFoundError"} and path not in OPTIONAL_IMPORTS:
                found.append(f"{where}: import fallback (except {ast.unparse(node.type)})")
        elif isinstance(node, ast.Attribute) and node.attr == "signature" and ast.unparse(node.value) == "inspect":
            found.append(f"{where}: inspect.signature")
        elif (path.startswith("wizard/ui/") and isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id == "getattr"
              and len(node.args) == 3 and isinstance(node.args[1], ast.Constant)
              and node.args[1].value in fields):
            found.append(f"{where}: getattr with a default on a dataclass field ({ast.unparse(node)})")
        elif (path.startswith("wizard/ui/") and path not in ANY_ALLOWED
              and isinstance(node, ast.Name) and node.id == "Any"):
            found.append(f"{where}: Any in the UI")
    return found


def test_the_project_has_none_of_the_untyped_patterns() -> None:
    modules = _modules(WIZARD)
    fields = dataclass_fields(modules)
    assert {"host_name", "files", "sent"} <= fields  # the control: the engine's dataclasses are seen
    found = [line for path, tree in modules for line in findings(path, tree, fields)]
    assert found == []


@pytest.mark.parametrize("snippet", [
    "if type(ev).__name__ == 'FileSent':\n    pass",
    "try:\n    import x\nexcept ImportError:\n    x = None",
    "import inspect\nn = inspect.signature(f)",
    "sent = getattr(fin, 'sent', 0)",
    "from typing import Any\nshop: Any = None",
])
def test_each_pattern_is_caught(snippet: str) -> None:
    assert findings("wizard/ui/example.py", ast.parse(snippet), {"sent"}), snippet


def test_a_main_guard_and_a_plain_getattr_are_fine() -> None:
    code = "if __name__ == '__main__':\n    pass\nbox = getattr(page, 'help_box', None)"
    assert findings("wizard/ui/example.py", ast.parse(code), {"sent"}) == []

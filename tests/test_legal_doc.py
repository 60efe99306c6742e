"""docs/legal.md maps each rule to the tests that prove it: every test it names must exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NAMED = re.compile(r"`(tests/[\w/]+\.py)::(test_\w+)`")


def _tests_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}


def named_tests(text: str) -> list[tuple[str, str]]:
    return NAMED.findall(text)


def missing_tests(text: str, root: Path = REPO) -> list[str]:
    """The ``file::test`` names of ``text`` that are not a test function of that file."""
    missing = []
    found: dict[str, set[str]] = {}
    for rel, name in named_tests(text):
        path = root / rel
        if rel not in found:
            found[rel] = _tests_in(path) if path.is_file() else set()
        if name not in found[rel]:
            missing.append(f"{rel}::{name}")
    return missing


def test_every_test_named_in_docs_legal_exists() -> None:
    text = (REPO / "docs" / "legal.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| **")]
    assert len(rows) >= 15, "one row per rule"
    for row in rows:
        assert named_tests(row), f"a rule without a test: {row[:80]}"
    assert not missing_tests(text), missing_tests(text)


def test_a_renamed_test_is_caught() -> None:
    assert missing_tests("`tests/test_legal_doc.py::test_a_renamed_test_is_caught`") == []
    assert missing_tests("`tests/test_legal_doc.py::test_that_was_renamed`") == [
        "tests/test_legal_doc.py::test_that_was_renamed"]
    assert missing_tests("`tests/nowhere.py::test_x`") == ["tests/nowhere.py::test_x"]

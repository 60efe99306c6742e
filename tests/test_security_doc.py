"""docs/security.md names the test of each finding: every test file and ``file::test`` it names must exist,
and the hostile-server findings (12, 18, 19, 20) name each test of tests/publish/test_hostile_server.py."""

from __future__ import annotations

import re

from tests.test_legal_doc import REPO, _tests_in, missing_tests

DOC = REPO / "docs" / "security.md"
HOSTILE = "tests/publish/test_hostile_server.py"
FILES = re.compile(r"`(tests/[\w/]+\.py)(?:::\w+)?`")


def _rows(text: str) -> dict[str, str]:
    """The threat table's rows by their finding numbers ("12", "7, 22"…)."""
    rows = {}
    for line in text.splitlines():
        cells = line.split("|")
        if len(cells) > 2 and re.fullmatch(r"\s*\d+(, \d+)*\s*", cells[1]):
            rows[cells[1].strip()] = line
    return rows


def test_every_test_named_in_docs_security_exists() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert not missing_tests(text), missing_tests(text)
    absent = [f for f in FILES.findall(text) if not (REPO / f).is_file()]
    assert not absent, absent


def test_the_hostile_server_findings_name_their_tests() -> None:
    rows = _rows(DOC.read_text(encoding="utf-8"))
    for finding in ("12", "18", "19", "20"):
        assert finding in rows, f"finding {finding} has no row of its own"
        assert f"`{HOSTILE}::test_" in rows[finding], f"finding {finding} names no hostile-server test"
    named = {name for finding in ("12", "18", "19", "20")
             for name in re.findall(rf"`{re.escape(HOSTILE)}::(test_\w+)`", rows[finding])}
    tests = {t for t in _tests_in(REPO / HOSTILE) if t.startswith("test_")}
    assert named == tests, (tests - named, named - tests)

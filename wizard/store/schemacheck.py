"""Is a shop file's schema exactly the one our migrations make? (A received file is untrusted.)

A shop file is a whole SQLite database: besides our tables it can carry triggers that run on our
own saves, views, extra tables or changed column definitions. Échoppe only opens a file whose
``sqlite_master`` is, object for object and statement for statement, what applying
``MIGRATIONS[:version]`` to an empty database produces; anything else is refused before the first
read (see ``docs/security.md`` for why refusing beats dropping).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache

from wizard.store.schema import MIGRATIONS

# SQLite's own statistics tables (``ANALYZE``) only steer the query planner: harmless, allowed.
_ALLOWED_EXTRA = frozenset({"sqlite_stat1", "sqlite_stat4"})
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, order=True)
class SchemaObject:
    """One row of ``sqlite_master``, its SQL with whitespace collapsed."""

    type: str
    name: str
    table: str
    sql: str


def _normalise(sql: str | None) -> str:
    return _SPACES.sub(" ", sql).strip() if sql else ""


def _objects(conn: sqlite3.Connection) -> frozenset[SchemaObject]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset(
        SchemaObject(str(t), str(n), str(tb), _normalise(s if isinstance(s, str) else None))
        for t, n, tb, s in rows
        if n not in _ALLOWED_EXTRA
    )


def split_sql(script: str) -> list[str]:
    """Split a migration into statements (our migrations hold no ';' inside literals)."""
    return [s.strip() for s in script.split(";") if s.strip()]


@cache
def expected_schema(version: int) -> frozenset[SchemaObject]:
    """The schema objects of a file at ``version``: our migrations applied to an empty database."""
    if not 0 <= version <= len(MIGRATIONS):
        raise ValueError(f"no schema version {version}")
    conn = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            for statement in split_sql(script):
                conn.execute(statement)
        return _objects(conn)
    finally:
        conn.close()


def unexpected_objects(conn: sqlite3.Connection, version: int) -> list[SchemaObject]:
    """Objects of the open database that our migrations for ``version`` do not make, or make otherwise.

    Missing objects count too (reported with an empty SQL text): a file without our tables is not ours.
    """
    found = _objects(conn)
    expected = expected_schema(version)
    extra = sorted(found - expected)
    missing = sorted(SchemaObject(o.type, o.name, o.table, "") for o in expected - found
                     if not any(f.type == o.type and f.name == o.name for f in extra))
    return extra + missing


def printable_name(name: str, limit: int = 40) -> str:
    """A schema object's name fit for a message: printable characters only, shortened."""
    clean = "".join(c if c.isprintable() else "?" for c in name)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"

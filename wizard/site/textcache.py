"""Product descriptions already turned into HTML, kept between builds in Échoppe's cache folder.

Markdown costs a tenth of a millisecond a description in pure Python, about a third of a product
page's rendering, and a shop's descriptions seldom change from one build to the next (a new theme,
a new version of the app, a new folder: every page is made again, with the same texts).

An entry is keyed by a hash of the text and kept in a file named after what decides the HTML
(markdown-it-py's version and the source of :mod:`wizard.site.filters`), so it can only be the
HTML that :func:`wizard.site.filters.markdown` gives for that text. The cache is best effort: a
file that cannot be opened, read or written is left aside and the text rendered, with the same
bytes. Each process opens its own connection (a build forks, and an SQLite connection must not
cross a fork); what a process rendered is added in one transaction when its share is done.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import sqlite3
from pathlib import Path

from markupsafe import Markup

from wizard.site import filters

log = logging.getLogger(__name__)

KEEP = 50_000  # entries kept (the newest); a shop of 10,000 products fills a fifth of it
_INHERITED: list[sqlite3.Connection] = []  # a forked child's copies of its parent's connections: never closed


def _identity() -> str:
    """What decides the HTML of a text: a change of either makes a new, empty cache file.

    markdown-it-py's ``__init__.py`` (which sets its ``__version__``) is read, not imported: a build
    whose texts are all in the cache never loads the parser. In an app bundle (PyInstaller), where no
    source lies beside the code, its version and the compiled code of our Markdown filter stand in.
    """
    h = hashlib.blake2b(digest_size=8)
    h.update(_markdown_it_identity())
    try:
        h.update(Path(filters.__file__).read_bytes())
    except (OSError, TypeError):
        for code in (filters.markdown.__code__, filters._markdown.__wrapped__.__code__, filters.safe_url.__code__):
            h.update(marshal.dumps(code))
    return h.hexdigest()


def _markdown_it_identity() -> bytes:
    import importlib.util

    spec = importlib.util.find_spec("markdown_it")
    try:
        if spec is not None and spec.origin:
            return Path(spec.origin).read_bytes()
    except OSError:
        pass
    import markdown_it  # a bundle: the module is there, its source is not

    return f"markdown-it {markdown_it.__version__}".encode()


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()


class MarkdownCache:
    """``markdown(text)`` as :func:`filters.markdown`, remembered in ``folder`` (None: not kept)."""

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / f"markdown-{_identity()}.sqlite" if folder is not None else None
        self._db: sqlite3.Connection | None = None
        self._pid = 0  # the process that opened ``_db``
        self._new: dict[bytes, str] = {}
        self.hits = 0
        self.misses = 0

    def markdown(self, text: str | None) -> Markup:
        if not text:
            return Markup("")
        key = _key(text)
        html = self._new.get(key)
        if html is None:
            html = self._stored(key)
        if html is not None:
            self.hits += 1
            return Markup(html)
        self.misses += 1
        made = filters.markdown(text)
        self._new[key] = str(made)
        return made

    def description_html(self, text: str, fmt: str) -> Markup:
        """:func:`filters.description_html`, with Markdown remembered (imported HTML is cleaned each time)."""
        return filters.safe_html(text) if fmt == "html" else self.markdown(text)

    def prepare(self) -> bool:
        """Open (and make) the cache file now: before a build forks, so that its renderers only read it.

        False when the file was made now, or cannot be used: every text is to be rendered.
        """
        existed = self.path is not None and self.path.exists()
        return self._connection() is not None and existed

    def save(self) -> None:
        """Add what this process rendered since the last save; never raises."""
        new, self._new = self._new, {}
        db = self._connection()
        if db is None or not new:
            return
        try:
            with db:
                db.executemany("INSERT OR IGNORE INTO html (key, html) VALUES (?, ?)",
                               ((key, html.encode("utf-8", "surrogatepass")) for key, html in new.items()))
                db.execute("DELETE FROM html WHERE rowid <= (SELECT max(rowid) FROM html) - ?", (KEEP,))
        except (sqlite3.Error, ValueError) as exc:
            log.debug("description cache not written: %s", exc)
            self._db = None

    def close(self) -> None:
        """Close this process's connection (a later use opens it again)."""
        db, ours = self._db, self._pid == os.getpid()
        self._db, self._pid = None, 0
        if db is not None and not ours:
            _INHERITED.append(db)
        elif db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()

    def _stored(self, key: bytes) -> str | None:
        db = self._connection()
        if db is None:
            return None
        try:
            row = db.execute("SELECT html FROM html WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as exc:
            log.debug("description cache not read: %s", exc)
            self._db = None
            return None
        if row is None or not isinstance(row[0], bytes):
            return None
        try:
            return str(row[0].decode("utf-8", "surrogatepass"))
        except UnicodeDecodeError:
            return None

    def _connection(self) -> sqlite3.Connection | None:
        if self._pid == os.getpid():
            return self._db
        # A new process (or the first use): a connection inherited through a fork is left untouched.
        if self._db is not None:
            _INHERITED.append(self._db)
        self._pid = os.getpid()
        self._db = None
        if self.path is None:
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=5, isolation_level=None)
            db.execute("PRAGMA trusted_schema = OFF")
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":  # only a new file: it takes a lock
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("CREATE TABLE IF NOT EXISTS html (key BLOB NOT NULL UNIQUE, html BLOB NOT NULL)")
            db.isolation_level = "DEFERRED"
        except (sqlite3.Error, OSError) as exc:
            log.debug("description cache not opened: %s", exc)
            return None
        self._db = db
        return db

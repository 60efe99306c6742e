"""Reading one log into the shop file: only what was not read before, totals only."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from wizard.i18n import EchoppeError, Message, msg
from wizard.stats.reader import Position, Stream, fingerprint, is_gzip, lines_from, open_log
from wizard.stats.salts import Salts
from wizard.stats.tally import Tally
from wizard.store import stats as store
from wizard.store.shopfile import ShopFile


class LogUnreadable(EchoppeError):
    """A log that cannot be read to its end (a damaged or truncated archive): nothing of it is counted."""

    def __init__(self, name: str, error: str) -> None:
        super().__init__(msg("The log {name} could not be read: {error}", name=name, error=error),
                         msg("Nothing of it was counted; download it again."))


@dataclass(frozen=True)
class ReadReport:
    """What one log brought (numbers only)."""

    name: str
    lines: int = 0
    broken: int = 0
    bots: int = 0
    other_sites: int = 0
    days: tuple[dt.date, ...] = ()
    unchanged: bool = False  # read to its end before and not changed since: not read again
    problem: Message | None = None  # could not be read (nothing of it counted)


def own_hosts(shop: ShopFile) -> set[str]:
    """The shop's own host names (from its public address), with and without ``www.``."""
    url = shop.shop().target.public_url.strip()
    try:
        host = (urlsplit(url).hostname or "").lower() if url else ""
    except ValueError:
        host = ""
    if not host:
        return set()
    bare = host.removeprefix("www.")
    return {bare, f"www.{bare}"}


def read_log(shop: ShopFile, name: str, raw: Stream, size: int, mtime: int,
             salts: Salts | None = None) -> ReadReport:
    """Count the new lines of the log ``raw`` (seekable, at its start) into the shop file."""
    if store.unchanged_since_read(shop, name, size, mtime):
        return ReadReport(name, unchanged=True)
    salts = salts or Salts()
    head = raw.read(2)
    raw.seek(0)
    stream = open_log(raw, head)
    try:
        mark = fingerprint(stream)
        before = store.log_read(shop, mark)
        position = Position(mark, before.consumed if before else 0)
        tally = Tally(own_hosts(shop), salts.salt, lambda day: store.known_visitors(shop, day))
        tally.add_lines(lines_from(stream, position, finished=is_gzip(head)))
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise LogUnreadable(name, str(exc) or type(exc).__name__) from exc
    counts = tally.counts
    salts.save()  # before the hashes it salted are stored: a lost salt would count visitors twice
    read = store.LogRead(mark, name, size, mtime, position.consumed, counts.lines, counts.broken)
    store.save_read(shop, tally.days, read if position.consumed else None, salts.cutoff())
    return ReadReport(name, counts.lines, counts.broken, counts.bots, counts.other_sites, tuple(sorted(tally.days)))


def read_file(shop: ShopFile, path: Path, salts: Salts | None = None) -> ReadReport:
    """Count a log file the merchant picked (from any host)."""
    with open(path, "rb") as fh:
        info = os.fstat(fh.fileno())
        return read_log(shop, f"file:{path.resolve()}", fh, info.st_size, int(info.st_mtime), salts)

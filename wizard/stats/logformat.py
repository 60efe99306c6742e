"""Access-log lines: Apache/Nginx "combined", its vhost variant, and OVH's (vhost in the second field).

A line is parsed into a :class:`Hit` that lives only in memory: the address and user agent it holds
are hashed by the tally and never written anywhere.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# [pre-fields] [time] "request" status size "referrer" "user agent" (anything after is ignored)
# The quoted fields are written as "unrolled loops" (runs of plain characters, then one escape) and the
# pre-fields as one greedy run: the same language as ``(?:[^"\\]|\\.)*`` but several times faster on
# CPython's engine, which matters at a million lines (bench/stats_bench.py).
_LINE = re.compile(
    r'(?P<pre>[^\[]*)\[(?P<time>[^\]]{20,40})\] "(?P<req>[^"\\]*(?:\\.[^"\\]*)*)" (?P<status>\d{3}) \S+ '
    r'"(?P<ref>[^"\\]*(?:\\.[^"\\]*)*)" "(?P<ua>[^"\\]*(?:\\.[^"\\]*)*)"'
)
_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ costs a third of the parse
class Hit:
    """One request of the log (memory only)."""

    day: dt.date  # the server's local date, as the log writes it
    addr: str
    vhost: str  # "" when the format has none
    method: str
    path: str
    query: str
    status: int
    referrer: str
    agent: str


_days: dict[str, dt.date | None] = {}


def _day(stamp: str) -> dt.date | None:
    """``03/Dec/2026`` → the date (cached: a log has few distinct days)."""
    key = stamp[:11]
    try:
        return _days[key]
    except KeyError:
        pass
    value: dt.date | None
    try:
        value = dt.date(int(key[7:11]), _MONTHS[key[3:6]], int(key[0:2]))
    except (KeyError, ValueError):
        value = None
    if len(_days) < 10_000:
        _days[key] = value
    return value


def _looks_like_address(text: str) -> bool:
    return ":" in text or bool(_IPV4.fullmatch(text))


def parse_line(line: str) -> Hit | None:
    """The request of one log line, or ``None`` when the line is not in a format we read."""
    m = _LINE.match(line)
    if m is None:
        return None
    pre_text, stamp, request, status, referrer, agent = m.groups()
    day = _days.get(stamp[:11]) or _day(stamp)
    if day is None:
        return None
    pre = pre_text.split()
    if len(pre) == 3:  # combined "%h %l %u", or OVH "%h %v %u"
        addr, second = pre[0], pre[1]
        vhost = second if second != "-" and "." in second and not _looks_like_address(second) else ""
    elif len(pre) == 4:  # vhost_combined: "%v:%p %h %l %u"
        vhost, addr = pre[0].rsplit(":", 1)[0] if pre[0].count(":") == 1 else pre[0], pre[1]
    else:
        return None
    parts = request.split(" ")
    if len(parts) == 3:
        method, target = parts[0], parts[1]
    else:  # "-" (a connection closed before any request) and other oddities: a line, not a page
        method, target = "", ""
    path, _, query = target.partition("?")
    return Hit(day, addr, vhost.lower() if vhost else "", method, path, query, int(status), referrer, agent)

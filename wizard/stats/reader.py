"""Reading a log stream, plain or gzip, from where the previous read stopped.

What is remembered of a log is never its content: a hash of its first line (which tells a rotated
or re-compressed copy of the same log from another log) and how many bytes of it were read.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

CHUNK = 1 << 20
_FIRST_LINE = 4096


class Stream(Protocol):
    """A readable, seekable byte stream (a file, an SFTP file, a gzip stream over either)."""

    def read(self, size: int = -1, /) -> bytes: ...

    def seek(self, offset: int, whence: int = 0, /) -> object: ...


@dataclass
class Position:
    """Where a read is: the log's identity and the (uncompressed) bytes of whole lines read."""

    fingerprint: str
    consumed: int


def is_gzip(head: bytes) -> bool:
    return head[:2] == b"\x1f\x8b"


def open_log(raw: Stream, head: bytes) -> Stream:
    """``raw`` as uncompressed bytes (``head`` is its first bytes, already read, ``raw`` rewound)."""
    if is_gzip(head):
        return gzip.GzipFile(fileobj=raw, mode="rb")
    return raw


def fingerprint(stream: Stream) -> str:
    """A hash of the log's first line (the stream is left at its start)."""
    first = stream.read(_FIRST_LINE).split(b"\n", 1)[0]
    stream.seek(0)
    return hashlib.sha256(b"echoppe-log\0" + first).hexdigest()[:32]


def lines_from(stream: Stream, position: Position, finished: bool) -> Iterator[str]:
    """The lines after ``position.consumed``, decoded; ``position`` advances over whole lines.

    A last line without its newline is read only when the log is ``finished`` (an archive): a live
    log may be in the middle of writing it, and the next read will find it whole.
    """
    stream.seek(position.consumed)
    rest = b""
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        buf = rest + chunk if rest else chunk
        end = buf.rfind(b"\n")
        if end < 0:
            rest = buf
            continue
        whole, rest = buf[: end + 1], buf[end + 1:]
        position.consumed += len(whole)
        text = whole.decode("utf-8", "replace")
        yield from text.split("\n")[:-1]
    if rest and finished:
        position.consumed += len(rest)
        yield rest.decode("utf-8", "replace")

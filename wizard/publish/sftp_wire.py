"""The only module that touches paramiko's private SFTP internals.

paramiko's public ``SFTPClient`` sends one request and waits for its reply. Pipelining writes requests
and reads replies on the session's channel itself (:mod:`wizard.publish.pipeline`), and needs two
things paramiko keeps private: the session's request counter (``request_number`` under ``_lock``, so
paramiko's own calls on the session never reuse an id), and the packing/unpacking of file attributes
(``SFTPAttributes._pack`` and ``_from_msg``). :func:`check_internals` says loudly when a paramiko release changes any of them
(``tests/publish/test_sftp_wire.py`` runs it against a real session, and checks that paramiko's own
calls still take their ids from that counter), instead of publishing failing
in some stranger way.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import Any

import paramiko
from paramiko.message import Message as SftpMessage
from paramiko.sftp import int64
from paramiko.sftp_attr import SFTPAttributes

Reply = Callable[[int, SftpMessage], None]  # (reply type, message positioned after the request id)
Arg = int | int64 | str | bytes | SFTPAttributes


def next_request_id(sftp: paramiko.SFTPClient) -> int:
    """Take the next request id of ``sftp`` (shared with paramiko's own calls on the session)."""
    client: Any = sftp  # a private attribute, checked by check_internals
    with client._lock:
        num: int = client.request_number
        client.request_number += 1
    return num


def encode(num: int, cmd: int, args: tuple[Arg, ...]) -> bytes:
    """One SFTP request packet (length, type, id, arguments), as paramiko would write it; strings
    and data are joined once, never copied through a message buffer (a WRITE carries up to 255 KiB)."""
    parts: list[bytes] = [b"", num.to_bytes(4, "big")]
    for item in args:
        if isinstance(item, int64):
            parts.append(int(item).to_bytes(8, "big"))
        elif isinstance(item, int):
            parts.append(item.to_bytes(4, "big"))
        elif isinstance(item, SFTPAttributes):
            message = SftpMessage()
            pack_attrs(item, message)
            parts.append(message.asbytes())
        else:
            data = item.encode("utf-8") if isinstance(item, str) else item
            parts.append(len(data).to_bytes(4, "big"))
            parts.append(data)
    size = sum(len(p) for p in parts) + 1
    parts[0] = struct.pack(">IB", size, cmd)
    return b"".join(parts)


def pack_attrs(attrs: SFTPAttributes, message: SftpMessage) -> None:
    private: Any = attrs
    private._pack(message)


def read_attrs(message: SftpMessage) -> SFTPAttributes:
    """The attributes at the message's position (an ATTRS reply, or one entry of a NAME reply)."""
    private: Any = SFTPAttributes
    attrs: SFTPAttributes = private._from_msg(message)
    return attrs


class InternalsChanged(RuntimeError):
    """paramiko no longer has the private parts pipelining relies on: pin the last version that has."""


def check_internals(sftp: paramiko.SFTPClient) -> None:
    """Raise :class:`InternalsChanged`, naming what moved, unless ``sftp`` still has every private
    part this module uses, with the shape it is used with."""
    problems: list[str] = []
    client: Any = sftp
    if not isinstance(getattr(client, "request_number", None), int):
        problems.append("SFTPClient.request_number (an int)")
    if not hasattr(getattr(client, "_lock", None), "__enter__"):
        problems.append("SFTPClient._lock (a lock)")
    for name in ("_pack", "_from_msg"):
        if not callable(getattr(SFTPAttributes, name, None)):
            problems.append(f"SFTPAttributes.{name}")
    if problems:
        raise InternalsChanged(
            f"paramiko {paramiko.__version__} changed private SFTP internals Échoppe relies on: "
            + "; ".join(problems))

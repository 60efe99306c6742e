"""The only module that touches paramiko's private SFTP internals.

paramiko's public ``SFTPClient`` sends one request and waits for its reply; pipelining needs four things
it keeps private: its request counter and table of awaited replies (``request_number``, ``_expecting``,
``_lock``), its reply reader (``_read_response``, which hands a reply to the awaited object's
``_async_response``), and the packing/unpacking of file attributes (``SFTPAttributes._pack`` and
``_from_msg``). :func:`check_internals` says loudly when a paramiko release changes any of them
(``tests/publish/test_sftp_wire.py`` runs it against a real session), instead of publishing failing
in some stranger way.
"""

from __future__ import annotations

import inspect
import struct
from collections.abc import Callable
from typing import Any

import paramiko
from paramiko.message import Message as SftpMessage
from paramiko.sftp import int64
from paramiko.sftp_attr import SFTPAttributes

Reply = Callable[[int, SftpMessage], None]  # (reply type, message positioned after the request id)
Arg = int | int64 | str | bytes | SFTPAttributes


class PendingRequest:
    """Receives the reply to one pipelined request (paramiko calls ``_async_response``)."""

    __slots__ = ("__weakref__", "callback")  # paramiko keeps pending requests in a WeakValueDictionary

    def __init__(self, callback: Reply) -> None:
        self.callback = callback

    def _async_response(self, t: int, message: SftpMessage, num: int) -> None:
        self.callback(t, message)


def register(sftp: paramiko.SFTPClient, request: PendingRequest) -> int:
    """Take the next request id of ``sftp`` and route its reply to ``request``."""
    client: Any = sftp  # private attributes, checked by check_internals
    with client._lock:
        num: int = client.request_number
        client.request_number += 1
        client._expecting[num] = request
    return num


def encode(num: int, cmd: int, args: tuple[Arg, ...]) -> bytes:
    """One SFTP request packet (length, type, id, arguments) as paramiko would write it."""
    message = SftpMessage()
    message.add_int(num)
    for item in args:
        if isinstance(item, int64):
            message.add_int64(item)
        elif isinstance(item, int):
            message.add_int(item)
        elif isinstance(item, SFTPAttributes):
            pack_attrs(item, message)
        else:
            message.add_string(item)
    payload = message.asbytes()
    return struct.pack(">IB", len(payload) + 1, cmd) + payload


def pack_attrs(attrs: SFTPAttributes, message: SftpMessage) -> None:
    private: Any = attrs
    private._pack(message)


def read_attrs(message: SftpMessage) -> SFTPAttributes:
    """The attributes at the message's position (an ATTRS reply, or one entry of a NAME reply)."""
    private: Any = SFTPAttributes
    attrs: SFTPAttributes = private._from_msg(message)
    return attrs


def read_one_reply(sftp: paramiko.SFTPClient) -> None:
    """Read one reply from ``sftp``'s channel and hand it to the request that awaits it."""
    client: Any = sftp
    client._read_response()


class InternalsChanged(RuntimeError):
    """paramiko no longer has the private parts pipelining relies on: pin the last version that has."""


def check_internals(sftp: paramiko.SFTPClient) -> None:
    """Raise :class:`InternalsChanged`, naming what moved, unless ``sftp`` still has every private
    part this module uses, with the shape it is used with."""
    problems: list[str] = []
    client: Any = sftp
    if not isinstance(getattr(client, "request_number", None), int):
        problems.append("SFTPClient.request_number (an int)")
    expecting = getattr(client, "_expecting", None)
    if expecting is None or not hasattr(expecting, "__setitem__"):
        problems.append("SFTPClient._expecting (a mapping of request id to awaiting object)")
    if not hasattr(getattr(client, "_lock", None), "__enter__"):
        problems.append("SFTPClient._lock (a lock)")
    reader = getattr(client, "_read_response", None)
    if not callable(reader) or "waitfor" not in inspect.signature(reader).parameters:
        problems.append("SFTPClient._read_response(waitfor=None)")
    source = inspect.getsource(reader) if callable(reader) else ""
    if "_async_response" not in source:
        problems.append("SFTPClient._read_response calling <awaiting>._async_response(t, msg, num)")
    for name in ("_pack", "_from_msg"):
        if not callable(getattr(SFTPAttributes, name, None)):
            problems.append(f"SFTPAttributes.{name}")
    if problems:
        raise InternalsChanged(
            f"paramiko {paramiko.__version__} changed private SFTP internals Échoppe relies on: "
            + "; ".join(problems))

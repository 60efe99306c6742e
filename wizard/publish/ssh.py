"""The SSH side of publishing: a connection whose server identity is checked before any credential
is sent, the login (password, keyboard-interactive or key), the SFTP session, and the connection test.

Timeouts everywhere: TCP connect, banner/handshake, authentication, then each reply (the pipeline's).
"""

from __future__ import annotations

import contextlib
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import paramiko

from wizard.domain.model import AuthMethod, PublishTarget
from wizard.publish.errors import (
    AuthenticationFailed,
    ConnectionTimeout,
    HostKeyChanged,
    HostUnreachable,
    KeyFileUnreadable,
    PassphraseRequired,
    PortClosed,
    SecretRequired,
    TransferFailed,
    UnknownHostKey,
)
from wizard.publish.hostkeys import KnownHosts, fingerprint
from wizard.publish.pipeline import REPLY_TIMEOUT
from wizard.publish.remote import remote_path

CONNECT_TIMEOUT = 15.0
BANNER_TIMEOUT = 15.0
AUTH_TIMEOUT = 20.0
FAST_CIPHERS = ("aes128-gcm@openssh.com", "aes256-gcm@openssh.com")

Secret = str  # a password, or the passphrase of the target's key file


@dataclass(frozen=True)
class ConnectionInfo:
    host: str
    port: int
    key_type: str
    fingerprint: str
    folder: str
    folder_exists: bool
    writable: bool


def load_key(key_file: str, passphrase: str | None) -> paramiko.PKey:
    """An OpenSSH private key (ed25519, ECDSA or RSA), decrypted with ``passphrase`` when needed."""
    path = Path(key_file).expanduser()
    try:
        # paramiko hands the passphrase to cryptography, which wants bytes (the stubs say str)
        secret: Any = passphrase.encode("utf-8") if passphrase else None
        return paramiko.PKey.from_path(path, secret)
    except paramiko.PasswordRequiredException as exc:
        raise PassphraseRequired(str(path)) from exc
    except TypeError as exc:  # cryptography: "Key is password-protected, but password was not provided."
        if "password" in str(exc).lower():
            raise PassphraseRequired(str(path)) from exc
        raise KeyFileUnreadable(str(path), str(exc)) from exc
    except FileNotFoundError as exc:
        raise KeyFileUnreadable(str(path), "not found") from exc
    except (paramiko.SSHException, ValueError, OSError) as exc:
        if passphrase:
            raise KeyFileUnreadable(str(path), "wrong passphrase or not a private key") from exc
        raise KeyFileUnreadable(str(path), str(exc) or type(exc).__name__) from exc


def _open_socket(host: str, port: int) -> socket.socket:
    try:
        sock = socket.create_connection((host, port), timeout=CONNECT_TIMEOUT)
        # Small requests go out at once: with Nagle's algorithm a request can wait for the ACK of
        # the previous one, which the server delays (up to 200 ms a round trip on Linux).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock
    except socket.gaierror as exc:
        raise HostUnreachable(host, str(exc)) from exc
    except ConnectionRefusedError as exc:
        raise PortClosed(host, port) from exc
    except TimeoutError as exc:
        raise ConnectionTimeout(host, port) from exc
    except OSError as exc:
        raise HostUnreachable(host, exc.strerror or str(exc)) from exc


class Connection:
    """An authenticated SSH transport with its SFTP channel (use as a context manager)."""

    def __init__(self, transport: paramiko.Transport, sftp: paramiko.SFTPClient, key: paramiko.PKey) -> None:
        self.transport = transport
        self.sftp = sftp
        self.key_type = key.get_name()
        self.fingerprint = fingerprint(key)

    def close(self) -> None:
        try:
            self.sftp.close()
        finally:
            self.transport.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(
    target: PublishTarget,
    secret: Secret | None,
    known_hosts: KnownHosts | None = None,
    accept_fingerprint: str | None = None,
) -> Connection:
    """Connect, check the server's identity *before* sending any credential, log in, open SFTP."""
    known_hosts = known_hosts or KnownHosts()
    host, port = target.host, int(target.port or 22)
    pkey = None
    if target.auth == AuthMethod.KEY:
        pkey = load_key(target.key_file, secret)
    elif secret is None:
        raise SecretRequired(target.user, host)
    sock = _open_socket(host, port)
    transport = paramiko.Transport(sock)
    try:
        transport.banner_timeout = BANNER_TIMEOUT
        transport.handshake_timeout = BANNER_TIMEOUT
        transport.auth_timeout = AUTH_TIMEOUT
        # AES-GCM (an AEAD) where the server offers it: no separate HMAC over every packet, the
        # cheapest cipher paramiko has (the server keeps the final say among those we offer).
        security = transport.get_security_options()
        security.ciphers = tuple(sorted(security.ciphers, key=lambda c: c not in FAST_CIPHERS))
        preferred = known_hosts.preferred_types(host, port)
        if preferred:
            opts = transport.get_security_options()
            offered = list(opts.key_types)
            opts.key_types = [t for t in preferred if t in offered] + [t for t in offered if t not in preferred]
        try:
            transport.start_client(timeout=BANNER_TIMEOUT)
        except (paramiko.SSHException, EOFError, OSError) as exc:
            raise ConnectionTimeout(host, port) from exc
        key = transport.get_remote_server_key()
        fp = fingerprint(key)
        state = known_hosts.check(host, port, key)
        if state == "changed":
            raise HostKeyChanged(host, port, key.get_name(), fp,
                                 known_hosts.recorded_fingerprint(host, port, key.get_name()))
        if state == "unknown":
            if accept_fingerprint is None or accept_fingerprint.strip() != fp:
                raise UnknownHostKey(host, port, key.get_name(), fp)
            known_hosts.add(host, port, key)
        _authenticate(transport, target, secret, pkey)
        try:
            sftp = paramiko.SFTPClient.from_transport(transport)
        except (paramiko.SSHException, EOFError, OSError) as exc:
            raise TransferFailed(target.path or "/", "SFTP is not available for this login") from exc
        channel = sftp.get_channel() if sftp is not None else None
        if sftp is None or channel is None:
            raise TransferFailed(target.path or "/", "SFTP is not available for this login")
        channel.settimeout(REPLY_TIMEOUT)
        return Connection(transport, sftp, key)
    except BaseException:
        transport.close()
        raise


def _authenticate(transport: paramiko.Transport, target: PublishTarget, secret: Secret | None,
                  pkey: paramiko.PKey | None) -> None:
    user = target.user
    try:
        if pkey is not None:
            transport.auth_publickey(user, pkey)
            return
        assert secret is not None
        try:
            transport.auth_password(user, secret)
        except paramiko.BadAuthenticationType as exc:
            if "keyboard-interactive" not in exc.allowed_types:
                raise
            transport.auth_interactive(user, lambda _t, _i, prompts: [secret for _p in prompts])
    except paramiko.AuthenticationException as exc:
        raise AuthenticationFailed(user, target.host, with_key=pkey is not None) from exc
    except (paramiko.SSHException, EOFError, OSError) as exc:
        raise ConnectionTimeout(target.host, int(target.port or 22)) from exc
    if not transport.is_authenticated():
        raise AuthenticationFailed(user, target.host, with_key=pkey is not None)


def test_connection(
    target: PublishTarget,
    secret: Secret | None,
    known_hosts: KnownHosts | None = None,
    accept_fingerprint: str | None = None,
) -> ConnectionInfo:
    """Log in and really try to write in the site folder (a test that passes means publishing can).
    For a folder target (no host), check the local folder instead."""
    if target.local_folder and not target.host:
        return _test_folder(Path(target.local_folder).expanduser())
    with connect(target, secret, known_hosts, accept_fingerprint) as conn:
        folder = remote_path(target.path)
        try:
            conn.sftp.stat(folder)
            exists = True
        except OSError:
            exists = False
        writable = False
        probe = remote_path(target.path, ".echoppe-write-test")
        if exists:
            try:
                with contextlib.suppress(OSError):
                    conn.sftp.remove(probe)  # a link planted there goes, never what it points to
                with conn.sftp.open(probe, "wxb") as fh:  # O_EXCL: never opened through a link
                    fh.write(b"echoppe")
                conn.sftp.remove(probe)
                writable = True
            except OSError:
                writable = False
        return ConnectionInfo(target.host, int(target.port or 22), conn.key_type, conn.fingerprint,
                              folder, exists, writable)


def _test_folder(folder: Path) -> ConnectionInfo:
    exists = folder.is_dir()
    writable = False
    probe = folder / ".echoppe-write-test"
    try:
        if not exists:
            folder.mkdir(parents=True)
            folder.rmdir()
        else:
            probe.write_bytes(b"echoppe")
            probe.unlink()
        writable = True
    except OSError:
        writable = False
    return ConnectionInfo("", 0, "", "", str(folder), exists, writable)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test when imported in tests

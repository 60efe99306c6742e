"""Known server identities: Échoppe's own known_hosts file plus the user's ``~/.ssh/known_hosts``.

The user's file is only read. Entries for a port other than 22 are written ``[host]:port``, as OpenSSH
does, so both tools understand each other's files.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

from wizard.paths import app_data_dir


def host_entry_name(host: str, port: int) -> str:
    return host if port == 22 else f"[{host}]:{port}"


def fingerprint(key: paramiko.PKey) -> str:
    """The OpenSSH ``SHA256:…`` form of a key's fingerprint."""
    return key.fingerprint


def _family(key_type: str) -> str:
    """Key types that are the same key (an RSA key signs as ssh-rsa, rsa-sha2-256 or rsa-sha2-512)."""
    if key_type in ("ssh-rsa", "rsa-sha2-256", "rsa-sha2-512"):
        return "ssh-rsa"
    return key_type


@dataclass(frozen=True)
class KnownKey:
    key_type: str
    fingerprint: str
    source: Path


class KnownHosts:
    """Host keys Échoppe trusts: ``own_file`` (read-write) and ``user_file`` (read-only)."""

    def __init__(self, own_file: Path | None = None, user_file: Path | None = None) -> None:
        self.own_file = own_file or app_data_dir() / "known_hosts"
        self.user_file = user_file if user_file is not None else Path.home() / ".ssh" / "known_hosts"

    def _load(self, path: Path) -> paramiko.HostKeys:
        keys = paramiko.HostKeys()
        if path.is_file():
            # an unreadable file must not stop publishing: unknown keys are still asked
            with contextlib.suppress(OSError, paramiko.SSHException):
                keys.load(str(path))
        return keys

    def known(self, host: str, port: int) -> list[tuple[paramiko.PKey, Path]]:
        """Every key recorded for ``host``/``port`` and the file holding it."""
        name = host_entry_name(host, port)
        found: list[tuple[paramiko.PKey, Path]] = []
        for path in (self.own_file, self.user_file):
            entry = self._load(path).lookup(name)
            if entry:
                found.extend((key, path) for key in entry.values())
        return found

    def preferred_types(self, host: str, port: int) -> list[str]:
        """Key types recorded for the host (so the server is asked for a key we can check)."""
        types: list[str] = []
        for key, _path in self.known(host, port):
            name = key.get_name()
            for t in (["rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"] if _family(name) == "ssh-rsa" else [name]):
                if t not in types:
                    types.append(t)
        return types

    def check(self, host: str, port: int, key: paramiko.PKey) -> str:
        """``"known"``, ``"unknown"`` or ``"changed"`` for the key a server presented."""
        recorded = self.known(host, port)
        if not recorded:
            return "unknown"
        family = _family(key.get_name())
        same_type = [k for k, _p in recorded if _family(k.get_name()) == family]
        if any(k == key or k.asbytes() == key.asbytes() for k in same_type):
            return "known"
        return "changed"

    def recorded_fingerprint(self, host: str, port: int, key_type: str) -> str:
        family = _family(key_type)
        for k, _p in self.known(host, port):
            if _family(k.get_name()) == family:
                return fingerprint(k)
        recorded = self.known(host, port)
        return fingerprint(recorded[0][0]) if recorded else ""

    def add(self, host: str, port: int, key: paramiko.PKey) -> None:
        """Record an accepted key in our own file (never in the user's)."""
        self.own_file.parent.mkdir(parents=True, exist_ok=True)
        line = f"{host_entry_name(host, port)} {key.get_name()} {key.get_base64()}\n"
        with open(self.own_file, "a", encoding="ascii") as fh:
            fh.write(line)
        os.chmod(self.own_file, 0o600)

    def forget(self, host: str, port: int) -> int:
        """Remove our entries for ``host``/``port``; returns how many lines were removed."""
        if not self.own_file.is_file():
            return 0
        name = host_entry_name(host, port)
        kept, removed = [], 0
        for line in self.own_file.read_text(encoding="ascii", errors="replace").splitlines(keepends=True):
            fields = line.split()
            if fields and not line.startswith("#") and name in fields[0].split(","):
                removed += 1
                continue
            kept.append(line)
        if removed:
            tmp = self.own_file.with_suffix(".tmp")
            tmp.write_text("".join(kept), encoding="ascii")
            os.replace(tmp, self.own_file)
        return removed

    def in_user_file(self, host: str, port: int) -> bool:
        return bool(self._load(self.user_file).lookup(host_entry_name(host, port)))


def parse_host_port(text: str) -> tuple[str, int]:
    """``host``, ``host:port`` or ``[host]:port`` → (host, port)."""
    text = text.strip()
    if text.startswith("[") and "]:" in text:
        host, port = text[1:].split("]:", 1)
        return host, int(port)
    if text.count(":") == 1:
        host, port = text.split(":")
        return host, int(port)
    return text, 22

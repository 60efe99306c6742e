"""A real OpenSSH ``sshd`` for the publishing tests, set up like a cheap shared host.

Session fixture :func:`sshd_server` starts ``/usr/sbin/sshd -D -e`` on a free loopback port with its
own host keys (ed25519 + RSA) and three real system users (the tests run as root):

* ``echoppe-pw``: password login, a normal shell account (rsync works);
* ``echoppe-key``: key login, ed25519 (no passphrase) and RSA (with a passphrase) keys;
* ``echoppe-jail``: chrooted SFTP-only (``ChrootDirectory`` + ``ForceCommand internal-sftp``), password
  or ed25519 key, owning ``www/``; ``readonly/`` in the jail is root's (permission-denied tests).

Everything lives in ``/srv/echoppe-test/<session>/`` (a chroot must be root-owned, not under /tmp).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from wizard.domain.model import AuthMethod, PublishTarget

SSHD = "/usr/sbin/sshd"
BASE = Path("/srv/echoppe-test")
PASSWORD = "Echoppe-test-pw-1"  # the same for every session: users are shared by parallel runs
PASSPHRASE = "correct horse battery"
USERS = ("echoppe-pw", "echoppe-key", "echoppe-jail")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def closed_port() -> Iterator[int]:
    """A loopback port that refuses connections for as long as the block runs: it is bound (so no
    other process can start listening there meanwhile) but never listens."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield s.getsockname()[1]


def _run(*cmd: str, input: str | None = None) -> None:
    subprocess.run(cmd, check=True, input=input, text=True, capture_output=True)


def _ensure_user(name: str, home: str) -> None:
    try:
        pwd.getpwnam(name)
    except KeyError:
        try:
            _run("useradd", "--no-create-home", "--home-dir", home, "--shell", "/bin/sh", name)
        except subprocess.CalledProcessError as exc:  # created meanwhile by a parallel session
            if "already exists" not in (exc.stderr or ""):
                raise
    if pwd.getpwnam(name).pw_dir != home:
        _run("usermod", "--home", home, name)
    _run("chpasswd", input=f"{name}:{PASSWORD}\n")


def _chown(path: Path, user: str) -> None:
    entry = pwd.getpwnam(user)
    os.chown(path, entry.pw_uid, entry.pw_gid)


@dataclass
class SshdServer:
    root: Path  # this session's folder
    port: int
    process: subprocess.Popen
    host_pub_keys: dict[str, Path]  # key type -> .pub file
    keys: dict[str, Path]  # "ed25519", "rsa" (passphrase), "jail" -> private key file
    jail: Path  # the chroot of echoppe-jail (files the user writes are in jail/www)
    host: str = "127.0.0.1"
    _counter: list[int] = field(default_factory=lambda: [0])

    # -- targets
    def user_folder(self, user: str = "echoppe-pw") -> Path:
        """A new empty folder owned by ``user`` (absolute path on this machine)."""
        self._counter[0] += 1
        folder = self.root / "sites" / f"{user}-{self._counter[0]}"
        folder.mkdir(parents=True)
        _chown(folder, user)
        return folder

    def password_target(self, folder: Path, **kw: object) -> PublishTarget:
        return PublishTarget(host=self.host, port=self.port, user="echoppe-pw", path=str(folder),
                             auth=AuthMethod.PASSWORD, **kw)

    def key_target(self, folder: Path, key: str = "ed25519", **kw: object) -> PublishTarget:
        return PublishTarget(host=self.host, port=self.port, user="echoppe-key", path=str(folder),
                             auth=AuthMethod.KEY, key_file=str(self.keys[key]), **kw)

    def jail_target(self, path: str = "www", **kw: object) -> PublishTarget:
        return PublishTarget(host=self.host, port=self.port, user="echoppe-jail", path=path,
                             auth=AuthMethod.PASSWORD, **kw)

    def jail_folder(self, name: str) -> tuple[str, Path]:
        """A fresh folder inside the jail's www/: (path as the jailed user sees it, real path)."""
        real = self.jail / "www" / name
        real.mkdir(parents=True)
        _chown(real, "echoppe-jail")
        return f"www/{name}", real

    # -- host keys
    def host_key(self, key_type: str = "ed25519"):
        import paramiko

        kind, b64 = self.host_pub_keys[key_type].read_text().split()[:2]
        return paramiko.PKey.from_type_string(kind, __import__("base64").b64decode(b64))

    def trust(self, known_hosts) -> None:
        """Record this server's host keys in a :class:`KnownHosts` (as after an accepted fingerprint)."""
        for key_type in self.host_pub_keys:
            known_hosts.add(self.host, self.port, self.host_key(key_type))

    # -- sessions
    def session_pids(self) -> list[int]:
        """Per-connection sshd processes: the listener's children and their children."""
        parents: dict[int, int] = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        found: list[int] = []
        frontier = [self.process.pid]
        while frontier:
            parent = frontier.pop()
            children = [pid for pid, ppid in parents.items() if ppid == parent]
            found.extend(children)
            frontier.extend(children)
        return found

    def kill_sessions(self) -> int:
        """Kill every open connection's sshd processes, as a dropped link would. Returns how many."""
        pids = self.session_pids()
        for pid in reversed(pids):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        return len(pids)


def _die_with_parent() -> None:
    """In the sshd child: get SIGTERM if the test process dies without tearing down (Linux)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


START_TIMEOUT = 120.0  # only a safety net: start-up is awaited on conditions, never on a fixed time


def _launch(root: Path, port: int, hostkeys: Path, authorized: Path, jail: Path) -> subprocess.Popen | None:
    """Start sshd on ``port`` and wait until it is *ours* that answers there; ``None`` when the port
    was taken meanwhile (sshd exits with "Address already in use")."""
    config = root / "sshd_config"
    config.write_text(f"""\
Port {port}
ListenAddress 127.0.0.1
HostKey {hostkeys}/ssh_host_ed25519_key
HostKey {hostkeys}/ssh_host_rsa_key
PidFile {root}/sshd.pid
UsePAM no
StrictModes no
PermitRootLogin no
PasswordAuthentication yes
KbdInteractiveAuthentication no
PubkeyAuthentication yes
AuthorizedKeysFile {authorized}/%u
AllowUsers {" ".join(USERS)}
Subsystem sftp internal-sftp
MaxStartups 100:30:200
MaxSessions 50
LogLevel ERROR
Match User echoppe-jail
    ChrootDirectory {jail}
    ForceCommand internal-sftp
    AllowTcpForwarding no
""")
    pid_file = root / "sshd.pid"
    pid_file.unlink(missing_ok=True)
    log_path = root / "sshd.log"
    log = open(log_path, "wb")  # noqa: SIM115 - lives as long as the server
    process = subprocess.Popen([SSHD, "-f", str(config), "-D", "-e"], stdout=log, stderr=log,
                               preexec_fn=_die_with_parent)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            text = log_path.read_text(errors="replace")
            if "Address already in use" in text or "Cannot bind" in text:
                return None
            raise RuntimeError("sshd did not start: " + text)
        # sshd writes its pid file only once it listens: from then on the port is ours.
        try:
            ours = pid_file.read_text().strip() == str(process.pid)
        except OSError:
            ours = False
        if ours and _answers(port):
            return process
        time.sleep(0.02)
    process.kill()
    raise RuntimeError(f"sshd did not answer within {START_TIMEOUT:.0f} s")


def _answers(port: int) -> bool:
    """True once an SSH banner comes back on ``port``."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.settimeout(10)
            return s.recv(64).startswith(b"SSH-")
    except OSError:
        return False


def _keygen(path: Path, key_type: str, passphrase: str = "", bits: int | None = None) -> None:
    cmd = ["ssh-keygen", "-q", "-t", key_type, "-N", passphrase, "-C", "echoppe-test", "-f", str(path)]
    if bits:
        cmd += ["-b", str(bits)]
    _run(*cmd)


def start_sshd() -> SshdServer:
    """Create users, keys and folders, start sshd; the caller must :func:`stop_sshd`."""
    BASE.mkdir(mode=0o755, exist_ok=True)
    os.chmod(BASE, 0o755)
    root = BASE / uuid.uuid4().hex[:10]
    root.mkdir(mode=0o755)
    try:
        return _start_in(root)
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise


def _start_in(root: Path) -> SshdServer:
    (root / "sites").mkdir(mode=0o755)
    jail = root / "jail"
    jail.mkdir(mode=0o755)
    home = BASE / "home"  # shared by parallel sessions; the tests use absolute folders
    home.mkdir(mode=0o755, exist_ok=True)
    for user in USERS:
        _ensure_user(user, "/" if user == "echoppe-jail" else str(home))
    (jail / "www").mkdir()
    _chown(jail / "www", "echoppe-jail")
    (jail / "readonly").mkdir(mode=0o755)

    hostkeys = root / "hostkeys"
    hostkeys.mkdir(mode=0o700)
    _keygen(hostkeys / "ssh_host_ed25519_key", "ed25519")
    _keygen(hostkeys / "ssh_host_rsa_key", "rsa", bits=2048)
    clientkeys = root / "clientkeys"
    clientkeys.mkdir(mode=0o700)
    _keygen(clientkeys / "id_ed25519", "ed25519")
    _keygen(clientkeys / "id_rsa", "rsa", PASSPHRASE, bits=2048)
    _keygen(clientkeys / "id_jail", "ed25519")
    authorized = root / "authorized"
    authorized.mkdir(mode=0o755)
    (authorized / "echoppe-key").write_text(
        (clientkeys / "id_ed25519.pub").read_text() + (clientkeys / "id_rsa.pub").read_text())
    (authorized / "echoppe-jail").write_text((clientkeys / "id_jail.pub").read_text())
    (authorized / "echoppe-pw").write_text((clientkeys / "id_ed25519.pub").read_text())
    for f in authorized.iterdir():
        os.chmod(f, 0o644)

    Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)
    for _attempt in range(5):  # the free port may be taken by another process before sshd binds it
        port = free_port()
        process = _launch(root, port, hostkeys, authorized, jail)
        if process is not None:
            break
    else:
        raise RuntimeError("sshd could not bind a free port: " + (root / "sshd.log").read_text())
    return SshdServer(
        root=root, port=port, process=process,
        host_pub_keys={"ed25519": hostkeys / "ssh_host_ed25519_key.pub", "rsa": hostkeys / "ssh_host_rsa_key.pub"},
        keys={"ed25519": clientkeys / "id_ed25519", "rsa": clientkeys / "id_rsa", "jail": clientkeys / "id_jail"},
        jail=jail,
    )


def stop_sshd(server: SshdServer) -> None:
    server.kill_sessions()
    server.process.terminate()
    try:
        server.process.wait(5)
    except subprocess.TimeoutExpired:
        server.process.kill()
    shutil.rmtree(server.root, ignore_errors=True)


def sshd_available() -> str | None:
    """Why the sshd fixture cannot run here, or ``None``."""
    if not Path(SSHD).exists():
        return f"OpenSSH server is not installed ({SSHD})"
    if os.geteuid() != 0:
        return "the sshd tests create system users and a chroot: run them as root (CI does)"
    return None


@pytest.fixture(scope="session")
def sshd_server() -> Iterator[SshdServer]:
    """A real OpenSSH server on loopback for the whole test session."""
    from tests.conftest import required_tool

    required_tool("OpenSSH server", SSHD)
    reason = sshd_available()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    server = start_sshd()
    try:
        yield server
    finally:
        stop_sshd(server)

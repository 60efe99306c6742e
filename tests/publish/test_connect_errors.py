"""Host keys, logins and connection failures against the real sshd: each has its own clear error."""

from __future__ import annotations

from pathlib import Path

import paramiko
import pytest

from tests.support.sites import make_site
from tests.support.sshd import PASSPHRASE, PASSWORD, closed_port
from wizard.domain.model import PublishTarget
from wizard.publish import (
    AuthenticationFailed,
    HostKeyChanged,
    HostUnreachable,
    KeyFileUnreadable,
    KnownHosts,
    PassphraseRequired,
    PortClosed,
    SecretRequired,
    UnknownHostKey,
    publish,
    test_connection,
)


def test_unknown_host_key_is_refused_until_its_fingerprint_is_accepted(tmp_path: Path, sshd_server) -> None:
    kh = KnownHosts(tmp_path / "kh", tmp_path / "none")
    folder = sshd_server.user_folder()
    target = sshd_server.password_target(folder)
    expected = sshd_server.host_key("ed25519").fingerprint
    with pytest.raises(UnknownHostKey) as caught:
        test_connection(target, PASSWORD, known_hosts=kh)
    assert caught.value.fingerprint == expected and expected.startswith("SHA256:")
    assert expected in caught.value.text("en") and expected in caught.value.text("fr")
    assert not kh.own_file.exists()

    with pytest.raises(UnknownHostKey):  # a different fingerprint is no acceptance
        test_connection(target, PASSWORD, known_hosts=kh, accept_fingerprint="SHA256:" + "A" * 43)
    assert test_connection(target, PASSWORD, known_hosts=kh, accept_fingerprint=expected).writable
    assert f"[127.0.0.1]:{sshd_server.port} ssh-ed25519 " in kh.own_file.read_text()
    assert test_connection(target, PASSWORD, known_hosts=kh).fingerprint == expected  # now known


def test_user_known_hosts_is_read_but_never_written(tmp_path: Path, sshd_server) -> None:
    user_file = tmp_path / "ssh_known_hosts"
    key = sshd_server.host_key("rsa")  # the user only knows the RSA key: it must be the one asked for
    user_file.write_text(f"[127.0.0.1]:{sshd_server.port} {key.get_name()} {key.get_base64()}\n")
    before = user_file.read_text()
    kh = KnownHosts(tmp_path / "own", user_file)
    info = test_connection(sshd_server.password_target(sshd_server.user_folder()), PASSWORD, known_hosts=kh)
    assert info.fingerprint == key.fingerprint
    assert user_file.read_text() == before and not kh.own_file.exists()


def test_changed_host_key_is_always_refused(tmp_path: Path, sshd_server) -> None:
    kh = KnownHosts(tmp_path / "kh", tmp_path / "none")
    impostor = paramiko.Ed25519Key.from_private_key_file(str(sshd_server.keys["jail"]))  # another ed25519 key
    kh.add("127.0.0.1", sshd_server.port, impostor)
    target = sshd_server.password_target(sshd_server.user_folder())
    real = sshd_server.host_key("ed25519").fingerprint
    for accept in (None, real):
        with pytest.raises(HostKeyChanged) as caught:
            test_connection(target, PASSWORD, known_hosts=kh, accept_fingerprint=accept)
        assert caught.value.fingerprint == real and caught.value.known_fingerprint == impostor.fingerprint
        assert f"forget-host 127.0.0.1:{sshd_server.port}" in caught.value.text("en")
    assert kh.forget("127.0.0.1", sshd_server.port) == 1
    assert test_connection(target, PASSWORD, known_hosts=kh, accept_fingerprint=real).writable


def test_wrong_password_and_missing_password(tmp_path: Path, sshd_server, known_hosts) -> None:
    target = sshd_server.password_target(sshd_server.user_folder())
    with pytest.raises(AuthenticationFailed) as caught:
        test_connection(target, "not the password", known_hosts=known_hosts)
    assert "password" in caught.value.text("en")
    with pytest.raises(SecretRequired):
        list(publish(tmp_path, target, None, known_hosts=known_hosts))


def test_closed_port_and_unknown_host(tmp_path: Path, known_hosts) -> None:
    with closed_port() as port, pytest.raises(PortClosed) as caught:
        test_connection(PublishTarget(host="127.0.0.1", port=port, user="x"), "pw", known_hosts=known_hosts)
    assert "port" in caught.value.text("en")
    with pytest.raises(HostUnreachable):
        test_connection(PublishTarget(host="no-such-host.invalid", user="x"), "pw", known_hosts=known_hosts)


def test_key_logins_ed25519_and_rsa_with_passphrase(tmp_path: Path, sshd_server, known_hosts) -> None:
    site = tmp_path / "site"
    files = make_site(site, pages=2, assets=1)
    folder = sshd_server.user_folder("echoppe-key")
    ed = sshd_server.key_target(folder, "ed25519")
    assert test_connection(ed, None, known_hosts=known_hosts).writable
    rsa = sshd_server.key_target(folder, "rsa")
    with pytest.raises(PassphraseRequired):
        test_connection(rsa, None, known_hosts=known_hosts)
    with pytest.raises(KeyFileUnreadable):
        test_connection(rsa, "wrong passphrase", known_hosts=known_hosts)
    events = list(publish(site, rsa, PASSPHRASE, known_hosts=known_hosts))
    assert events[-1].sent == len(files)
    # A key the server does not accept for this login.
    other = sshd_server.key_target(folder, "jail")
    with pytest.raises(AuthenticationFailed) as caught:
        test_connection(other, None, known_hosts=known_hosts)
    assert "key" in caught.value.text("en")


def test_the_site_is_read_while_connecting_and_its_problems_come_first(tmp_path: Path, sshd_server) -> None:
    """The connection opens in a helper thread while the site is read: an empty folder is reported as
    such (not as the host's refusal), and a connection still opening is closed, never used."""
    import socket
    import threading

    from wizard.publish import EmptySite

    empty = tmp_path / "empty"
    empty.mkdir()
    kh = KnownHosts(tmp_path / "kh", tmp_path / "none")  # the host is unknown: connecting would fail
    with pytest.raises(EmptySite):
        list(publish(empty, sshd_server.password_target(sshd_server.user_folder()), PASSWORD, known_hosts=kh))

    # A host that accepts and then never answers: no connection can open, and the publish does not wait.
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True).start()
    silent = PublishTarget(host="127.0.0.1", port=listener.getsockname()[1], user="x", path="site")
    with pytest.raises(EmptySite):
        list(publish(empty, silent, PASSWORD, known_hosts=kh))
    listener.close()
    sshd_server.trust(kh)
    site = tmp_path / "site"
    make_site(site, pages=3)
    events = list(publish(site, sshd_server.password_target(sshd_server.user_folder()), PASSWORD, known_hosts=kh))
    assert type(events[0]).__name__ == "Connecting" and type(events[1]).__name__ == "Connected"

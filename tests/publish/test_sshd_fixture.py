"""The test sshd itself: it starts on conditions, not on luck (a busy CI machine must not flake)."""

from __future__ import annotations

import socket
import threading

import pytest

from tests.support import sshd as sshd_support


def test_a_port_taken_before_sshd_binds_it_is_not_mistaken_for_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process grabs the "free" port first and even answers like an SSH server: the fixture
    must notice its own sshd could not listen there and start it on another port."""
    reason = sshd_support.sshd_available()
    if reason:
        pytest.skip(reason)
    impostor = socket.socket()
    impostor.bind(("127.0.0.1", 0))
    impostor.listen()
    taken = impostor.getsockname()[1]

    def answer() -> None:
        while True:
            try:
                conn, _addr = impostor.accept()
            except OSError:
                return
            with conn:
                conn.sendall(b"SSH-2.0-impostor\r\n")

    threading.Thread(target=answer, daemon=True).start()
    ports = iter([taken])
    real_free_port = sshd_support.free_port
    monkeypatch.setattr(sshd_support, "free_port", lambda: next(ports, None) or real_free_port())
    server = sshd_support.start_sshd()
    try:
        assert server.port != taken
        assert server.process.poll() is None
        with socket.create_connection(("127.0.0.1", server.port), timeout=30) as s:
            s.settimeout(30)
            assert s.recv(64).startswith(b"SSH-2.0-OpenSSH")
    finally:
        sshd_support.stop_sshd(server)
        impostor.close()

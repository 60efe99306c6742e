"""Fixtures shared by the desk's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.publish import KnownHosts


@pytest.fixture
def known_hosts(tmp_path: Path, sshd_server) -> KnownHosts:
    """A known-hosts pair (own file, no user file) that already trusts the test sshd."""
    kh = KnownHosts(tmp_path / "known_hosts", tmp_path / "no-user-known-hosts")
    sshd_server.trust(kh)
    return kh

"""Fixtures for the publishing tests: known hosts trusting the test sshd, event helpers."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from wizard.publish import FileSent, Finished, KnownHosts, Planned, PublishCancelled, publish


@pytest.fixture
def known_hosts(tmp_path: Path, sshd_server) -> KnownHosts:
    """A known-hosts pair (own file, no user file) that already trusts the test server."""
    kh = KnownHosts(tmp_path / "known_hosts", tmp_path / "no-user-known-hosts")
    sshd_server.trust(kh)
    return kh


def summary(events: list) -> tuple[Planned, list[FileSent], Finished]:
    planned = next(e for e in events if isinstance(e, Planned))
    sent = [e for e in events if isinstance(e, FileSent)]
    finished = next(e for e in events if isinstance(e, Finished))
    return planned, sent, finished


def cancel_after_files(site: Path, target, secret: str, known_hosts: KnownHosts, files: int) -> PublishCancelled:
    """Publish, press Stop once ``files`` FileSent events have come, and return the cancellation."""
    cancel = threading.Event()
    seen = 0
    with pytest.raises(PublishCancelled) as caught:
        for event in publish(site, target, secret, known_hosts=known_hosts, cancel=cancel):
            if isinstance(event, FileSent):
                seen += 1
                if seen == files:
                    cancel.set()
    return caught.value

"""Fetching the host's access logs over the real chrooted sshd: only new data, links never followed, read-only."""

from __future__ import annotations

import gzip
import os
import pwd
from pathlib import Path

import pytest

from tests.stats.logdata import FIREFOX, line, salts_of_log_day, sample
from tests.support.sshd import PASSWORD
from wizard.domain.model import PublishTarget
from wizard.publish import KnownHosts
from wizard.stats.hostlogs import LogsUnavailable, fetch_logs, is_access_log, log_folder
from wizard.store.shopfile import ShopFile
from wizard.store.stats import stats_days


def _own(path: Path) -> None:
    entry = pwd.getpwnam("echoppe-jail")
    os.chown(path, entry.pw_uid, entry.pw_gid)


@pytest.fixture
def host(tmp_path: Path, sshd_server, shop_path: Path):
    """A shop publishing to the jail, its logs in a folder of the jail (as a host keeps them)."""
    name = f"logs-{tmp_path.name}"
    logs = sshd_server.jail / name
    logs.mkdir()
    kh = KnownHosts(tmp_path / "known_hosts", tmp_path / "no-user-known-hosts")
    sshd_server.trust(kh)
    with ShopFile.create(shop_path) as shop:
        target = sshd_server.jail_target()
        shop.save_settings(PublishTarget(**{**target.__dict__, "public_url": "https://boutique.example/"}))
        shop.set_value("stats.log_dir", name)
    return shop_path, logs, kh


def _place(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    _own(path)
    return path


def test_fetch_reads_the_logs_then_only_what_is_new(host) -> None:
    shop_path, logs, kh = host
    old = sample(day="02/Dec/2026")
    _place(logs / "access.log.1.gz", gzip.compress(("\n".join(old) + "\n").encode()))
    live = _place(logs / "access.log", ("\n".join(sample()[:6]) + "\n").encode())
    _place(logs / "error.log", b"[error] not an access log\n")
    (logs / "other.log").symlink_to("/etc/passwd")
    before = {p.name: (p.read_bytes(), p.lstat().st_mtime_ns) for p in logs.iterdir()}
    with ShopFile.open(shop_path) as shop:
        reports = list(fetch_logs(shop, PASSWORD, known_hosts=kh, salts=salts_of_log_day()))
        assert sorted(r.name.rsplit("/", 1)[1] for r in reports) == ["access.log", "access.log.1.gz"]
        assert sum(r.lines for r in reports) == len(old) + 6
        days = {d.day.isoformat(): d for d in stats_days(shop)}
        assert (days["2026-12-02"].visits, days["2026-12-02"].pageviews) == (3, 8)
        assert (days["2026-12-03"].visits, days["2026-12-03"].cart_adds, days["2026-12-03"].orders) == (1, 1, 1)

        again = list(fetch_logs(shop, PASSWORD, known_hosts=kh, salts=salts_of_log_day()))
        assert [r.unchanged for r in again] == [True, True]

        with live.open("a") as fh:
            fh.write("\n".join(sample()[6:]) + "\n" + line("192.0.2.10", "/contact.html", FIREFOX) + "\n")
        grown = [r for r in fetch_logs(shop, PASSWORD, known_hosts=kh, salts=salts_of_log_day()) if not r.unchanged]
        assert [r.lines for r in grown] == [len(sample()) - 6 + 1]
        day = {d.day.isoformat(): d for d in stats_days(shop)}["2026-12-03"]
        assert (day.visits, day.pageviews, day.orders) == (3, 9, 1)
    after = {p.name: (p.read_bytes(), p.lstat().st_mtime_ns) for p in logs.iterdir() if p.name != "access.log"}
    assert after == {k: v for k, v in before.items() if k != "access.log"}  # read-only on the server


def test_a_linked_logs_folder_is_not_followed(host, sshd_server) -> None:
    shop_path, logs, kh = host
    _place(logs / "access.log", ("\n".join(sample()) + "\n").encode())
    link = sshd_server.jail / f"{logs.name}-link"
    link.symlink_to(logs.name)
    with ShopFile.open(shop_path) as shop:
        shop.set_value("stats.log_dir", link.name)
        with pytest.raises(LogsUnavailable):
            list(fetch_logs(shop, PASSWORD, known_hosts=kh, salts=salts_of_log_day()))
        assert stats_days(shop) == []


def test_presets_say_where_the_logs_are(shop_path: Path) -> None:
    with ShopFile.create(shop_path) as shop:
        with pytest.raises(LogsUnavailable):
            log_folder(shop)  # a custom host: the merchant says where
        shop.save_settings(PublishTarget(preset="ionos", host="h.example"))
        assert log_folder(shop) == "logs"
        shop.save_settings(PublishTarget(preset="o2switch", host="h.example"))
        assert log_folder(shop) == "logs"
        shop.set_value("stats.log_dir", "../etc")
        with pytest.raises(LogsUnavailable):
            log_folder(shop)
    assert is_access_log("boutique.example-ssl_log-Dec-2026.gz") and is_access_log("access.log.2026-49")
    assert not is_access_log("error.log") and not is_access_log("ftp.example-ftp_log-Dec-2026.gz")

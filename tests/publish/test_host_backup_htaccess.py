"""The encrypted copy is kept in a folder of the site only on a host that honours ``.htaccess``: the order
desk's deny probe, run against a real Apache + mod_php serving the folder the real chrooted sshd writes to,
with ``AllowOverride None`` (``.htaccess`` ignored, as nginx would) and ``AllowOverride All``."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.apache import ApacheSite, apache_available, make_site, stop_apache
from tests.support.backups import rich_shop
from tests.support.sshd import PASSWORD
from wizard.domain.model import AuthMethod, PublishTarget
from wizard.publish import KnownHosts
from wizard.publish import host_backup as hb
from wizard.store import backups
from wizard.store.sealing import FAST_PARAMS
from wizard.store.shopfile import ShopFile

PHRASE = "la boutique de Lou, 2026 !"


def _site(sshd_server, override: str) -> Iterator[ApacheSite]:
    reason = apache_available()
    if reason:
        pytest.skip(reason)
    site = make_site(sshd_server, override=override)
    try:
        yield site
    finally:
        stop_apache(site.server)
        shutil.rmtree(site.home, ignore_errors=True)


@pytest.fixture
def ignoring_site(sshd_server) -> Iterator[ApacheSite]:
    yield from _site(sshd_server, "None")


@pytest.fixture
def honouring_site(sshd_server) -> Iterator[ApacheSite]:
    yield from _site(sshd_server, "All")


def _shop(tmp_path: Path, sshd_server, site: ApacheSite) -> tuple[ShopFile, PublishTarget]:
    shop = rich_shop(tmp_path / "shop.echoppe")
    # "www/<name>/public": the jail's root belongs to root, so the copy must go inside the site folder
    target = PublishTarget(host=sshd_server.host, port=sshd_server.port, user="echoppe-jail", path=site.sftp_path,
                           auth=AuthMethod.PASSWORD, public_url=site.url)
    shop.save_settings(target)
    return shop, target


def _ours(site: ApacheSite) -> list[str]:
    """What the copy or the probe could have left in the web root."""
    return sorted(p.name for p in site.docroot.iterdir() if p.name.startswith((".echoppe-backups-", "echoppe-deny-")))


def test_this_host_serves_a_folder_denied_by_htaccess(ignoring_site: ApacheSite) -> None:
    folder = ignoring_site.docroot / "denied"
    folder.mkdir()
    (folder / ".htaccess").write_bytes(hb.HTACCESS)
    (folder / "copy.sealed").write_bytes(b"sealed")
    status, _h, body = ignoring_site.server.get("denied/copy.sealed")
    assert status == 200 and body == b"sealed"  # the premise: without the check a copy would be served


def test_no_copy_goes_into_the_site_of_a_host_that_ignores_htaccess(tmp_path, sshd_server, ignoring_site,
                                                                    known_hosts: KnownHosts) -> None:
    shop, target = _shop(tmp_path, sshd_server, ignoring_site)
    with pytest.raises(hb.HostIgnoresHtaccess) as caught:
        hb.send_copy(shop, target, PASSWORD, PHRASE, known_hosts=known_hosts, params=FAST_PARAMS,
                     root=tmp_path / "b")
    assert caught.value.earlier == 0
    assert _ours(ignoring_site) == []  # no backup folder made, the probe's folder removed
    assert not list(ignoring_site.home.rglob("*.sealed"))
    shop.close()


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["The encrypted backup was not sent: your host ignores .htaccess files",
            "Your backups on this computer are safe.", "publish to a folder below your login's home",
            "Copies sent before (2) are still in"]),
    ("fr", ["La sauvegarde chiffrée n'a pas été envoyée : votre hébergeur ignore les fichiers .htaccess",
            "Vos sauvegardes sur cet ordinateur sont en sécurité.", "Les copies envoyées avant (2) sont encore dans"]),
])
def test_after_a_publish_the_merchant_is_told_in_plain_words(tmp_path, sshd_server, ignoring_site, monkeypatch,
                                                             known_hosts: KnownHosts, lang: str,
                                                             words: list[str]) -> None:
    shop, target = _shop(tmp_path, sshd_server, ignoring_site)
    # two copies sent before the host stopped honouring .htaccess (as the jailed login would have left them)
    folder = ignoring_site.docroot / hb.inside_folder_name(backups.shop_id(shop))
    folder.mkdir()
    for stamp in ("20261101T090000.000000Z", "20261201T090000.000000Z"):
        (folder / f"echoppe-{hb._shop_tag(backups.shop_id(shop))}-{stamp}.sealed").write_bytes(b"old")
    monkeypatch.setattr(hb, "stored_passphrase", lambda _shop: PHRASE)
    copy = hb.after_publish(shop, target, PASSWORD, known_hosts)
    assert copy.sent is None and isinstance(copy.problem, hb.HostIgnoresHtaccess)
    assert copy.message is not None
    text = copy.message.text(lang)
    for word in words:
        assert word in text, (word, text)
    assert len(list(folder.iterdir())) == 2  # nothing added; the merchant's earlier copies left to them
    shop.close()


def test_a_host_that_honours_htaccess_gets_the_copy_and_refuses_it_to_the_web(tmp_path, sshd_server, honouring_site,
                                                                              known_hosts: KnownHosts) -> None:
    shop, target = _shop(tmp_path, sshd_server, honouring_site)
    remote = hb.send_copy(shop, target, PASSWORD, PHRASE, known_hosts=known_hosts, params=FAST_PARAMS,
                          root=tmp_path / "b")
    name = hb.inside_folder_name(backups.shop_id(shop))
    assert remote.endswith(f"{name}/{Path(remote).name}")
    assert (honouring_site.docroot / name / Path(remote).name).is_file()
    sealed = (honouring_site.docroot / name / Path(remote).name).read_bytes()
    status, _h, body = honouring_site.server.get(f"{name}/{Path(remote).name}")
    assert status in (403, 404) and sealed[:64] not in body  # refused over the web
    assert _ours(honouring_site) == [name]  # the probe's folder is gone
    shop.close()


def test_without_a_public_address_nothing_can_be_checked_and_the_sealed_copy_is_sent(
        tmp_path, sshd_server, ignoring_site, known_hosts: KnownHosts) -> None:
    shop, target = _shop(tmp_path, sshd_server, ignoring_site)
    target = dataclasses.replace(target, public_url="")
    remote = hb.send_copy(shop, target, PASSWORD, PHRASE, known_hosts=known_hosts, params=FAST_PARAMS,
                          root=tmp_path / "b")
    assert (ignoring_site.docroot / hb.inside_folder_name(backups.shop_id(shop)) / Path(remote).name).is_file()
    shop.close()

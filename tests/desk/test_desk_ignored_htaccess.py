"""A host that ignores ``.htaccess`` (Apache with ``AllowOverride None``, as nginx would): the publish
probe finds that a denied folder is served, and the desk never keeps its private folder in the web root
there. Real Apache + mod_php, real chrooted SFTP publish."""

from __future__ import annotations

import json
import shutil
import urllib.parse
from collections.abc import Iterator

import pytest

from tests.desk.hosthelpers import order_fields, publish_desk_shop
from tests.support.apache import ApacheSite, apache_available, make_site, stop_apache
from wizard.desk.files import DENY_ALL


@pytest.fixture
def ignoring_site(sshd_server) -> Iterator[ApacheSite]:
    reason = apache_available()
    if reason:
        pytest.skip(reason)
    site = make_site(sshd_server, override="None")
    try:
        yield site
    finally:
        stop_apache(site.server)
        shutil.rmtree(site.home, ignore_errors=True)


def leftovers(site: ApacheSite) -> list[str]:
    return sorted(p.name for p in site.docroot.iterdir() if p.name.startswith(("echoppe-deny-", "echoppe-probe-", ".echoppe-private")))


def test_this_host_really_serves_a_folder_denied_by_htaccess(ignoring_site: ApacheSite):
    # the premise of the tests below, so that they cannot pass on a host that honours .htaccess
    folder = ignoring_site.docroot / "denied"
    folder.mkdir()
    (folder / ".htaccess").write_text(DENY_ALL)
    (folder / "secret.txt").write_text("secret")
    status, _h, body = ignoring_site.server.get("denied/secret.txt")
    assert status == 200 and body == b"secret"


def test_a_private_folder_that_would_be_served_keeps_the_desk_off(tmp_path, sshd_server, ignoring_site,
                                                                   known_hosts):
    # "/www/<name>/public": an absolute path, so the private folder could only be in the web root
    host = publish_desk_shop(tmp_path, sshd_server, ignoring_site, known_hosts,
                             target_path="/" + ignoring_site.sftp_path)
    try:
        probe = host.shop.get_value("desk.probe")
        assert probe["php"] == "8.2" and probe["sodium"] and probe["mail"]  # PHP itself is fine
        assert probe["denies"] is False and probe["ok"] is False
        [warning] = [str(w) for w in host.built.warnings if ".htaccess" in str(w)]
        assert "order by email" in warning
        root = ignoring_site.docroot
        assert not (root / "desk").exists() and leftovers(ignoring_site) == []  # probes removed, no folder made
        cart = (root / "panier.html").read_text()
        config = json.loads(cart.split('id="shop-config">')[1].split("</script>")[0])
        assert "desk" not in config and config["orderEmail"] == "commandes@example.fr"
        assert "mailto:commandes@example.fr" in (root / "retractation.html").read_text()
    finally:
        host.shop.close()


def test_a_private_folder_outside_the_web_root_keeps_the_desk_on(tmp_path, sshd_server, ignoring_site, known_hosts):
    host = publish_desk_shop(tmp_path, sshd_server, ignoring_site, known_hosts)
    try:
        probe = host.shop.get_value("desk.probe")
        assert probe["denies"] is False and probe["ok"] is True
        assert not [w for w in host.built.warnings if ".htaccess" in str(w)]
        status, _h, page = ignoring_site.server.get(
            "desk/order.php", method="POST", body=urllib.parse.urlencode(order_fields()).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 200, page
        [sealed] = host.orders()  # www/<name>/echoppe-private: not below the document root
        assert host.open(sealed)["total"] == "24.31"
        assert not list(ignoring_site.docroot.rglob("*.sealed")) and leftovers(ignoring_site) == []
    finally:
        host.shop.close()

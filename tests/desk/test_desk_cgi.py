"""A host running PHP as CGI (php-cgi, as FastCGI/php-fpm hosts do): ``php_flag`` in ``.htaccess`` means
nothing there, ``desk/.user.ini`` is what keeps PHP's startup warnings off the page. The host is a
careless one (errors shown to visitors, ``expose_php``), published over the real chrooted SFTP."""

from __future__ import annotations

import shutil
import urllib.parse
from collections.abc import Iterator

import pytest

from tests.desk.hosthelpers import DeskHost, order_fields, publish_desk_shop
from tests.desk.test_desk_hostile import CARELESS_INI, FORM, assert_clean
from tests.support import apache
from tests.support.apache import PHP_CGI_DIR, apache_available, make_site, stop_apache
from wizard.desk.files import DESK_USER_INI
from wizard.publish.manifest import could_be_ours


@pytest.fixture
def cgi_host(tmp_path, sshd_server, known_hosts, monkeypatch) -> Iterator[DeskHost]:
    reason = apache_available() or (None if (PHP_CGI_DIR / "php").exists() else "apt-get install php-cgi")
    if reason:
        pytest.skip(reason)
    original = apache._php_ini
    monkeypatch.setattr(apache, "_php_ini", lambda root: original(root) + CARELESS_INI)
    site = make_site(sshd_server, php="cgi")
    try:
        desk = publish_desk_shop(tmp_path, sshd_server, site, known_hosts)
        yield desk
        desk.shop.close()
    finally:
        stop_apache(site.server)
        shutil.rmtree(site.home, ignore_errors=True)


def _flood(host: DeskHost) -> tuple[int, dict[str, str], str]:
    # 400 lines = 1,200 variables, beyond max_input_vars: PHP warns before any script runs
    fields = [(f"item[{i}][{k}]", v) for i in range(400) for k, v in (("slug", "pollen"), ("variant", ""), ("qty", "1"))]
    body = urllib.parse.urlencode(fields + order_fields()[6:]).encode()
    status, headers, data = host.site.server.get("desk/order.php", method="POST", body=body, headers=FORM)
    return status, headers, data.decode("utf-8", "replace")


def test_under_php_cgi_the_desk_user_ini_keeps_startup_warnings_off_the_page(cgi_host: DeskHost):
    host = cgi_host
    ini = host.site.docroot / "desk" / ".user.ini"
    assert ini.read_text() == DESK_USER_INI  # published over SFTP with the site
    assert host.site.server.get("desk/.user.ini")[0] in (403, 404)
    assert host.shop.get_value("desk.probe")["ok"] is True  # the probe ran through php-cgi

    status, headers, page = _flood(host)
    assert status in (400, 413), page[:500]
    assert_clean(page, headers)
    assert not host.orders()

    # an order goes through as on mod_php
    status, headers, page = host.site.server.get("desk/order.php", method="POST",
                                                 body=urllib.parse.urlencode(order_fields()).encode(), headers=FORM)
    assert status == 200 and len(host.orders()) == 1
    assert_clean(page, headers)

    # the file is what silences this host: without it the same request shows PHP's warning
    ini.unlink()
    _status, _headers, page = _flood(host)
    assert "Input variables exceeded" in page


def test_only_the_desk_user_ini_is_an_ini_a_publish_may_remove():
    assert could_be_ours("desk/.user.ini")
    for other in ("desk/php.ini", ".user.ini", "wp/.user.ini", "desk/x/.user.ini", "config.ini", "desk/.user.ini.bak"):
        assert not could_be_ours(other), other

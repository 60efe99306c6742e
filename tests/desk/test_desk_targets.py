"""Where the desk runs and where it does not: the private folder inside the web root (denied, unlisted),
a host that does not run PHP, a folder target; in the last two the site keeps the order by email."""

from __future__ import annotations

import json
import shutil
import urllib.parse

from tests.desk.deskshop import make_desk_shop
from tests.desk.hosthelpers import DeskHost, order_fields, publish_desk_shop
from tests.site.browser.serve import serve
from tests.support.sshd import PASSWORD
from wizard.desk.files import private_location
from wizard.publish.orders_fetch import Stored_, fetch_orders
from wizard.publish.shop import Built, publish_shop


def test_private_location_rules():
    assert private_location("www", "t").login == "echoppe-private"
    assert private_location("public_html/", "t").from_desk == "../../echoppe-private"
    assert private_location("www/shop/public", "t").login == "www/shop/echoppe-private"
    inside = private_location("", "3f9c2a7d1e5b4c60")
    assert inside.login == ".echoppe-private-3f9c2a7d1e5b4c60" and inside.in_web_root == inside.login
    assert private_location(".", "t").in_web_root and private_location("/", "t").in_web_root
    assert private_location("/home/u/www", "t").login == "/home/u/www/.echoppe-private-t"
    assert private_location("../x", "t").in_web_root
    # The probe's depth: the site two folders below the document root "www/" must climb three.
    deep = private_location("www/a/b", "t", depth=2)
    assert (deep.login, deep.from_desk, deep.in_web_root) == ("echoppe-private", "../../../../echoppe-private", "")
    assert private_location("www/boutique", "t", depth=1).login == "echoppe-private"
    assert private_location("boutique", "t", depth=1).in_web_root  # the login cannot reach above the root
    assert private_location("www", "t", depth=-1).in_web_root  # the site is not below the document root
    assert private_location("www", "t", depth=None).login == "echoppe-private"  # not measured: as before


def test_a_shop_in_a_subfolder_of_the_web_root_keeps_its_orders_above_it(tmp_path, sshd_server, apache_site,
                                                                           known_hosts):
    # "www/<name>/public/boutique": the shop is a folder of a site whose document root is ".../public".
    sub = apache_site.docroot / "boutique"
    sub.mkdir()
    shutil.chown(sub, "echoppe-jail", "echoppe-jail")
    shop = make_desk_shop(tmp_path / "shop.echoppe", target_path=apache_site.sftp_path + "/boutique",
                          public_url=apache_site.url + "boutique/", port=sshd_server.port)
    try:
        events = list(publish_shop(shop, PASSWORD, known_hosts=known_hosts))
        host = DeskHost(shop, apache_site, next(e for e in events if isinstance(e, Built)))
        assert shop.get_value("desk.probe_depth") == 1
        assert shop.get_value("desk.private_dir") == apache_site.sftp_path.rsplit("/", 1)[0] + "/echoppe-private"
        status, _h, page = apache_site.server.get("boutique/desk/order.php", method="POST",
                                                  body=urllib.parse.urlencode(order_fields()).encode(),
                                                  headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 200, page
        [sealed] = host.orders()  # in www/<name>/echoppe-private, above the document root
        assert host.open(sealed)["total"] == "24.31"
        assert not list(apache_site.docroot.rglob("*.sealed")) and not (sub / "echoppe-private").exists()
    finally:
        shop.close()


def test_a_private_folder_in_the_web_root_is_denied_and_never_listed(tmp_path, sshd_server, apache_site, known_hosts):
    # "/www/<name>/public": an absolute path, so the desk keeps its files in the web root.
    host = publish_desk_shop(tmp_path, sshd_server, apache_site, known_hosts, target_path="/" + apache_site.sftp_path)
    try:
        name = host.shop.get_value("desk.private_dir").rsplit("/", 1)[1]
        assert name.startswith(".echoppe-private-") and len(name) == len(".echoppe-private-") + 16
        assert host.post("order.php", order_fields())[0] == 200
        folder = apache_site.docroot / name
        [sealed] = (folder / "orders").glob("*.sealed")
        server = apache_site.server
        for path in (f"{name}/", f"{name}/orders/", f"{name}/orders/{sealed.name}", f"{name}/state/orders.counter",
                     f"{name}/.htaccess", "desk/"):
            status, _h, body = server.get(path)
            assert status == 403, path
            assert b"sealed" not in body
        for listing in ("", "desk/", "static/"):
            assert name.encode() not in server.get(listing)[2]
        # The app fetches from that absolute path like from any other.
        events = list(fetch_orders(host.shop, PASSWORD, known_hosts=known_hosts))
        assert [e.number for e in events if isinstance(e, Stored_)] == [sealed.stem]
        assert not list((folder / "orders").glob("*.sealed"))
    finally:
        host.shop.close()


def test_a_host_without_php_keeps_the_order_by_email(tmp_path, sshd_server, apache_site, known_hosts):
    # The same folder served by a static web server: the probe gets the PHP source back, not its answer.
    with serve(apache_site.docroot) as static_url:
        shop = make_desk_shop(tmp_path / "shop.echoppe", target_path=apache_site.sftp_path,
                              public_url=static_url, port=sshd_server.port)
        try:
            events = list(publish_shop(shop, PASSWORD, known_hosts=known_hosts))
            built = next(e for e in events if isinstance(e, Built))
            assert shop.get_value("desk.probe")["ok"] is False
            [warning] = [w for w in built.warnings if "PHP" in str(w)]
            # Without the desk, nothing acknowledges a withdrawal: the merchant is told to, in the shop's words.
            assert "acknowledge each one promptly" in warning.text("en")
            assert "accusez réception de chacune sans tarder" in warning.text("fr")
        finally:
            shop.close()
    root = apache_site.docroot
    assert not (root / "desk").exists() and not list(root.glob("echoppe-probe-*"))
    cart = (root / "panier.html").read_text()
    config = json.loads(cart.split('id="shop-config">')[1].split("</script>")[0])
    assert "desk" not in config and config["orderEmail"] == "commandes@example.fr"
    product = (root / "produit" / "bougie.html").read_text()
    assert "mailto:commandes@example.fr" in product and "desk/order.php" not in product
    withdrawal = (root / "retractation.html").read_text()
    assert "mailto:commandes@example.fr" in withdrawal and "desk/withdraw.php" not in withdrawal


def test_a_folder_target_builds_without_the_desk(tmp_path):
    from wizard.domain.model import PublishTarget

    shop = make_desk_shop(tmp_path / "shop.echoppe")
    try:
        folder = tmp_path / "out"
        shop.save_settings(PublishTarget(local_folder=str(folder), public_url="https://miel.example.fr/"))
        events = list(publish_shop(shop, None))
        built = next(e for e in events if isinstance(e, Built))
        assert any("PHP" in str(w) and "acknowledge each one promptly" in w.text("en") for w in built.warnings)
        assert (folder / "panier.html").is_file() and not (folder / "desk").exists()
        assert "mailto:" in (folder / "retractation.html").read_text()
    finally:
        shop.close()

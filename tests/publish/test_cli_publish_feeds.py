"""``echoppe publish`` to a host says where the shopping feeds now are and where to register them; the
products left out for want of a picture are named; a folder publish (not online) says nothing of feeds."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

from PIL import Image

from tests.support.sshd import PASSWORD
from wizard.cli import main
from wizard.domain.model import ImageRef, Product, PublishTarget, ShopIdentity
from wizard.publish import KnownHosts
from wizard.store.shopfile import ShopFile

URL = "https://www.ruches.example/"


def _shop(path: Path, target: PublishTarget) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 150, 40)).save(buf, "PNG")
    with ShopFile.create(path, ShopIdentity(name="Les Ruches", public_url=URL, email="a@ruches.example")) as shop:
        picture = shop.add_image(buf.getvalue())
        shop.add_product(Product(name="Miel de lavande", slug="miel", price=Decimal("12.50"),
                                 images=(ImageRef(key=picture.key),)))
        shop.add_product(Product(name="Bougie sans photo", slug="bougie", price=Decimal("8")))
        shop.save_settings(target)


def test_publish_prints_the_feed_addresses_and_where_to_register_them(shop_path: Path, sshd_server, monkeypatch,
                                                                      capsys) -> None:
    folder = sshd_server.user_folder()
    _shop(shop_path, PublishTarget(host="127.0.0.1", port=sshd_server.port, user="echoppe-pw", path=str(folder)))
    sshd_server.trust(KnownHosts())
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["publish", str(shop_path), "--password-stdin"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    google, meta = URL + "feeds/google-merchant.xml", URL + "feeds/meta-catalogue.xml"
    assert f"{google} (Google) and {meta} (Meta)" in out
    assert "Google Merchant Center" in out and "Meta Commerce Manager under Catalogue > Data sources" in out
    assert "left out of the shopping feeds" in out and "Bougie sans photo" in out
    # The addresses printed are the files sent: the feed is there, with the product that has a picture.
    feed = ET.parse(folder / "feeds" / "google-merchant.xml")
    titles = [t.text for t in feed.iter("title")]
    assert "Miel de lavande" in titles and "Bougie sans photo" not in titles


def test_a_folder_publish_says_nothing_of_feeds(tmp_path: Path, shop_path: Path, capsys) -> None:
    _shop(shop_path, PublishTarget(local_folder=str(tmp_path / "site")))
    assert main(["publish", str(shop_path)]) == 0
    out = capsys.readouterr().out
    assert "Published:" in out and "feeds/google-merchant.xml" not in out


def test_a_dry_run_says_nothing_of_feeds(shop_path: Path, sshd_server, monkeypatch, capsys) -> None:
    folder = sshd_server.user_folder()
    _shop(shop_path, PublishTarget(host="127.0.0.1", port=sshd_server.port, user="echoppe-pw", path=str(folder)))
    sshd_server.trust(KnownHosts())
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["publish", str(shop_path), "--password-stdin", "--dry-run"]) == 0
    assert "feeds/google-merchant.xml (Google)" not in capsys.readouterr().out

"""Finding 4: only http(s) addresses are accepted (CLI, store) and read back (a received file)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from tests.security.crafted import files_under, honest_shop, raw
from wizard.cli import main
from wizard.domain.model import LegalIdentity, Product
from wizard.domain.urls import InvalidAddress, is_web_url, safe_web_url
from wizard.store.shopfile import ShopFile

BAD = ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,x", "file:///etc/passwd",
       "vbscript:x", "//evil.example/", "https://", "https://a b/", "https://user:pw@evil.example/",
       "http://x\x00y/", "https:\\\\evil.example", "ftp://x.example/"]


@pytest.mark.parametrize("bad", BAD)
def test_the_rule(bad):
    assert not is_web_url(bad)
    assert safe_web_url(bad) == ""
    assert is_web_url("https://boutique.example.fr/produit/x.html?a=1#b")


def test_target_url_refuses_javascript(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    status = main(["target", str(shop), "--url", "javascript:alert(1)"])
    _, err = capsys.readouterr()
    assert status != 0 and err.count("\n") == 1 and "not a web address" in err
    with ShopFile.open(shop) as s:
        assert not s.shop().target.public_url.startswith("javascript")


def test_build_base_url_refuses_javascript(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    status = main(["build", str(shop), "--out", str(tmp_path / "site"), "--base-url", "javascript:alert(1)//"])
    _, err = capsys.readouterr()
    assert status != 0 and err.count("\n") == 1 and "not a web address" in err
    assert not (tmp_path / "site" / "404.html").exists()


def test_the_store_refuses_a_bad_link(tmp_path):
    with ShopFile.open(honest_shop(tmp_path / "shop.echoppe")) as s:
        with pytest.raises(InvalidAddress):
            s.add_product(Product(name="X", price=__import__("decimal").Decimal(1), payment_link="javascript:x"))
        with pytest.raises(InvalidAddress):
            s.save_settings(LegalIdentity(mediator_url="javascript:x"))
        s.save_settings(LegalIdentity(mediator_url="https:/"))  # typing in the app: a draft is kept
        assert s.shop().legal.mediator_url == "https:/"
        product = s.products()[0]
        with pytest.raises(InvalidAddress):
            s.update_product(dataclasses.replace(product, external_url="data:text/html,x"))


def test_stored_bad_links_never_reach_the_site(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    with raw(shop) as conn:
        conn.execute("UPDATE products SET payment_link='javascript:pay()', external_url='javascript:ext()', "
                     "download_url='javascript:dl()'")
        for key, field in (("identity", "public_url"), ("target", "public_url"), ("legal", "mediator_url")):
            row = conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
            data = json.loads(row[0]) if row else {}
            data[field] = "javascript:alert(document.domain)//"
            conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, json.dumps(data)))
    assert main(["build", str(shop), "--out", str(tmp_path / "site")]) == 0
    capsys.readouterr()
    for name, data in files_under(tmp_path / "site").items():
        for planted in (b"pay()", b"ext()", b"dl()", b"document.domain"):
            assert planted not in data, name

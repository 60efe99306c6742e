"""Shopping feeds (issue 11): built by ``echoppe build``, parsed back with a real XML parser (expat).

Each item has what Google Merchant Center and Meta require, prices equal the product pages' own
structured data, hostile names stay text, a sold-out product says so, and only what can be ordered
here is listed.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from tests.security.crafted import raw
from tests.site.shopdata import FULL_LEGAL, small_jpeg
from wizard.cli import main
from wizard.domain.legalinfo import ProductLegal, Safety
from wizard.domain.model import ImageRef, Product, ProductKind, ShopIdentity, Variant
from wizard.site import feeds
from wizard.site.feeds import GOOGLE_PATH, META_PATH, feed_amount, is_gtin
from wizard.store.shopfile import ShopFile

G = "{http://base.google.com/ns/1.0}"
HOSTILE = "Savon <script>alert(1)</script> & \"Olive\" ]]> &amp;"
GOOGLE_REQUIRED = ("id", "title", "description", "link", "image_link", "availability", "price", "condition")
META_REQUIRED = (*GOOGLE_REQUIRED, "brand")


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("ECHOPPE_LANG", "en")


def _shop(path: Path, public_url: str = "https://boutique.example.fr/") -> Path:
    with ShopFile.create(path, ShopIdentity(name="L'Atelier de Lou", public_url=public_url, language="fr",
                                            email="bonjour@example.fr")) as shop:
        shop.save_settings(FULL_LEGAL)

        def picture(seed: int) -> tuple[ImageRef, ...]:
            return (ImageRef(shop.add_image(small_jpeg((seed, 90, 60))).key, None, ""),)

        shop.add_products([
            Product(name=HOSTILE, price=Decimal("12.50"), stock=5, sku="4006381333931", images=picture(10),
                    description="<p>Huile d'olive &amp; <b>lavande</b></p>", description_format="html",
                    weight_g=120),
            Product(name="Bol bleu", price=Decimal("24"), stock=0, images=picture(20)),
            Product(name="T-shirt", price=Decimal("20"), option_names=("Taille", "Couleur"), images=picture(30),
                    variants=(Variant(options=(("Taille", "S"), ("Couleur", "Bleu")), sku="TS-S", stock=4),
                              Variant(options=(("Taille", "M"), ("Couleur", "Bleu")), sku="TS-M",
                                      price=Decimal("22.90"), stock=0))),
            Product(name="Vase", price=Decimal("48"), images=picture(40),
                    legal=ProductLegal(safety=Safety(made_by_seller=False, manufacturer_name="Poterie Dubois"))),
            Product(name="Sans photo", price=Decimal("9")),
            Product(name="Caché", price=Decimal("9"), published=False, images=picture(50)),
            Product(name="Ailleurs", price=Decimal("9"), external_url="https://ailleurs.example.com/p",
                    images=picture(60)),
            Product(name="Atelier poterie", price=Decimal("45"), kind=ProductKind.SERVICE, duration_minutes=120,
                    images=picture(70)),
        ])
    return path


def _build(tmp_path: Path, capsys) -> tuple[Path, str, str]:
    shop = _shop(tmp_path / "shop.echoppe")
    out = tmp_path / "site"
    assert main(["build", str(shop), "--out", str(out)]) == 0
    stdout, stderr = capsys.readouterr()
    return out, stdout, stderr


def _items(path: Path) -> dict[str, dict[str, list[str]]]:
    """``{id: {attribute: [values]}}`` of a feed, parsed by expat."""
    root = ET.parse(path).getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    items: dict[str, dict[str, list[str]]] = {}
    for node in root.iter("item"):
        fields: dict[str, list[str]] = {}
        for child in node:
            # RSS 2.0's own title, link and description; Google's namespace for the rest
            assert child.tag in ("title", "link", "description") or child.tag.startswith(G), child.tag
            fields.setdefault(child.tag.removeprefix(G), []).append(child.text or "")
        assert fields["id"][0] not in items
        items[fields["id"][0]] = fields
    return items


def test_the_feeds_are_well_formed_and_complete(tmp_path, capsys):
    out, _, _ = _build(tmp_path, capsys)
    for path, required in ((GOOGLE_PATH, GOOGLE_REQUIRED), (META_PATH, META_REQUIRED)):
        items = _items(out / path)
        titles = sorted(f["title"][0] for f in items.values())
        assert titles == sorted([HOSTILE, "Bol bleu", "T-shirt – S / Bleu", "T-shirt – M / Bleu", "Vase"])
        for fields in items.values():
            for name in required:
                assert fields.get(name) and fields[name][0].strip(), (path, name, fields)
            assert fields["link"][0].startswith("https://boutique.example.fr/")
            assert fields["image_link"][0].startswith("https://boutique.example.fr/")
            assert (out / fields["image_link"][0].removeprefix("https://boutique.example.fr/")).is_file()
            assert re.fullmatch(r"\d+\.\d\d EUR", fields["price"][0])
            assert fields["condition"] == ["new"]


def test_hostile_names_stay_text(tmp_path, capsys):
    out, _, _ = _build(tmp_path, capsys)
    data = (out / GOOGLE_PATH).read_bytes()
    assert b"<script>" not in data and b"]]>" not in data
    savon = next(f for f in _items(out / GOOGLE_PATH).values() if f["title"] == [HOSTILE])
    assert savon["description"] == ["Huile d'olive & lavande"]


def test_stock_identifiers_variants_and_brand(tmp_path, capsys):
    out, _, _ = _build(tmp_path, capsys)
    google = {f["title"][0]: f for f in _items(out / GOOGLE_PATH).values()}
    meta = {f["title"][0]: f for f in _items(out / META_PATH).values()}
    assert google["Bol bleu"]["availability"] == ["out_of_stock"]
    assert meta["Bol bleu"]["availability"] == ["out of stock"]
    assert google[HOSTILE]["availability"] == ["in_stock"]
    assert google[HOSTILE]["gtin"] == ["4006381333931"] and "identifier_exists" not in google[HOSTILE]
    assert google["Bol bleu"]["identifier_exists"] == ["no"]  # handmade: no GTIN
    assert google[HOSTILE]["shipping_weight"] == ["120 g"]
    small, medium = google["T-shirt – S / Bleu"], google["T-shirt – M / Bleu"]
    assert small["item_group_id"] == medium["item_group_id"] and small["id"] != medium["id"]
    assert (small["size"], small["color"]) == (["S"], ["Bleu"])
    assert (small["availability"], medium["availability"]) == (["in_stock"], ["out_of_stock"])
    assert (small["price"], medium["price"]) == (["20.00 EUR"], ["22.90 EUR"])
    assert google["Vase"]["brand"] == ["Poterie Dubois"]  # the maker, not the shop
    assert google["Bol bleu"]["brand"] == ["L'Atelier de Lou"]


def test_prices_are_the_product_pages_own(tmp_path, capsys):
    out, _, _ = _build(tmp_path, capsys)
    for fields in _items(out / GOOGLE_PATH).values():
        page = out / fields["link"][0].removeprefix("https://boutique.example.fr/")
        if page.is_dir() or not page.suffix:
            page = page / "index.html"
        html = page.read_text(encoding="utf-8")
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert block is not None
        data = json.loads(block.group(1))
        product = next(d for d in (data if isinstance(data, list) else [data]) if d.get("@type") == "Product")
        offers = product["offers"] if isinstance(product["offers"], list) else [product["offers"]]
        page_prices = {Decimal(o["price"]) for o in offers}
        assert Decimal(fields["price"][0].split()[0]) in page_prices


def test_products_without_a_picture_are_named_in_a_warning(tmp_path, capsys):
    _, stdout, stderr = _build(tmp_path, capsys)
    assert "left out of the shopping feeds" in stderr and "Sans photo" in stderr
    assert "https://boutique.example.fr/feeds/google-merchant.xml (Google)" in stdout
    assert "Google Merchant Center" in stdout and "Meta Commerce Manager" in stdout


def test_characters_xml_cannot_hold_are_dropped(tmp_path, capsys):
    shop = _shop(tmp_path / "shop.echoppe")
    with raw(shop) as conn:  # a received shop file: the store never wrote these
        conn.execute("UPDATE products SET name=? WHERE name='Bol bleu'", ("Bol\x01\x0b bleu\ufffe",))
    out = tmp_path / "site"
    assert main(["build", str(shop), "--out", str(out)]) == 0
    capsys.readouterr()
    titles = {f["title"][0] for f in _items(out / GOOGLE_PATH).values()}
    assert "Bol bleu" in titles


def test_no_public_address_no_feeds(tmp_path, capsys):
    shop = _shop(tmp_path / "shop.echoppe", public_url="")
    out = tmp_path / "site"
    assert main(["build", str(shop), "--out", str(out)]) == 0
    stdout, _ = capsys.readouterr()
    assert not (out / "feeds").exists() and "Shopping feeds" not in stdout


def test_feed_amounts_and_gtins():
    assert feed_amount(Decimal("12.5"), "EUR") == "12.50 EUR"
    assert feed_amount(Decimal("1500"), "XPF") == "1500 XPF"
    assert feed_amount(Decimal("0.10"), "EUR") == "0.10 EUR"
    assert feed_amount(Decimal("1E+3"), "EUR") == "1000.00 EUR"
    assert is_gtin("4006381333931") and is_gtin("96385074") and is_gtin("036000291452")
    assert not is_gtin("4006381333932") and not is_gtin("TS-M") and not is_gtin("٤٠٠٦٣٨١٣٣٣٩٣١")


def test_ids_stay_unique_when_skus_repeat(tmp_path, capsys):
    shop = _shop(tmp_path / "shop.echoppe")
    with raw(shop) as conn:  # two products and a variant with one SKU
        conn.execute("UPDATE products SET sku='TS-S' WHERE name IN ('Bol bleu', 'Vase')")
    out = tmp_path / "site"
    assert main(["build", str(shop), "--out", str(out)]) == 0
    capsys.readouterr()
    items = _items(out / GOOGLE_PATH)  # asserts that no id repeats
    assert len(items) == 5 and all(len(i) <= 50 for i in items)


def test_a_reduction_gives_the_former_price_and_the_sale_price_as_the_page_shows_them(tmp_path, capsys):
    from dataclasses import replace

    shop = _shop(tmp_path / "shop.echoppe")
    with raw(shop) as conn:  # the vase has been at 48 for two months
        conn.execute("UPDATE price_history SET since=datetime('now', '-60 days') WHERE product_id="
                     "(SELECT id FROM products WHERE name='Vase')")
    with ShopFile.open(shop) as s:
        vase = next(p for p in s.products() if p.name == "Vase")
        s.update_product(replace(vase, price=Decimal("36"), compare_at_price=Decimal("48")))
    out = tmp_path / "site"
    assert main(["build", str(shop), "--out", str(out)]) == 0
    capsys.readouterr()
    fields = next(f for f in _items(out / GOOGLE_PATH).values() if f["title"] == ["Vase"])
    assert (fields["price"], fields["sale_price"]) == (["48.00 EUR"], ["36.00 EUR"])
    page = (out / fields["link"][0].removeprefix("https://boutique.example.fr/")).read_text(encoding="utf-8")
    assert "48,00" in page and "36,00" in page  # the crossed-out former price and the price paid


def _tree_render(items: tuple[feeds.FeedItem, ...], service: feeds.Service, title: str, home: str,
                 description: str) -> bytes:
    """The feed as one ElementTree, as it was made before items were rendered one by one."""
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    for tag, text in (("title", title), ("link", home), ("description", description or title)):
        ET.SubElement(channel, tag).text = feeds._clean(text)
    for item in items:
        feeds._render_item(ET.SubElement(channel, "item"), item, service)
    ET.indent(rss, space=" ")
    return bytes(ET.tostring(rss, encoding="utf-8", xml_declaration=True)) + b"\n"


def test_items_rendered_one_by_one_make_the_same_document_and_split_back() -> None:
    import random

    rng = random.Random(7)
    alphabet = "ab<>&\"' éà\u2028\x01\n\t€]]>"

    def text(n: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, n)))

    for _trial in range(200):
        items = tuple(feeds.FeedItem(
            id="x" + text(5), group_id=text(3), title=text(10), description=text(20), link="https://e.fr/" + text(4),
            image_link="https://e.fr/i.jpg", extra_images=tuple("https://e.fr/" + text(3) for _ in range(rng.randint(0, 2))),
            in_stock=rng.random() < 0.5, price=Decimal("12.5"), sale_price=rng.choice([None, Decimal("9")]),
            currency="EUR", brand=text(4), gtin=rng.choice(["", "4006381333931"]), product_type=text(6),
            attributes=tuple((rng.choice(["size", "color"]), text(3)) for _ in range(rng.randint(0, 2))),
            weight_g=rng.choice([None, 0, 250])) for _ in range(rng.randint(0, 4)))
        title, description = text(8) or "T", text(8)
        for service in feeds.Service:
            document = feeds.render(items, service, title, "https://e.fr/", description)
            assert document == _tree_render(items, service, title, "https://e.fr/", description)
            parts = feeds.split(document)
            if not items:
                assert parts is None
                continue
            assert parts is not None
            head, chunks, end = parts
            assert [c.decode() for c in chunks] == [feeds.item_xml(i, service) for i in items]
            assert head + feeds.ITEM_SEPARATOR.encode().join(chunks) + end == document

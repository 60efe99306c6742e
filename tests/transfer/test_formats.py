"""Each real format imports with the right products, variants, exact prices, accents and harmless HTML."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from wizard.domain.model import ProductKind
from wizard.transfer import SourceFormat, UnreadableFile, read_products

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
WOO = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "woocommerce-sample-products.csv"


def by_name(preview):
    return {item.product.name: item for item in preview.items}


@pytest.fixture(scope="module")
def woo():
    if not WOO.is_file():
        pytest.skip("the shared WooCommerce sample export is not on this machine")
    return read_products(WOO)


def test_woocommerce_detected_and_nothing_rejected(woo):
    assert woo.format == SourceFormat.WOOCOMMERCE
    assert woo.encoding == "utf-8" and woo.delimiter == ","
    assert woo.rejected == ()
    # 25 rows: 14 simple/external/downloadable + 2 variable (+7 variations folded in) + 1 grouped (skipped)
    assert len(woo.items) == 17


def test_woocommerce_variable_product_has_its_variants_with_prices(woo):
    vneck = by_name(woo)["V-Neck T-Shirt"]
    p = vneck.product
    assert vneck.category_path == "Clothing > Tshirts"
    assert p.option_names == ("Color", "Size")
    prices = {v.option_dict()["Color"]: v.price for v in p.variants}
    assert prices == {"Red": Decimal("20"), "Green": Decimal("20"), "Blue": Decimal("15")}
    # The variations say "any size": one variant per size the parent lists.
    assert {v.option_dict()["Size"] for v in p.variants} == {"Large", "Medium", "Small"}
    assert len(p.variants) == 9
    assert len({v.sku for v in p.variants}) == 9
    assert p.price == Decimal("15")
    assert p.weight_g == 227  # .5 lbs


def test_woocommerce_hoodie_sale_variation_and_any_logo(woo):
    hoodie = by_name(woo)["Hoodie"].product
    assert hoodie.option_names == ("Color", "Logo")
    red = next(v for v in hoodie.variants if v.options == (("Color", "Red"), ("Logo", "No")))
    assert red.price == Decimal("42") and red.compare_at_price == Decimal("45")
    assert red.sku == "woo-hoodie-red"
    assert (("Color", "Blue"), ("Logo", "Yes")) in [v.options for v in hoodie.variants]


def test_woocommerce_simple_sale_external_digital(woo):
    items = by_name(woo)
    belt = items["Belt"].product
    assert (belt.price, belt.compare_at_price) == (Decimal("55"), Decimal("65"))
    assert belt.weight_g == 544  # 1.2 lbs
    assert items["Belt"].category_path == "Clothing > Accessories"
    pennant = items["WordPress Pennant"].product
    assert pennant.external_url == "https://mercantile.wordpress.org/product/wordpress-pennant/"
    assert pennant.price == Decimal("11.05")
    album = items["Album"].product
    assert album.kind == ProductKind.DIGITAL
    vneck = items["V-Neck T-Shirt"].product
    assert vneck.images[0].url.endswith("vneck-tee-2.jpg") and all(i.pending for i in vneck.images)
    assert len(vneck.images) == 3
    assert vneck.description_format == "html" and vneck.description.startswith("<p>This is a variable product.</p>")


def test_woocommerce_grouped_skipped_with_warning_and_hidden_unpublished(woo):
    assert "Logo Collection" not in by_name(woo)
    texts = [w.text("en") for w in woo.warnings]
    assert any("Logo Collection" in t and "grouped" in t for t in texts)
    assert by_name(woo)["Hoodie with Pocket"].product.published is False
    assert any("22 image(s)" in t for t in texts)


def test_woocommerce_variation_without_parent_is_rejected():
    csv = (
        b"ID,Type,SKU,Name,Published,Regular price,Parent,Attribute 1 name,Attribute 1 value(s)\n"
        b"10,variation,x-red,X - Red,1,5,ghost,Color,Red\n"
        b"11,simple,y,Y,1,7,,,\n"
    )
    preview = read_products(csv)
    assert [r.line for r in preview.rejected] == [2]
    assert "ghost" in preview.rejected[0].text("en")
    assert [i.product.name for i in preview.items] == ["Y"]


def test_woocommerce_parent_by_id_and_french_headers():
    csv = (
        "ID;Type;UGS;Nom;Publié;Tarif promo;Tarif régulier;Catégories;Poids (kg);Parent;"
        "Nom de l’attribut 1;Valeur(s) de l’attribut 1\n"
        "5;variable;bol;Bol émaillé;1;;;Cuisine;0,4;;Couleur;Bleu, Vert\n"
        "6;variation;bol-b;Bol émaillé - Bleu;1;;12,50;;;id:5;Couleur;Bleu\n"
        "7;variation;bol-v;Bol émaillé - Vert;1;11;13;;;id:5;Couleur;Vert\n"
    ).encode("cp1252")
    preview = read_products(csv)
    assert preview.format == SourceFormat.WOOCOMMERCE and preview.encoding == "cp1252"
    (item,) = preview.items
    p = item.product
    assert p.name == "Bol émaillé" and p.weight_g == 400 and item.category_path == "Cuisine"
    assert [(v.option_dict()["Couleur"], v.price, v.compare_at_price) for v in p.variants] == [
        ("Bleu", Decimal("12.50"), None),
        ("Vert", Decimal("11"), Decimal("13")),
    ]


@pytest.fixture(scope="module")
def shopify():
    return read_products(FIXTURES / "shopify-products.csv")


def test_shopify_groups_rows_by_handle(shopify):
    assert shopify.format == SourceFormat.SHOPIFY
    assert shopify.rejected == ()
    assert [i.product.slug for i in shopify.items] == [
        "savon-lavande", "tshirt-coton-bio", "bougie-foret", "mug-emaille", "tote-bag"]


def test_shopify_simple_product_and_continuation_image(shopify):
    soap = by_name(shopify)["Savon à la lavande de Provence"]
    p = soap.product
    assert (p.price, p.compare_at_price) == (Decimal("8.50"), Decimal("10.00"))
    assert str(p.price) == "8.50"
    assert p.variants == () and p.option_names == ()
    assert (p.sku, p.stock, p.weight_g) == ("SAV-LAV", 25, 120)
    assert [i.alt for i in p.images] == ["Savon mauve sur une soucoupe", "Le savon coupé en deux"]
    assert soap.category_path == "Savons"
    assert p.tags == ("bio", "fait main", "lavande")


def test_shopify_variants_from_option_columns(shopify):
    p = by_name(shopify)["T-shirt coton bio « Été »"].product
    assert p.option_names == ("Taille", "Couleur")
    assert [(v.label(), v.sku, v.price, v.stock) for v in p.variants] == [
        ("S / Écru", "TS-S-ECRU", Decimal("25.00"), 4),
        ("M / Écru", "TS-M-ECRU", Decimal("25.00"), 0),
        ("M / Noir", "TS-M-NOIR", Decimal("25.00"), 7),
        ("L / Noir", "TS-L-NOIR", Decimal("27.50"), 2),
    ]
    assert p.variants[2].compare_at_price == Decimal("29.90")
    # Images in position order, the image-only row included, each once.
    assert [i.url.rsplit("/", 1)[1] for i in p.images] == ["tshirt-ecru.jpg", "tshirt-noir.jpg", "tshirt-dos.jpg"]


def test_shopify_html_is_sanitised(shopify):
    for item in shopify.items:
        html = item.product.description
        assert item.product.description_format == "html"
        lowered = html.lower()
        for bad in ("<script", "onerror", "onclick", "javascript:", "<style", "alert(", "style="):
            assert bad not in lowered, (item.product.name, html)
    soap = by_name(shopify)["Savon à la lavande de Provence"].product
    assert "<strong>saponifié à froid</strong>" in soap.description
    tshirt = by_name(shopify)["T-shirt coton bio « Été »"].product
    assert "<h2>Doux et léger</h2>" in tshirt.description and "Guide des tailles" in tshirt.description


def test_shopify_draft_archived_unpublished_and_oversold(shopify):
    items = by_name(shopify)
    assert items["Bougie parfumée « Forêt d’hiver »"].product.published is False
    assert items["Mug émaillé bleu"].product.published is False
    assert items["Mug émaillé bleu"].product.stock is None  # not tracked by Shopify
    assert items["T-shirt coton bio « Été »"].product.published is True
    tote = items["Tote bag lin & chanvre"]
    assert tote.product.stock == 0 and tote.product.compare_at_price is None
    assert tote.category_path == "Handbags"
    assert any(w.line == 11 and "oversold" in w.text("en") for w in shopify.warnings)


@pytest.mark.parametrize(
    ("name", "encoding"), [("excel-fr-cp1252.csv", "cp1252"), ("excel-fr-utf8-bom.csv", "utf-8-sig")]
)
def test_french_excel(name, encoding):
    preview = read_products(FIXTURES / name)
    assert preview.format == SourceFormat.SPREADSHEET
    assert (preview.encoding, preview.delimiter) == (encoding, ";")
    assert preview.rejected == ()
    rows = [(i.line, i.product.name, i.product.price, i.product.stock, i.product.weight_g, i.category_path)
            for i in preview.items]
    assert rows == [
        (2, "Savon au lait d'ânesse", Decimal("6.50"), 12, 100, "Cosmétiques > Savons"),
        (3, "Boucles d'oreilles « Goutte »", Decimal("24.00"), 3, 15, "Bijoux"),
        (4, 'Collier "Élan"', Decimal("1250.00"), 1, None, "Bijoux"),
        (5, "Carte postale Œillets", Decimal("2.5"), 100, 20, "Papeterie"),
        (6, "Savon au lait d'ânesse", Decimal("7.00"), None, 100, "Cosmétiques > Savons"),
    ]
    soap, earrings, necklace = (i.product for i in preview.items[:3])
    assert soap.description == "Doux pour les peaux sensibles.\nFabriqué à Nîmes."
    assert soap.images[0].url == "https://exemple.fr/photos/savon.jpg" and soap.sku == "SAV-01"
    assert earrings.compare_at_price == Decimal("29.90")
    assert earrings.description == "Argent 925; pierres de lune"
    assert necklace.published is False


def test_spreadsheet_english_headers_tab_separated():
    data = b"Product Name\tPrice\tQuantity\tWeight\tTags\nMug\t9.90\t4\t350 g\tkitchen, gift\n"
    preview = read_products(data)
    assert preview.delimiter == "\t" and preview.format == SourceFormat.SPREADSHEET
    p = preview.items[0].product
    assert (p.name, p.price, p.stock, p.weight_g, p.tags) == ("Mug", Decimal("9.90"), 4, 350, ("kitchen", "gift"))


def test_bad_rows_report_line_numbers_and_reasons():
    preview = read_products(FIXTURES / "excel-fr-bad-rows.csv")
    assert [(r.line, r.name) for r in preview.rejected] == [(3, ""), (4, "Écharpe"), (5, "Gants")]
    texts = [r.text("en") for r in preview.rejected]
    assert "name" in texts[0]
    assert "Price: “douze” is not an amount" in texts[1]
    assert "negative" in texts[2]
    assert [i.product.name for i in preview.items] == ["Bonnet", "Mitaines"]
    assert [i.line for i in preview.items] == [2, 6]


def test_line_numbers_count_multiline_cells_as_one_row():
    data = b'Nom;Prix;Description\nA;1;"deux\nlignes"\nB;x;\n'
    preview = read_products(data)
    assert [r.line for r in preview.rejected] == [3]


def test_unreadable_files():
    with pytest.raises(UnreadableFile):
        read_products(b"")
    with pytest.raises(UnreadableFile):
        read_products(b"foo,bar\n1,2\n")
    with pytest.raises(UnreadableFile):
        read_products(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(UnreadableFile):
        read_products(b"Nom;Prix\nA;1\n", format="shopify")


def test_excel_sep_hint_line_and_unused_columns_warning():
    data = "sep=;\r\nNom;Prix;Couleur préférée\r\nBol;12,50;bleu\r\n".encode("cp1252")
    preview = read_products(data)
    assert preview.delimiter == ";" and preview.encoding == "cp1252"
    assert [(i.line, i.product.name, i.product.price) for i in preview.items] == [(2, "Bol", Decimal("12.50"))]
    assert [w.text("en") for w in preview.warnings] == ["These columns were not used: Couleur préférée."]


def test_utf16_tab_separated_unicode_text_from_excel():
    data = "Nom\tPrix\tCatégorie\nThé « Œillet »\t4,20\tÉpicerie\n".encode("utf-16")
    preview = read_products(data)
    assert (preview.encoding, preview.delimiter) == ("utf-16", "\t")
    item = preview.items[0]
    assert (item.product.name, item.product.price, item.category_path) == ("Thé « Œillet »", Decimal("4.20"), "Épicerie")


def test_echoppe_format_bad_variant_row_rejects_its_product_with_the_variant_line(tmp_path):
    from wizard.transfer.echoppe_csv import COLUMNS

    rows = [
        {"slug": "bol", "name": "Bol", "price": "12.00", "option1_name": "Couleur", "option1_value": "Bleu"},
        {"slug": "bol", "option1_value": "Vert", "variant_price": "douze"},
        {"slug": "tasse", "name": "Tasse", "price": "8"},
        {"slug": "plat", "name": "Plat", "price": "-3"},
        {"slug": "plat", "option1_value": "x"},
    ]
    import csv

    path = tmp_path / "mine.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS)
        writer.writeheader()
        writer.writerows({c: r.get(c, "") for c in COLUMNS} for r in rows)
    preview = read_products(path)
    assert preview.format == SourceFormat.ECHOPPE
    assert [(r.line, r.name) for r in preview.rejected] == [(3, "Bol"), (5, "Plat")]
    assert "Variant price: “douze” is not an amount" in preview.rejected[0].text("en")
    assert "negative" in preview.rejected[1].text("en")
    assert [i.product.name for i in preview.items] == ["Tasse"]


def test_classic_mac_line_endings_and_a_lone_carriage_return():
    mac = "Nom;Prix;Description\r\"Bol\";12;\"deux\rlignes\"\rTasse;8;\r".encode("cp1252")
    preview = read_products(mac)
    assert [(i.line, i.product.name, i.product.description) for i in preview.items] == [
        (2, "Bol", "deux\rlignes"), (3, "Tasse", "")]
    mixed = b"Nom;Prix\nBol;12\rTasse;8\nPlat;20\n"
    assert [i.product.name for i in read_products(mixed).items] == ["Bol", "Tasse", "Plat"]


def test_spreadsheet_rows_with_option_columns_become_variants():
    data = (
        "Nom;Taille;Couleur;Prix;Qté;Réf;Photo\n"
        "T-shirt;S;Blanc;20,00;4;TS-S-B;https://exemple.fr/ts.jpg\n"
        "Mug;;;9;2;MUG;\n"
        "T-shirt;M;Blanc;20,00;0;TS-M-B;https://exemple.fr/ts.jpg\n"
        "T-shirt;L;Noir;22,50;3;TS-L-N;https://exemple.fr/ts-noir.jpg\n"
        "Pull;S;;35;1;P-S;\n"
        "Pull;;;35;1;P;\n"
    ).encode("cp1252")
    preview = read_products(data)
    products = {i.product.name: i for i in preview.items}
    tshirt = products["T-shirt"].product
    assert products["T-shirt"].line == 2
    assert tshirt.option_names == ("Taille", "Couleur")
    assert [(v.label(), v.sku, v.price, v.stock) for v in tshirt.variants] == [
        ("S / Blanc", "TS-S-B", Decimal("20.00"), 4),
        ("M / Blanc", "TS-M-B", Decimal("20.00"), 0),
        ("L / Noir", "TS-L-N", Decimal("22.50"), 3),
    ]
    assert tshirt.price == Decimal("20.00") and tshirt.stock is None and tshirt.sku == ""
    assert [i.url for i in tshirt.images] == ["https://exemple.fr/ts.jpg", "https://exemple.fr/ts-noir.jpg"]
    mug = products["Mug"].product
    assert mug.variants == () and mug.sku == "MUG" and mug.stock == 2
    # A row of a product with options that gives none is rejected with its line, and so is the product.
    assert "Pull" not in products
    assert [(r.line, r.name) for r in preview.rejected] == [(7, "Pull")]
    assert "Taille" in preview.rejected[0].text("en")

"""The generator end to end on a small shop: pages, links, JSON, legal pack, incremental writes."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from tests.site.pagecheck import html_files, read_page
from tests.site.shopdata import PUBLIC_URL, make_shop
from wizard.domain.model import LegalIdentity, Product, VatStatus
from wizard.site import BuildCancelled, BuildProgress, DuplicateOutput, OutputPathError, build_site
from wizard.site.build import SiteBuilder, page_window
from wizard.site.output import OutputFolder
from wizard.site.themes import theme as find_theme
from wizard.store.shopfile import ShopFile

FR_PAGES = {
    "index.html", "boutique.html", "panier.html", "a-propos.html", "contact.html", "mentions-legales.html",
    "cgv.html", "confidentialite.html", "recherche.html", "retractation.html", "404.html", "produit/bol-bleu.html",
    "produit/tasse-a-cafe.html", "produit/petit-bol.html", "produit/atelier-tournage.html",
    "categorie/bols.html", "categorie/petits-bols.html", "categorie/tasses.html", "categorie/ateliers.html",
    "sitemap.xml", "feed.xml", "robots.txt", "search.json", "manifest.webmanifest", "favicon.svg",
    "static/site.css", "static/cart.js", "static/search.js",
}  # fmt: skip


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def _stats(root: Path) -> dict[str, tuple[int, int]]:
    return {rel: ((root / rel).stat().st_ino, (root / rel).stat().st_mtime_ns) for rel in _files(root)}


def test_french_site_has_every_page_and_no_draft(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe") as shop:
        report = build_site(shop, out)
    files = _files(out)
    assert files >= FR_PAGES
    assert "produit/brouillon.html" not in files  # unpublished
    # This shop leaves three legal-checklist items open on purpose (they have their own tests in
    # tests/site/test_legal_pages.py), and two products without a photo the shopping feeds leave out
    # (tests/site/test_feeds.py); nothing else may warn.
    legal = ("Product safety (GPSR)", "A former price is set", "No delivery deadline",
             "{count} product(s) without a picture are left out of the shopping feeds")
    assert report.pages == 19 and report.unchanged == 0
    assert [w for w in report.warnings if not w.msgid.startswith(legal)] == []
    assert set(report.written) == files


def test_english_site_uses_english_paths_and_prices(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe", lang="en", theme="gallery") as shop:
        build_site(shop, out)
    files = _files(out)
    assert {"cart.html", "terms.html", "legal-notice.html", "privacy.html", "product/bol-bleu.html"} <= files
    page = read_page(out / "product" / "bol-bleu.html")
    assert "€24.50" in page.text and "Add to cart" in page.text
    assert "VAT not applicable, art. 293 B" in page.text
    assert '<html lang="en">' in (out / "index.html").read_text()


def test_product_page_contract(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe") as shop:
        build_site(shop, out)
    html = (out / "produit" / "tasse-a-cafe.html").read_text()
    page = read_page(out / "produit" / "tasse-a-cafe.html")
    assert '<html lang="fr">' in html
    assert '<link rel="canonical" href="https://boutique.example.fr/produit/tasse-a-cafe.html">' in html
    assert 'property="og:title" content="Tasse à café"' in html
    ld = page.json("application/ld+json")
    assert ld["@type"] == "Product" and ld["name"] == "Tasse à café"
    assert {"name", "description", "sku", "offers"} <= set(ld)
    assert "image" not in ld  # no photo: the property is left out, never an empty list
    offers = ld["offers"]
    assert [(o["price"], o["availability"].rsplit("/", 1)[1]) for o in offers] == [
        ("12", "InStock"),
        ("14", "OutOfStock"),
    ]
    assert all(o["priceCurrency"] == "EUR" and o["url"].startswith(PUBLIC_URL) for o in offers)
    config = page.json("application/json", "shop-config")
    assert config["currency"] == "EUR" and config["locale"] == "fr-FR"
    assert config["cartUrl"] == "../panier.html" and config["orderEmail"] == "commandes@example.fr"
    assert {c["code"] for c in config["coupons"]} == {"BIENVENUE10", "MOINS5"}
    assert config["shipping"][0] == {"name": "Colissimo", "zone": "FR", "kind": "free_above", "price": "6.90",
                                     "freeAbove": "60", "maxWeightG": None}  # fmt: skip
    assert config["strings"]["addToCart"] == "Ajouter au panier"
    assert 'data-cart-add data-slug="tasse-a-cafe"' in html and 'action="../panier.html"' in html
    assert '<option value="TASSE-B" data-price="12" data-label="Blanc" data-stock="5">' in html
    assert 'value="TASSE-N" data-price="14" data-label="Noir" data-stock="0" disabled' in html
    assert '<input id="qty" name="qty" type="number" min="1" value="1"' in html
    mailto = next(u for u in page.urls if u.startswith("mailto:commandes@example.fr?subject="))
    assert "Tasse%20%C3%A0%20caf%C3%A9" in mailto and "Blanc" in mailto
    assert 'src="../static/cart.js?v=' in html and " defer" in html
    # The VAT note; an arbitrary compare-at price the price history does not support is never shown
    # (L112-1-1: tests/site/test_legal_pages.py checks a real reduction).
    bowl = read_page(out / "produit" / "bol-bleu.html").text
    assert "24,50 €" in bowl.replace("\xa0", " ") and "29,00" not in bowl
    assert "TVA non applicable, art. 293 B du CGI" in bowl and "Plus que 2 en stock" in bowl
    workshop = read_page(out / "produit" / "atelier-tournage.html").text
    assert "Durée : 2 h 30 min" in workshop.replace("Durée: ", "Durée : ") or "2 h 30 min" in workshop
    assert "14 mars 2026, 14:00" in workshop and "Lyon 1er" in workshop


def test_home_category_pagination_and_machine_files(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe", extra_products=30) as shop:
        build_site(shop, out)
    home = read_page(out / "index.html")
    assert "-10 % sur tout le site" in home.text and "BIENVENUE10" in home.text
    assert "Bol bleu" in home.text and "Tasse à café" in home.text
    assert (out / "categorie" / "bols" / "2.html").is_file()  # 1 + 30 + "Petit bol" from the subcategory
    first = read_page(out / "categorie" / "bols.html")
    assert "../categorie/bols/2.html" in first.urls and "Petits bols" in first.text
    second = (out / "categorie" / "bols" / "2.html").read_text()
    assert 'href="../../produit/' in second and 'href="../../categorie/bols.html"' in second
    sitemap = (out / "sitemap.xml").read_text()
    assert "<loc>https://boutique.example.fr/produit/bol-bleu.html</loc>" in sitemap
    assert "<image:loc>https://boutique.example.fr/img/" in sitemap
    feed = (out / "feed.xml").read_text()
    assert feed.count("<entry>") == 21 and "Promotion" in feed  # 20 newest + the promotion
    assert "Sitemap: https://boutique.example.fr/sitemap.xml" in (out / "robots.txt").read_text()
    assert '"n":"Bol bleu"' in (out / "search.json").read_text()


def test_a_long_listing_links_a_window_of_its_pages() -> None:
    assert page_window(1, 1) == [1]
    assert page_window(1, 3) == [1, 2, 3]
    assert page_window(7, 20) == [1, None, 5, 6, 7, 8, 9, None, 20]
    assert page_window(4, 20) == [1, 2, 3, 4, 5, 6, None, 20]  # a gap of one page shows that page
    assert page_window(20, 20) == [1, None, 18, 19, 20]
    for pages in range(1, 40):  # every page is reachable from page 1, step by step, and links to both ends
        seen, todo = {1}, [1]
        while todo:
            links = page_window(todo.pop(), pages)
            assert links[0] == 1 and links[-1] == pages and len(links) <= 9
            for n in links:
                if n is not None and n not in seen:
                    seen.add(n)
                    todo.append(n)
        assert seen == set(range(1, pages + 1))


def test_a_listing_page_shows_its_window_of_page_links(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe", extra_products=320) as shop:
        build_site(shop, out)
    pages = sorted((out / "categorie" / "bols").glob("*.html"), key=lambda p: int(p.stem))
    count = len(pages) + 1  # bols.html is page 1
    assert count >= 12, "enough pages for gaps"
    number = count // 2 + 1
    page = read_page(out / "categorie" / "bols" / f"{number}.html")
    links = {u for u in page.urls if "/categorie/bols" in u and u.count("/") == 4}
    expected = {f"../../categorie/bols/{n}.html" for n in page_window(number, count) if n not in (None, 1, number)}
    assert links == expected and 3 < len(links) < count - 2
    assert "…" in page.text


def test_every_page_links_only_to_the_shop_itself(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe") as shop:
        build_site(shop, out)
    for path in html_files(out):
        page = read_page(path)
        for url in page.urls:
            ok = url.startswith(("mailto:", "tel:", "#", PUBLIC_URL)) or "://" not in url
            assert ok and not url.startswith("//"), f"{path.name}: {url}"
        assert len(page.ids) == len(set(page.ids)), f"duplicate id in {path.name}"
        assert "ec.europa.eu" not in path.read_text() and "/odr" not in path.read_text().lower()


def test_hostile_names_are_escaped_everywhere(tmp_path: Path) -> None:
    out = tmp_path / "site"
    evil = "<script>alert(1)</script></script><!--"
    with make_shop(tmp_path / "s.echoppe") as shop:
        shop.add_product(Product(name=evil, slug="evil", price=Decimal("1"), featured=True))
        build_site(shop, out)
    for rel in ("produit/evil.html", "index.html", "boutique.html"):
        html = (out / rel).read_text()
        assert "<script>alert(1)" not in html
    page = read_page(out / "produit" / "evil.html")
    assert page.json("application/ld+json")["name"] == evil
    assert page.json("application/json", "shop-config")["currency"] == "EUR"
    html = (out / "produit" / "evil.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # The Markdown and HTML descriptions of the fixture shop.
    bowl = (out / "produit" / "bol-bleu.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in bowl and 'href="javascript' not in bowl
    small = (out / "produit" / "petit-bol.html").read_text()
    assert "<b>HTML</b>" in small and "cdn.example.com" not in small and "javascript" not in small


def test_missing_legal_fields_are_warned_and_marked(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe", legal=LegalIdentity()) as shop:
        report = build_site(shop, out)
    fields = {w.field for w in report.warnings if hasattr(w, "field")}
    assert {"owner_name", "address", "siret", "mediator_name", "host_name"} <= fields
    notice = read_page(out / "mentions-legales.html").text
    assert "[à compléter : numéro SIRET]" in notice and "[à compléter : nom de l’hébergeur]" in notice
    terms = read_page(out / "cgv.html").text
    assert "[à compléter : nom du médiateur de la consommation]" in terms


def test_legal_pack_content(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe") as shop:
        build_site(shop, out)
    notice = read_page(out / "mentions-legales.html").text
    for expected in ("Louise Martin", "entrepreneur individuel (EI)", "73282932000074", "OVH SAS",
                     "2 rue Kellermann", "TVA non applicable, art. 293 B du CGI", "Directeur de la publication"):
        assert expected in notice  # fmt: skip
    terms = read_page(out / "cgv.html").text
    for expected in ("14 jours", "formulaire type de rétractation", "L221-28", "garantie légale de conformité",
                     "vices cachés", "Médiateur Exemple", "https://mediateur.example.org/", "Colissimo", "TTC"):
        assert expected in terms  # fmt: skip
    privacy = read_page(out / "confidentialite.html").text
    assert "aucun cookie" in privacy and "CNIL" in privacy and "dix ans" in privacy
    assert "[à compléter" not in notice + terms + privacy


def test_vat_registered_shop_has_no_293b(tmp_path: Path) -> None:
    out = tmp_path / "site"
    legal = LegalIdentity(**{**_legal_dict(), "vat_status": VatStatus.SUBJECT, "vat_number": "FR12732829320"})
    with make_shop(tmp_path / "s.echoppe", legal=legal) as shop:
        build_site(shop, out)
    for path in html_files(out):
        assert "293 B" not in path.read_text()
    assert "FR12732829320" in read_page(out / "mentions-legales.html").text


def _legal_dict() -> dict:
    from tests.site.shopdata import FULL_LEGAL

    return {f: getattr(FULL_LEGAL, f) for f in FULL_LEGAL.__dataclass_fields__}


def test_no_public_url_means_relative_links_only(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe", public_url="") as shop:
        report = build_site(shop, out)
    html = (out / "produit" / "bol-bleu.html").read_text()
    assert 'rel="canonical"' not in html and "https://boutique" not in html
    assert not (out / "sitemap.xml").exists()
    assert any("no web address" in w.text("en") for w in report.warnings)
    assert 'href="/index.html"' in (out / "404.html").read_text()


def test_unchanged_rebuild_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe") as shop:
        build_site(shop, out)
        before = _stats(out)
        report = build_site(shop, out)
    assert report.written == () and report.removed == ()
    assert _stats(out) == before  # same inodes and mtimes: nothing rewritten


def test_rebuild_of_an_unchanged_open_shop_is_immediate_and_keeps_warnings(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe", legal=LegalIdentity()) as shop:
        first = build_site(shop, out)
        again = build_site(shop, out)
        assert again.written == () and again.pages == first.pages
        assert again.unchanged == len(_files(out))
        assert {w.field for w in again.warnings if hasattr(w, "field")} == {
            w.field for w in first.warnings if hasattr(w, "field")
        }
        (out / "index.html").unlink()  # a file gone: the quick path is not taken
        assert build_site(shop, out).written == ("index.html",)
    with ShopFile.open(tmp_path / "s.echoppe") as reopened:  # a new process would see this
        assert build_site(reopened, out).written == ()


def test_changed_price_rewrites_only_what_shows_it(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe") as shop:
        build_site(shop, out)
        bowl = shop.product("bol-bleu")
        assert bowl is not None
        shop.update_product(replace(bowl, price=Decimal("26")))
        report = build_site(shop, out)
    written = set(report.written)
    must = {"produit/bol-bleu.html", "categorie/bols.html", "boutique.html", "index.html", "search.json", "feed.xml"}
    feeds = {"feeds/google-merchant.xml", "feeds/meta-catalogue.xml"}  # they show the price of a pictured product
    assert must <= written <= must | {"sitemap.xml"} | feeds
    assert "26,00" in (out / "produit" / "bol-bleu.html").read_text()


def test_removed_product_page_is_removed_and_foreign_files_kept(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "google1234.html").write_text("verification")  # a file the merchant put there
    with make_shop(tmp_path / "s.echoppe") as shop:
        build_site(shop, out)
        cup = shop.product("tasse-a-cafe")
        assert cup is not None
        shop.delete_product(cup.id)
        report = build_site(shop, out)
    assert "produit/tasse-a-cafe.html" in report.removed
    assert not (out / "produit" / "tasse-a-cafe.html").exists()
    assert (out / "google1234.html").read_text() == "verification"
    assert "categorie/tasses.html" in report.removed  # the category is empty now


def test_changed_file_on_disk_is_repaired(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe") as shop:
        build_site(shop, out)
        good = (out / "contact.html").read_bytes()
        (out / "contact.html").write_text("broken")
        report = build_site(shop, out)
    assert report.written == ("contact.html",)
    assert (out / "contact.html").read_bytes() == good


def test_override_folder_extends_a_theme_template(tmp_path: Path) -> None:
    override = tmp_path / "mine"
    override.mkdir()
    (override / "product.html").write_text(
        '{% extends "theme/product.html" %}{% block head %}{{ super() }}<meta name="x-mine" content="1">'
        "{% endblock %}"
    )
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe") as shop:
        build_site(shop, out, override_dir=override)
        html = (out / "produit" / "bol-bleu.html").read_text()
        assert '<meta name="x-mine" content="1">' in html and "application/ld+json" in html
        assert "x-mine" not in (out / "index.html").read_text()
        # Editing the override re-renders what uses it.
        (override / "product.html").write_text('{% extends "theme/product.html" %}')
        report = build_site(shop, out, override_dir=override)
    assert "produit/bol-bleu.html" in report.written


def test_two_outputs_on_one_path_is_an_error(tmp_path: Path) -> None:
    class Clashing(SiteBuilder):
        def _simple_pages(self):  # type: ignore[no-untyped-def]
            pages = super()._simple_pages()
            return [*pages, replace(pages[0])]

    with make_shop(tmp_path / "s.echoppe") as shop:
        builder = Clashing(shop, tmp_path / "site", find_theme("market"), None, None)
        with pytest.raises(DuplicateOutput) as err:
            builder.plan()
    assert "panier.html" in err.value.text("en")


def test_paths_outside_the_folder_are_refused(tmp_path: Path) -> None:
    out = tmp_path / "site"
    folder = OutputFolder(out, state_file=tmp_path / "state.json")
    for bad in ("../evil.html", "/etc/passwd", "a/../../evil.html", "", "a\\..\\b"):
        with pytest.raises(OutputPathError):
            folder.target(bad)
    (out / "link").symlink_to(tmp_path)
    with pytest.raises(OutputPathError):
        folder.write("link/evil.html", b"x")
    assert not (tmp_path / "evil.html").exists()
    assert folder.target("produit/x.html") == out.resolve() / "produit" / "x.html"


def test_progress_and_cancel(tmp_path: Path) -> None:
    seen: list[BuildProgress] = []
    with make_shop(tmp_path / "s.echoppe", extra_products=60) as shop:
        build_site(shop, tmp_path / "a", progress=seen.append)
        assert seen[-1].done == seen[-1].total and all(p.done <= p.total for p in seen)
        cancel = threading.Event()

        def stop_early(p: BuildProgress) -> None:
            cancel.set()

        with pytest.raises(BuildCancelled):
            build_site(shop, tmp_path / "b", progress=stop_early, cancel=cancel)
        # The next build finishes the job.
        report = build_site(shop, tmp_path / "b")
    assert (tmp_path / "b" / "index.html").is_file() and report.pages > 60


def test_themes_differ(tmp_path: Path) -> None:
    with make_shop(tmp_path / "s.echoppe") as shop:
        build_site(shop, tmp_path / "m", theme="market")
        build_site(shop, tmp_path / "g", theme="gallery")
    market_css = (tmp_path / "m" / "static" / "site.css").read_text()
    gallery_css = (tmp_path / "g" / "static" / "site.css").read_text()
    assert "--bg:#fbf5ea" in market_css and "serif" in gallery_css and market_css != gallery_css
    market_home = (tmp_path / "m" / "index.html").read_text()
    gallery_home = (tmp_path / "g" / "index.html").read_text()
    # The gallery shows the pictures before the categories; the market the other way round.
    assert market_home.index('id="categories-title"') < market_home.index('id="featured-title"')
    assert gallery_home.index('id="featured-title"') < gallery_home.index('id="categories-title"')


def test_empty_shop_and_logo_with_a_light_brand_colour(tmp_path: Path) -> None:
    from wizard.domain.model import ShopIdentity
    from wizard.site.colors import contrast, parse_hex

    with ShopFile.create(tmp_path / "e.echoppe", ShopIdentity(name="")) as shop:
        report = build_site(shop, tmp_path / "empty")
    assert report.pages == 11 and (tmp_path / "empty" / "boutique.html").is_file()
    assert "Pas encore de produit ici." in read_page(tmp_path / "empty" / "boutique.html").text
    from tests.site.shopdata import small_jpeg

    with make_shop(tmp_path / "l.echoppe") as shop:
        key = shop.add_image(small_jpeg((10, 10, 200), (300, 100))).key
        identity = shop.shop().identity
        shop.save_settings(replace(identity, logo=key, primary_color="#ffee00"))
        build_site(shop, tmp_path / "logo")
    html = (tmp_path / "logo" / "index.html").read_text()
    assert '<img class="brand-logo" src="img/' in html and 'alt="L&#39;Atelier de Lou"' in html
    style = html.split("<style>:root{", 1)[1].split("}", 1)[0]
    colours = dict(part.split(":") for part in style.split(";"))
    assert colours["--on-primary"] == "#000000"
    assert contrast(parse_hex(colours["--primary-ink"]), parse_hex("#fbf5ea")) >= 4.5


def test_cart_country_list_carries_the_shipping_zones(tmp_path: Path) -> None:
    """France first, the 27 EU members (Monaco ships as France), then "Other country" (the world)."""
    for lang, cart, first_eu, other in (
        ("fr", "panier.html", "Allemagne", "Autre pays"),
        ("en", "cart.html", "Austria", "Other country"),
    ):
        out = tmp_path / lang
        with make_shop(tmp_path / f"{lang}.echoppe", lang=lang) as shop:
            build_site(shop, out)
        html = (out / cart).read_text()
        assert '<select id="c-country" name="country" autocomplete="country-name">' in html
        options = re.findall(r'<option value="[A-Z]{2}" data-zone="(FR|EU|WORLD)">([^<]+)</option>', html)
        assert options[0] == ("FR", "France") and options[1] == ("FR", "Monaco")
        eu = [name for zone, name in options if zone == "EU"]
        assert len(eu) == 26 and eu[0] == first_eu  # the EU's 27 members, France counted above
        assert ("Hongrie" if lang == "fr" else "Hungary") in eu
        assert options[-1][0] == "WORLD" and options[-1][1].startswith(other) and len(options) == 29


def test_products_whose_pictures_are_not_in_the_shop_file_are_named_and_get_a_placeholder(tmp_path: Path) -> None:
    from wizard.domain.model import ImageRef

    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe") as shop:
        cup = shop.product("tasse-a-cafe")
        bowl = shop.product("petit-bol")
        shop.update_product(replace(cup, images=(ImageRef(url="https://cdn.example.com/tasse.jpg"),)))
        shop.update_product(replace(bowl, images=(ImageRef(url="https://cdn.example.com/bol.jpg"),)))
        report = build_site(shop, out)
        again = build_site(shop, out)  # the immediate rebuild repeats the warning
    feeds = "{count} product(s) without a picture are left out of the shopping feeds"  # its own warning
    texts = [w.text("fr") for w in report.warnings if not hasattr(w, "field") and not w.msgid.startswith(feeds)]
    found = [t for t in texts if "Tasse à café" in t]
    assert len(found) == 1 and "Petit bol" in found[0] and "2 produits" in found[0], texts
    assert "Bol bleu" not in found[0]  # its picture is there
    assert any("Tasse à café; Petit bol" in w.text("en") for w in again.warnings)
    for page in ("produit/tasse-a-cafe.html", "produit/petit-bol.html"):
        html = (out / page).read_text()
        assert "<img" not in html.split('<div class="product-gallery">')[1].split("</div>")[0]
        assert 'class="placeholder big"' in html
    listing = (out / "categorie/tasses.html").read_text()
    assert 'class="placeholder"' in listing and "cdn.example.com" not in listing


def test_missing_pictures_warning_names_one_product_or_the_first_five() -> None:
    from wizard.site.build import _missing_pictures_warning

    assert "« Bol »" in _missing_pictures_warning(["Bol"]).text("fr")
    many = _missing_pictures_warning([f"P{i}" for i in range(8)]).text("en")
    assert "8 products" in many and "P3; P4; …" in many and "P5" not in many


def test_listing_pages_say_how_many_products(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe", extra_products=30) as shop:
        build_site(shop, out)
    count = re.compile(r'<p class="listing-count">([^<]+)</p>')
    assert count.findall((out / "categorie" / "tasses.html").read_text()) == ["1 produit"]
    # "Bols" counts its subcategory's bowl; page 2 shows the same total.
    assert count.findall((out / "categorie" / "bols.html").read_text()) == ["32 produits"]
    assert count.findall((out / "categorie" / "bols" / "2.html").read_text()) == ["32 produits"]


def test_product_json_ld_never_carries_an_empty_image_list(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe") as shop:
        build_site(shop, out)
    seen = {}
    for path in sorted((out / "produit").glob("*.html")):
        ld = read_page(path).json("application/ld+json")
        seen[path.stem] = ld.get("image")
        assert ld.get("image", None) != [], path.name
    assert seen["bol-bleu"], "a product with a photo keeps its image"
    assert None in seen.values(), "a product without one leaves the property out"


def test_home_prefers_the_product_with_a_photo(tmp_path: Path) -> None:
    from tests.site.shopdata import small_jpeg
    from wizard.domain.model import ImageRef, ShopIdentity

    out = tmp_path / "site"
    with ShopFile.create(tmp_path / "h.echoppe", ShopIdentity(name="Les Ruches", currency="EUR")) as shop:
        for i in range(10):  # more than the home page shows, none featured, none with a photo
            shop.add_product(Product(name=f"Confiture {i}", price=Decimal("5"), published=True))
        key = shop.add_image(small_jpeg()).key
        shop.add_product(Product(name="Miel de lavande", price=Decimal("9"), published=True,
                                 images=(ImageRef(key=key, alt="Un pot de miel"),)))
        build_site(shop, out)
    html = (out / "index.html").read_text()
    hero = html.split('<section class="hero">', 1)[1].split("</section>", 1)[0]
    assert "hero-media" in hero and "<img" in hero, "the hero shows the photographed product"
    assert "Miel de lavande" in html.split('aria-labelledby="featured-title"', 1)[1], "and the selection too"


def test_a_products_fingerprint_sees_every_field_of_it() -> None:
    """A product page's fingerprint is made from ``repr`` of the product: no field of it, nor of what it
    holds, may be left out of ``repr`` (a change there would leave its page as it was)."""
    import dataclasses
    import typing

    seen: set[type] = set()

    def check(cls: type) -> None:
        if cls in seen or not dataclasses.is_dataclass(cls):
            return
        seen.add(cls)
        assert cls.__repr__ is not object.__repr__
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            assert f.repr, f"{cls.__name__}.{f.name} is not in repr"
            for arg in [hints[f.name], *typing.get_args(hints[f.name])]:
                for inner in [arg, *typing.get_args(arg)]:
                    if isinstance(inner, type):
                        check(inner)

    check(Product)
    assert len(seen) >= 3  # the product, its variants, pictures and legal details
    before = Product(name="Miel", price=Decimal("12.50"))
    assert repr(before) != repr(replace(before, legal=replace(before.legal, quantity=Decimal("250"))))

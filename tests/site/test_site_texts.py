"""Site texts: every template string has a French translation; demo shops of every niche build."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.site.pagecheck import read_page
from wizard.cli import main
from wizard.domain.niches import catalogue
from wizard.site import available_themes, build_site
from wizard.store.newshop import create_shop

REPO = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("update_site_catalogues", REPO / "scripts" / "update_site_catalogues.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_site_text_has_a_french_translation() -> None:
    script = _script()
    template = script.extract()
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    assert {"Add to cart", "Skip to content", "Order by email", "%(count)s product"} <= ids
    assert len(ids) > 100
    assert script.missing_french(template) == []


def test_themes_are_listed_with_names_and_thumbnails() -> None:
    themes = available_themes()
    assert [t.id for t in themes] == ["market", "gallery"]
    for t in themes:
        assert t.name("fr") and t.name("en") and t.description("fr") != t.description("en")
        assert t.thumbnail is not None and t.thumbnail.is_file()
    assert themes[0].name("fr") == "Marché"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_shop_of_every_niche_builds(tmp_path: Path, lang: str) -> None:
    for niche in catalogue():
        shop = create_shop(tmp_path / f"{niche.id}-{lang}.echoppe", f"Shop {niche.id}", niche.id, lang)
        out = tmp_path / f"{niche.id}-{lang}"
        try:
            report = build_site(shop, out)
            products = shop.products(published_only=True)
        finally:
            shop.close()
        assert report.pages >= 10
        paths = "produit" if lang == "fr" else "product"
        for product in products:
            page = read_page(out / paths / f"{product.slug}.html")
            ld = page.json("application/ld+json")
            offers = ld["offers"] if isinstance(ld["offers"], list) else [ld["offers"]]
            assert ld["name"] == product.name and ld.get("image") != []
            assert bool(ld.get("image")) == bool(product.images)
            assert all({"price", "priceCurrency", "availability"} <= set(o) for o in offers)


def test_cli_build_prints_a_summary_and_legal_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shop = create_shop(tmp_path / "s.echoppe", "Chez Lou", "other", "fr")
    shop.close()
    assert main(["build", str(tmp_path / "s.echoppe"), "--out", str(tmp_path / "out")]) == 0
    out, err = capsys.readouterr()
    assert "pages" in out and str(tmp_path / "out") in out
    assert "SIRET" in err and "SIRET" not in out  # the legal identity is empty: named in the warnings
    assert (tmp_path / "out" / "index.html").is_file()
    assert main(["build", str(tmp_path / "s.echoppe"), "--out", str(tmp_path / "o2"), "--theme", "nope"]) == 1
    assert "nope" in capsys.readouterr().err
    assert main(["build", str(tmp_path / "missing.echoppe"), "--out", str(tmp_path / "o3")]) == 1
    assert main(["build", str(tmp_path / "s.echoppe"), "--out", str(tmp_path / "o4"),
                 "--override", str(tmp_path / "nothing")]) == 1  # fmt: skip

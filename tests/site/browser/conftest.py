"""Demo shops of every niche in both languages, built once per test session for the site checks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.site.browser.demo import NICHES, make_demo_shop
from wizard.domain.model import Category, Product
from wizard.site import build_site
from wizard.site.paths import SitePaths, paths_for

LANGS = ("fr", "en")
VNU_JAR = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"


@dataclass(frozen=True)
class DemoSite:
    """One built demo shop and what the checks need to know about it."""

    niche: str
    lang: str
    root: Path
    shop_path: Path
    paths: SitePaths
    products: tuple[Product, ...]
    categories: tuple[Category, ...]

    @property
    def label(self) -> str:
        return f"{self.niche}-{self.lang}"

    def html_files(self) -> list[Path]:
        return sorted(self.root.rglob("*.html"))

    def key_pages(self) -> dict[str, str]:
        """Home, a category, a product (one with variants when there is one), cart, legal pages."""
        product = next((p for p in self.products if p.variants), self.products[0])
        used = {p.category_id for p in self.products}
        category = next(c for c in self.categories if c.id in used)
        return {
            "home": self.paths.home,
            "category": self.paths.category(category.slug),
            "product": self.paths.product(product.slug),
            "cart": self.paths.cart,
            "legal-notice": self.paths.legal_notice,
            "terms": self.paths.terms,
            "privacy": self.paths.privacy,
        }


def build_demo(tmp: Path, niche: str, lang: str, **options) -> DemoSite:
    shop_path = tmp / f"{niche}-{lang}.echoppe"
    shop = make_demo_shop(shop_path, niche, lang, photo_size=(800, 600), **options)
    try:
        root = tmp / f"{niche}-{lang}"
        build_site(shop, root)
        return DemoSite(
            niche,
            lang,
            root,
            shop_path,
            paths_for(lang),
            tuple(shop.products(published_only=True)),
            tuple(shop.categories()),
        )
    finally:
        shop.close()


@pytest.fixture(scope="session")
def demo_sites(tmp_path_factory: pytest.TempPathFactory) -> list[DemoSite]:
    """A built demo site for every niche in French and in English."""
    tmp = tmp_path_factory.mktemp("demo-sites")
    return [build_demo(tmp, niche, lang) for niche in NICHES for lang in LANGS]

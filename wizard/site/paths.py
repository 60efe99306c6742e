"""Where each page of the site lives, in the shop's language (``produit/…`` or ``product/…``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SitePaths:
    """Output paths relative to the site root (POSIX, no leading slash)."""

    product_dir: str
    category_dir: str
    all_products: str
    cart: str
    about: str
    contact: str
    legal_notice: str
    terms: str
    privacy: str
    search: str
    withdrawal: str = "withdrawal.html"  # the withdrawal function (Code de la consommation D221-5)
    home: str = "index.html"
    not_found: str = "404.html"

    def product(self, slug: str) -> str:
        return f"{self.product_dir}/{slug}.html"

    def category(self, slug: str, page: int = 1) -> str:
        if page <= 1:
            return f"{self.category_dir}/{slug}.html"
        return f"{self.category_dir}/{slug}/{page}.html"

    def listing(self, page: int = 1) -> str:
        """The "all products" listing, paginated."""
        if page <= 1:
            return self.all_products
        stem = self.all_products.removesuffix(".html")
        return f"{stem}/{page}.html"


PATHS = {
    "fr": SitePaths(
        product_dir="produit",
        category_dir="categorie",
        all_products="boutique.html",
        cart="panier.html",
        about="a-propos.html",
        contact="contact.html",
        legal_notice="mentions-legales.html",
        terms="cgv.html",
        privacy="confidentialite.html",
        search="recherche.html",
        withdrawal="retractation.html",
    ),
    "en": SitePaths(
        product_dir="product",
        category_dir="category",
        all_products="shop.html",
        cart="cart.html",
        about="about.html",
        contact="contact.html",
        legal_notice="legal-notice.html",
        terms="terms.html",
        privacy="privacy.html",
        search="search.html",
    ),
}


def paths_for(lang: str) -> SitePaths:
    return PATHS.get(lang, PATHS["fr"])


def root_of(path: str) -> str:
    """The relative prefix from ``path`` back to the site root (``produit/x.html`` → ``../``)."""
    return "../" * path.count("/")

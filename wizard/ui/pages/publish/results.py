"""What a publish changes for a customer, in plain words: which pages (by the product, category or
page they show), how many pictures, whether the look changed. File names stay in the details."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from PySide6.QtCore import QCoreApplication

from wizard.site.paths import SitePaths, paths_for
from wizard.store.shopfile import ShopFile

PICTURES = {".webp", ".jpg", ".jpeg", ".png", ".avif", ".gif", ".svg", ".ico"}
LOOK = {".css", ".js", ".woff", ".woff2"}
NAMED_PAGES = 6  # pages named in the summary; the rest are counted


@dataclass(frozen=True)
class SiteChanges:
    """A publish (planned or done) seen by a customer."""

    pages: tuple[str, ...]  # "the Acacia honey page", "the Honeys category"…
    pictures: int
    look: bool  # colours, fonts or layout files changed
    removed: tuple[str, ...]

    @property
    def nothing(self) -> bool:
        return not (self.pages or self.pictures or self.look or self.removed)


class _Namer:
    """Names the page behind a site path, in the words a customer would use."""

    def __init__(self, shop: ShopFile) -> None:
        self.paths: SitePaths = paths_for(shop.shop().identity.language)
        self.products = {p.slug: p.name for p in shop.products()}
        self.categories = {c.slug: c.name for c in shop.categories()}
        p = self.paths
        self.fixed = {
            p.home: QCoreApplication.translate("SiteChanges", "the home page"),
            p.all_products: QCoreApplication.translate("SiteChanges", "the list of all products"),
            p.cart: QCoreApplication.translate("SiteChanges", "the basket"),
            p.about: QCoreApplication.translate("SiteChanges", "the About page"),
            p.contact: QCoreApplication.translate("SiteChanges", "the contact page"),
            p.legal_notice: QCoreApplication.translate("SiteChanges", "the legal notice"),
            p.terms: QCoreApplication.translate("SiteChanges", "the terms of sale"),
            p.privacy: QCoreApplication.translate("SiteChanges", "the privacy page"),
            p.search: QCoreApplication.translate("SiteChanges", "the search page"),
            p.withdrawal: QCoreApplication.translate("SiteChanges", "the withdrawal form"),
            p.not_found: QCoreApplication.translate("SiteChanges", "the \"page not found\" page"),
        }

    def page(self, path: str) -> tuple[int, str] | None:
        """The page's rank (home first, then products, categories…) and name; None when ``path`` is
        not a page (a picture, a feed, the site map…)."""
        if not path.endswith(".html"):
            return None
        p = self.paths
        if path in self.fixed:
            rank = {p.home: 0, p.all_products: 3, p.about: 4, p.contact: 4, p.not_found: 6}.get(path, 5)
            return rank, self.fixed[path]
        parts = PurePosixPath(path).parts
        stem = PurePosixPath(parts[1] if len(parts) > 1 else path).stem
        if parts[0] == p.product_dir and len(parts) == 2:
            words = QCoreApplication.translate("SiteChanges", "the {name} page")
            return 1, words.format(name=self.products.get(stem, stem.replace("-", " ")))
        if parts[0] == p.category_dir:
            words = QCoreApplication.translate("SiteChanges", "the {name} category")
            return 2, words.format(name=self.categories.get(stem, stem.replace("-", " ")))
        if parts[0] == p.all_products.removesuffix(".html"):
            return 3, self.fixed[p.all_products]
        words = QCoreApplication.translate("SiteChanges", "the {name} page")
        return 5, words.format(name=PurePosixPath(path).stem.replace("-", " "))


def site_changes(shop: ShopFile, files: Sequence[str], deletions: Sequence[str]) -> SiteChanges:
    """``files`` sent and ``deletions`` removed, as a customer sees them."""
    namer = _Namer(shop)
    pages: dict[str, int] = {}
    removed: dict[str, int] = {}
    pictures = 0
    look = False
    for path in files:
        suffix = PurePosixPath(path).suffix.lower()
        named = namer.page(path)
        if named is not None:
            pages.setdefault(named[1], named[0])
        elif suffix in PICTURES:
            pictures += 1
        elif suffix in LOOK:
            look = True
    for path in deletions:
        named = namer.page(path)
        if named is not None:
            removed.setdefault(named[1], named[0])
    return SiteChanges(_ranked(pages), pictures, look, _ranked(removed))


def _ranked(names: dict[str, int]) -> tuple[str, ...]:
    return tuple(sorted(names, key=lambda name: names[name]))  # stable: file order within a rank


def _names(names: tuple[str, ...]) -> str:
    shown = ", ".join(names[:NAMED_PAGES])
    if len(names) > NAMED_PAGES:
        shown += QCoreApplication.translate("SiteChanges", " and {n} more").format(n=len(names) - NAMED_PAGES)
    return shown


def changes_lines(changes: SiteChanges, first: bool = False) -> list[str]:
    """One line per kind of change (pages, pictures, look, pages removed)."""
    lines = []
    pages = {"n": len(changes.pages), "names": _names(changes.pages)}
    if first and changes.pages:
        lines.append(QCoreApplication.translate("SiteChanges", "Pages of your shop ({n}): {names}.").format(**pages))
    elif changes.pages:
        lines.append(QCoreApplication.translate("SiteChanges", "Pages updated ({n}): {names}.").format(**pages))
    if changes.pictures:
        words = QCoreApplication.translate("SiteChanges", "New or changed pictures: {n}.")
        lines.append(words.format(n=changes.pictures))
    if changes.look and not first:
        lines.append(QCoreApplication.translate("SiteChanges", "The look of the site (colours, fonts) changed."))
    if changes.removed:
        words = QCoreApplication.translate("SiteChanges", "Pages removed ({n}): {names}.")
        lines.append(words.format(n=len(changes.removed), names=_names(changes.removed)))
    return lines

"""The build pipeline: read the shop → plan outputs → refuse clashes → render → write.

Each output has an input fingerprint; an output whose fingerprint matches the previous build
(and whose file is still in place) is neither rendered nor written again.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import threading
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, pass_context

from wizard import __version__
from wizard.domain.legal import check_shop
from wizard.domain.model import Category, Product, Shop
from wizard.domain.validation import Problem, is_email, missing_legal_fields
from wizard.gcpause import gc_paused
from wizard.i18n import EchoppeError, Message, msg
from wizard.paths import cache_dir
from wizard.site import feeds, filters, incremental
from wizard.site.compact import compact_js
from wizard.site.deskplan import DeskPlan
from wizard.site.env import make_environment, template_dirs
from wizard.site.output import OutputFolder
from wizard.site.paths import SitePaths, paths_for, root_of
from wizard.site.pictures import SIZES_LOGO, make_pipeline, picture_files
from wizard.site.render_pool import make_outputs
from wizard.site.textcache import MarkdownCache
from wizard.site.themes import DEFAULT_THEME, ThemeInfo, shared_dir
from wizard.site.themes import theme as find_theme
from wizard.site.views import LOCALE_TAGS, ProductView, SiteModel
from wizard.stats.beacons import BEACONS
from wizard.store.shopfile import ShopFile

GENERATOR_VERSION = "2"
PER_PAGE = 24
FEATURED = 8
FEED_ENTRIES = 20
CONTENT_KEY_LIMIT = 64 << 20  # bytes of shop file hashed at most to skip a no-op rebuild
MISSING_PICTURES_NAMED = 5  # products named in the warning; the count says how many in all


@dataclass(frozen=True)
class BuildProgress:
    """How far the build is: ``done`` of ``total`` steps, the path being made."""

    done: int
    total: int
    path: str


@dataclass(frozen=True)
class BuildReport:
    """What a build did. Paths are relative to the output folder, POSIX style."""

    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]
    warnings: tuple[Problem | Message, ...]
    pages: int
    processes: int = 1  # how many processes rendered the pages
    feed_left_out: tuple[str, ...] = ()  # orderable products the shopping feeds leave out (no picture)


class BuildCancelled(EchoppeError):
    """The build was stopped before the end (the files written so far are complete)."""


class DuplicateOutput(EchoppeError):
    """Two pages would be written to the same file."""


@dataclass(frozen=True)
class Output:
    """One file to produce: where, from which inputs, and how."""

    path: str
    fingerprint: str
    render: Callable[[], bytes]
    page: bool = True  # an HTML page (counted in the report)


PAGE_LINKS_AROUND = 2  # a listing links to the first, the last and this many pages either side of its own


def page_window(number: int, pages: int, around: int = PAGE_LINKS_AROUND) -> list[int | None]:
    """The page numbers a listing's page ``number`` of ``pages`` links to, None where some are left out.

    ``page_window(7, 20)`` is ``[1, None, 5, 6, 7, 8, 9, None, 20]``: a long listing no longer links every
    page from every page (417 links on each of 417 pages for 10,000 products); a gap of one page is shown
    as that page rather than as an ellipsis. Every page stays reachable step by step, and all are in the
    sitemap."""
    shown = sorted({1, pages, *range(max(1, number - around), min(pages, number + around) + 1)})
    window: list[int | None] = []
    for n in shown:
        last = window[-1] if window else None
        if last is not None and n - last == 2:
            window.append(n - 1)
        elif last is not None and n - last > 2:
            window.append(None)
        window.append(n)
    return window


def _fp(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def _key(value: object) -> str:
    """A text that changes whenever a (nested) dataclass's content changes (for parts of a product;
    a whole product's fingerprint uses ``repr``, which measured faster on it)."""
    if hasattr(value, "__dataclass_fields__"):
        return "(" + ",".join(_key(v) for v in vars(value).values()) + ")"
    if isinstance(value, tuple):
        return "[" + ",".join(_key(v) for v in value) + "]"
    return repr(value)


def _tree_digest(folders: list[Path]) -> str:
    h = hashlib.blake2b(digest_size=16)
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            h.update(str(path.relative_to(folder)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


@dataclass(frozen=True)
class Partial:
    """The products an incremental build renders pages of, and which categories have products."""

    products: list[Product]
    nonempty: frozenset[int]
    has_products: bool  # the shop has published products (``products`` may hold none of them)


class SiteBuilder:
    """Plans and renders every output of one shop."""

    def __init__(
        self,
        shop: ShopFile,
        out_dir: Path,
        theme: ThemeInfo,
        override_dir: Path | None,
        base_url: str | None,
        image_cache: Path | None = None,
        desk: DeskPlan | None = None,
        only: Partial | None = None,
    ) -> None:
        """``only``: build just some pages of an incremental build (``wizard.site.incremental``),
        from these products instead of every product of the shop."""
        self.shopfile = shop
        self.desk = desk
        self.out_dir = Path(out_dir)
        self.theme = theme
        self.override_dir = Path(override_dir) if override_dir else None
        settings = shop.shop()
        lang = settings.identity.language if settings.identity.language in LOCALE_TAGS else "fr"
        self.lang = lang
        self.paths: SitePaths = paths_for(lang)
        self.products: list[Product] = shop.products(published_only=True) if only is None else only.products
        self.nonempty = None if only is None else only.nonempty  # categories with products, when partial
        self.has_products = bool(self.products) if only is None else only.has_products
        self.categories: list[Category] = shop.categories()
        coupons = shop.coupons()
        shipping = shop.shipping_rates()
        self.pipeline = make_pipeline(shop, self.out_dir, image_cache or (cache_dir() / "images"))
        self.texts = MarkdownCache(cache_dir() / "texts")  # descriptions' HTML, kept between builds
        histories = shop.price_histories() if only is None else shop.price_histories([p.id for p in self.products])
        self.model = SiteModel(
            settings, self.products, self.categories, coupons, shipping, self.paths, theme.id,
            self.pipeline, base_url, histories,
        )  # fmt: skip
        self.env: Environment = make_environment(
            theme, lang=lang, currency=self.model.currency, override_dir=self.override_dir
        )
        self.static_files = self._static_files()
        self.env.globals["static"] = self._static_url
        self.env.filters["markdown"] = self.texts.markdown  # the about page, categories' descriptions
        self.year = dt.date.today().year  # the footer's "© year"; part of every page's fingerprint
        # A product's page also depends on its dated prices (the former price of a reduction).
        # repr shows every field of a product and of what it holds (tests/site/test_build.py checks
        # that none is left out of it) and is faster than _key on a whole product (10 µs, not 16).
        self.product_fp = {p.id: _fp(repr(p), repr(histories.get(p.id))) for p in self.products}
        self.children: dict[int | None, list[Category]] = {}
        for cat in self.categories:
            self.children.setdefault(cat.parent_id, []).append(cat)
        self._site: dict[str, Any] | None = None
        self.used_pictures: set[str] = set()
        self._members: dict[int, list[Product]] = {}
        self._versions: dict[str, str] = {}
        self._catalogue: feeds.Catalogue | None = None
        self._config_json: dict[str, filters.ScriptJson] = {}
        self.global_fp = _fp(
            GENERATOR_VERSION,
            theme.id,
            lang,
            self.model.base_url,
            repr(settings.identity),
            repr(settings.legal),
            repr(settings.payment),
            repr(self.categories),
            repr(coupons),
            repr(shipping),
            _tree_digest([*template_dirs(theme, self.override_dir)]),
            str(self.year),
            type(self.pipeline).__name__,
            desk.fingerprint() if desk else "no desk",
            # Every page's navigation lists the top categories that have products.
            repr(self.has_products),
            *(str(c.id) for c in self.children.get(None, [])
              if (c.id in self.nonempty if self.nonempty is not None else self._category_products(c))),
        )
        # What an incremental build needs to know of this one (filled while planning):
        # listing path → (category id, page number, pages, count, product ids, subcategory ids).
        self.listing_records: dict[str, tuple[int | None, int, int, int, list[int], list[int]]] = {}
        # The home page's selection (featured ids, hero id, (category id, first product id, count)),
        # and the products of feed.xml.
        self.home_record: tuple[list[int], int | None, list[tuple[int, int, int]]] = ([], None, [])
        self.newest: list[int] = []
        self._search_items: list[str] | None = None

    # ----------------------------------------------------------------- static files
    def _static_files(self) -> dict[str, bytes]:
        """``static/…`` files: the theme's CSS joined to the shared one, scripts, theme files."""
        files: dict[str, bytes] = {}
        ours = [shared_dir() / "static", self.theme.path / "static"]
        folders = list(ours)
        if self.override_dir is not None:
            folders.append(self.override_dir / "static")
        css: list[bytes] = []
        for folder in folders:
            if not folder.is_dir():
                continue
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                rel = path.relative_to(folder).as_posix()
                if rel in ("base.css", "theme.css", "custom.css"):
                    css.append(path.read_bytes())
                elif rel.endswith(".js") and folder in ours:
                    # Our own scripts lose indentation and comments; an override's are served as given.
                    files[rel] = compact_js(path.read_text(encoding="utf-8")).encode("utf-8")
                else:
                    files[rel] = path.read_bytes()
        files["site.css"] = b"\n".join(css)
        return files

    @pass_context
    def _static_url(self, context: Any, name: str) -> str:
        version = self._versions.get(name)
        if version is None:
            data = self.static_files.get(name)
            version = self._versions[name] = hashlib.blake2b(data or b"", digest_size=4).hexdigest()
        return f"{context['root']}static/{name}?v={version}"

    # ----------------------------------------------------------------- shared context
    def site(self) -> dict[str, Any]:
        if self._site is not None:
            return self._site
        m = self.model
        ident = m.identity
        logo = None
        if ident.logo:
            logo = self.pipeline.picture(ident.logo, ident.name, SIZES_LOGO)
        try:
            icons = self.pipeline.icons(ident.logo if logo else None, m.monogram(), m.palette()["--primary"])
        except EchoppeError:
            icons = None
        nav = [
            {"name": c.name, "path": self.paths.category(c.slug)}
            for c in self.children.get(None, [])
            if (c.id in self.nonempty if self.nonempty is not None else self._category_products(c))
        ]
        palette = ";".join(f"{k}:{v}" for k, v in m.palette().items())
        self._site = {
            "name": ident.name or "Échoppe",
            "tagline": ident.tagline,
            "year": self.year,
            "about": ident.about,
            "lang": self.lang,
            "locale": LOCALE_TAGS[self.lang],
            "currency": m.currency,
            "email": ident.email.strip() if is_email(ident.email) else "",
            "phone": ident.phone,
            "logo": logo,
            "icons": icons,
            "monogram": m.monogram(),
            "palette": palette,
            "theme_color": m.palette()["--primary"],
            "on_primary": m.palette()["--on-primary"],
            "nav": nav,
            "nav_paths": frozenset([self.paths.all_products, *(item["path"] for item in nav)]),
            "links": self.paths,
            "promotion": m.promotion(),
            "franchise": m.franchise,
            "vat_note": m.vat_note(),
            "config": m.shop_config(self.paths.cart),
            "order_email": m.order_email,
            "order_by_email": m.shop.payment.order_by_email,
            "legal": m.shop.legal,
            "missing": m.legal_missing(),
            "base_url": m.base_url,
            "theme": self.theme.id,
            "has_products": self.has_products,
            "desk": self.desk,
        }
        return self._site

    def context(self, path: str, title: str, description: str = "", **extra: Any) -> dict[str, Any]:
        site = self.site()
        ctx: dict[str, Any] = {
            "site": site,
            "root": root_of(path),
            "page_path": path,
            "title": title,
            "description": description or site["tagline"] or site["name"],
            "canonical": self.model.absolute(path),
            "og_type": "website",
            "og_image": "",
            "config": None,
            "noindex": False,
        }
        ctx.update(extra)
        if ctx["config"] is site["config"]:
            # The shop's config is the same on every page of a folder: serialised once per depth.
            root = ctx["root"]
            serialised = self._config_json.get(root)
            if serialised is None:
                serialised = self._config_json[root] = filters.json_script(self._page_config(site["config"], root))
            ctx["config"] = serialised
        elif ctx["config"]:
            ctx["config"] = self._page_config(ctx["config"], ctx["root"])
        return ctx

    def _page_config(self, config: dict[str, Any], root: str) -> dict[str, Any]:
        """The cart's config with links that work from a page of the folder ``root``."""
        page = {**config, "cartUrl": root + self.paths.cart, "root": root}
        if self.desk is not None:
            page["desk"] = root + self.desk.order_url
            page["payments"] = list(self.desk.payments)
        return page

    def load_templates(self) -> None:
        """Compile the templates of the pages made by the hundred (and the Markdown parser) now."""
        for name in ("home.html", "category.html", "product.html"):
            self.env.get_template(name)
        if not self.texts.prepare():  # a first build: most texts to render, by both processes
            filters.markdown("-")  # builds the parser

    def render(self, template: str, ctx: dict[str, Any]) -> bytes:
        return self.env.get_template(template).render(ctx).encode("utf-8")

    # ----------------------------------------------------------------- planning
    def _category_products(self, cat: Category) -> list[Product]:
        """Products of a category and of its subcategories, in shop order."""
        cached = self._members.get(cat.id)
        if cached is not None:
            return cached
        ids = {cat.id}
        stack = [cat.id]
        while stack:
            for child in self.children.get(stack.pop(), []):
                if child.id not in ids:
                    ids.add(child.id)
                    stack.append(child.id)
        members = [p for p in self.products if p.category_id in ids]
        self._members[cat.id] = members
        return members

    def plan(self) -> list[Output]:
        """Every output of the site, each once (two outputs on one path is an error)."""
        outputs: list[Output] = []
        outputs.append(self._home())
        outputs.extend(self._listings())
        for product in self.products:
            outputs.append(self._product(product))
        outputs.extend(self._simple_pages())
        outputs.extend(self._machine_files())
        seen: dict[str, Output] = {}
        for out in outputs:
            if out.path in seen:
                raise DuplicateOutput(
                    msg("Two pages would be written to {path}.", path=out.path),
                    msg("Give the product or category a different name or address."),
                )
            seen[out.path] = out
        return outputs

    def _home(self) -> Output:
        # The selection and the hero prefer products with a photo (stable order otherwise): a letter
        # placeholder must not stand where the merchant's only photographed product could be.
        featured = [p for p in self.products if p.featured][:FEATURED] or _pictured_first(self.products)[:FEATURED]
        hero_product = next((p for p in featured if _has_picture(p)), None) or next(
            (p for p in self.products if _has_picture(p)), None)
        top = self.children.get(None, [])
        tiles = []
        for cat in top:
            members = self._category_products(cat)
            if members:
                tiles.append((cat, _pictured_first(members)[0], len(members)))
        self.home_record = ([p.id for p in featured], hero_product.id if hero_product is not None else None,
                            [(c.id, first.id, n) for c, first, n in tiles])
        return self.home_output(featured, hero_product, tiles)

    def home_output(self, featured: list[Product], hero_product: Product | None,
                    tiles: list[tuple[Category, Product, int]]) -> Output:
        """The home page of this selection (its featured products, its hero, its category tiles)."""
        fp = _fp(
            self.global_fp,
            "home",
            self.product_fp[hero_product.id] if hero_product is not None else "-",
            *(self.product_fp[p.id] for p in featured),
            *(f"{c.id}:{self.product_fp[first.id]}:{n}" for c, first, n in tiles),
        )

        def render() -> bytes:
            m = self.model
            path = self.paths.home
            cards = [m.with_card_picture(p) for p in featured]
            tile_views = [
                {
                    "name": c.name,
                    "path": self.paths.category(c.slug),
                    "count": n,
                    "picture": m.with_card_picture(first).card_picture,
                }
                for c, first, n in tiles
            ]
            hero = next((v.card_picture for v in cards if v.card_picture is not None), None)
            if hero is None and hero_product is not None:
                hero = m.with_card_picture(hero_product).card_picture
            ctx = self.context(
                path,
                self.site()["name"],
                self.site()["tagline"],
                featured=cards,
                tiles=tile_views,
                hero=hero,
                config=self.site()["config"],
                og_image=self._abs_picture(hero),
            )
            return self.render("home.html", ctx)

        return Output(self.paths.home, fp, render)

    def _listings(self) -> list[Output]:
        outputs: list[Output] = []
        _ = self.model._
        groups: list[tuple[Category | None, list[Product]]] = [(None, self.products)]
        groups += [(c, self._category_products(c)) for c in self.categories]
        for cat, members in groups:
            if cat is not None and not members:
                continue
            pages = max(1, -(-len(members) // PER_PAGE))
            for number in range(1, pages + 1):
                chunk = members[(number - 1) * PER_PAGE : number * PER_PAGE]
                path = self.paths.category(cat.slug, number) if cat else self.paths.listing(number)
                sub = [c for c in self.children.get(cat.id if cat else None, []) if self._category_products(c)]
                fp = _fp(
                    self.global_fp,
                    "list",
                    path,
                    str(pages),
                    str(len(members)),
                    *(self.product_fp[p.id] for p in chunk),
                    *(c.slug for c in sub),
                )
                self.listing_records[path] = (cat.id if cat else None, number, pages, len(members),
                                              [p.id for p in chunk], [c.id for c in sub])
                outputs.append(Output(path, fp, self._listing_renderer(cat, chunk, number, pages, sub, path, len(members))))
        return outputs

    def _listing_renderer(
        self,
        cat: Category | None,
        chunk: list[Product],
        number: int,
        pages: int,
        sub: list[Category],
        path: str,
        count: int,
    ) -> Callable[[], bytes]:
        def render() -> bytes:
            _ = self.model._
            m = self.model
            title = cat.name if cat else _("All products")
            if number > 1:
                title = _("{title} – page {n}").format(title=title, n=number)
            page_links = [
                (n, None if n is None else self.paths.category(cat.slug, n) if cat else self.paths.listing(n))
                for n in page_window(number, pages)
            ]
            description = filters.plain_text(cat.description) if cat and cat.description else ""
            trail = m.category_trail(cat.id) if cat else []
            ctx = self.context(
                path,
                title,
                description or title,
                category=cat,
                trail=[{"name": c.name, "path": self.paths.category(c.slug)} for c in trail[:-1]],
                products=[m.with_card_picture(p) for p in chunk],
                page_number=number,
                page_links=page_links,
                count=count,
                subcategories=[{"name": c.name, "path": self.paths.category(c.slug)} for c in sub],
            )
            return self.render("category.html", ctx)

        return render

    def _product(self, product: Product) -> Output:
        path = self.paths.product(product.slug)
        fp = _fp(self.global_fp, "product", self.product_fp[product.id])

        def render() -> bytes:
            m = self.model
            view = m.with_pictures(product)
            images = [self._abs_picture(p) or p.fallback for p in view.pictures]
            og_image = self.model.absolute(view.og_image) if view.og_image and self.model.base_url else ""
            trail = m.category_trail(product.category_id)
            ctx = self.context(
                path,
                product.name,
                filters.plain_text(product.description, product.description_format) or product.name,
                product=view,
                p=product,
                trail=[{"name": c.name, "path": self.paths.category(c.slug)} for c in trail],
                stock_text=m.stock_text(view),
                details=m.kind_details(product),
                mailto=m.product_mailto(view) if m.shop.payment.order_by_email else "",
                jsonld=m.jsonld(view, images),
                config=self.site()["config"],
                og_type="product",
                og_image=og_image or (images[0] if images and "://" in images[0] else ""),
                description_html=self.texts.description_html(product.description, product.description_format),
                law=m.law.blocks(product),
            )
            return self.render("product.html", ctx)

        return Output(path, fp, render)

    def _simple_pages(self) -> list[Output]:
        _ = self.model._
        p = self.paths
        lang = self.lang
        pages: list[tuple[str, str, str, dict[str, Any]]] = [
            (p.cart, "cart.html", _("Your cart"), {"config": None, "noindex": True}),
            (p.about, "about.html", _("About"), {}),
            (p.contact, "contact.html", _("Contact"), {}),
            (p.legal_notice, f"legal/notice.{lang}.html", _("Legal notice"), {}),
            (p.terms, f"legal/terms.{lang}.html", _("Terms of sale"), {}),
            (p.privacy, f"legal/privacy.{lang}.html", _("Privacy"), {}),
            (p.search, "search.html", _("Search"), {"noindex": True}),
            (p.withdrawal, "withdrawal.html", _("Withdraw from the contract"), {"noindex": True}),
        ]
        outputs = []
        for path, template, title, extra in pages:
            fp = _fp(self.global_fp, "page", path, template)
            outputs.append(Output(path, fp, self._simple_renderer(path, template, title, extra)))
        fp = _fp(self.global_fp, "404")
        outputs.append(Output(p.not_found, fp, self._not_found))
        return outputs

    def _simple_renderer(self, path: str, template: str, title: str, extra: dict[str, Any]) -> Callable[[], bytes]:
        def render() -> bytes:
            ctx = self.context(path, title, **extra)
            ctx["shipping"] = self._shipping_rows()
            ctx["delivery"] = self.model.law.delivery_rows(self.model.shipping)
            if template == "cart.html":
                ctx["config"] = dict(self.site()["config"])
                if self.desk is not None:
                    ctx["config"].update(desk=ctx["root"] + self.desk.order_url, payments=list(self.desk.payments))
                ctx["countries"] = self.model.country_rows()
            if template == "withdrawal.html":
                ctx["withdrawal_mailto"] = self.model.withdrawal_mailto()
            return self.render(template, ctx)

        return render

    def _shipping_rows(self) -> list[dict[str, Any]]:
        _ = self.model._
        rows = []
        for r in self.model.shipping:
            note = ""
            if r.free_above is not None:
                note = _("free from {amount}").format(amount=self.model.price(r.free_above))
            elif r.max_weight_g:
                note = _("up to {w} g").format(w=r.max_weight_g)
            rows.append({"name": r.name, "zone": r.zone.value, "price": self.model.price(r.price), "note": note})
        return rows

    def _not_found(self) -> bytes:
        _ = self.model._
        ctx = self.context(self.paths.not_found, _("Page not found"), noindex=True)
        # Served at any depth: links must not be relative.
        ctx["root"] = self.model.base_url or "/"
        ctx["canonical"] = ""
        return self.render("404.html", ctx)

    def _abs_picture(self, pic: Any) -> str:
        if pic is None:
            return ""
        return self.model.absolute(pic.fallback.lstrip("/")) if self.model.base_url else ""

    # ----------------------------------------------------------------- machine-readable files
    def _machine_files(self) -> list[Output]:
        all_fp = _fp(self.global_fp, *(self.product_fp[p.id] for p in self.products))
        outputs = [
            Output("search.json", _fp(all_fp, "search"), self._search_index, page=False),
            Output("robots.txt", _fp(self.global_fp, "robots"), self._robots, page=False),
            Output("manifest.webmanifest", _fp(self.global_fp, "manifest"), self._manifest, page=False),
            Output("favicon.svg", _fp(self.global_fp, "favicon"), self._favicon, page=False),
        ]
        if self.desk is not None:
            for name, data in sorted(self.desk.files.items()):
                outputs.append(Output(name, _fp(hashlib.sha256(data).hexdigest()), functools.partial(bytes, data), page=False))
        for name, data in sorted(BEACONS.items()):  # requested by the cart, counted from the host's log
            outputs.append(Output(name, _fp(hashlib.sha256(data).hexdigest()), functools.partial(bytes, data), page=False))
        for name, data in sorted(self.static_files.items()):
            outputs.append(Output(f"static/{name}", _fp(hashlib.sha256(data).hexdigest()), functools.partial(bytes, data), page=False))
        if self.model.base_url:
            # What the sitemap shows of a product: its address, its day of change, its category, its
            # pictures (a new price alone leaves it as it is, so it is not rendered again).
            sitemap_fp = _fp(self.global_fp, "sitemap", *(
                f"{p.slug}|{p.updated_at.date().isoformat() if p.updated_at else ''}|{p.category_id}|{_key(p.images)}"
                for p in self.products))
            outputs.append(Output("sitemap.xml", sitemap_fp, self._sitemap, page=False))
            newest = sorted(self.products, key=lambda p: (p.created_at or dt.datetime.min, p.id), reverse=True)
            newest = newest[:FEED_ENTRIES]
            self.newest = [p.id for p in newest]
            feed_fp = _fp(self.global_fp, "feed", *(self.product_fp[p.id] for p in newest))
            outputs.append(Output("feed.xml", feed_fp, functools.partial(self._feed, newest), page=False))
            for path, service in ((feeds.GOOGLE_PATH, feeds.Service.GOOGLE), (feeds.META_PATH, feeds.Service.META)):
                outputs.append(Output(path, _fp(all_fp, path), functools.partial(self._shopping_feed, service),
                                      page=False))
        return outputs

    def shopping_catalogue(self) -> feeds.Catalogue:
        """What the shopping feeds list (made once per build)."""
        if self._catalogue is None:
            self._catalogue = feeds.catalogue(self.model, self.products, self.product_type)
        return self._catalogue

    def product_type(self, p: Product) -> str:
        """A product's category path in the shopping feeds."""
        return " > ".join(c.name for c in self.model.category_trail(p.category_id))

    def _shopping_feed(self, service: feeds.Service) -> bytes:
        site = self.site()
        return feeds.render(self.shopping_catalogue().items, service, site["name"],
                            self.model.absolute(self.paths.home), site["tagline"])

    def search_item(self, p: Product) -> str:
        """A product's entry in ``search.json`` (the file is ``[`` these, joined by commas, ``]``)."""
        view = self.model.view(p)
        cat = view.category.name if view.category else ""
        item = {"n": p.name, "u": view.path, "p": view.price_text, "c": cat, "t": " ".join(p.tags)}
        return json.dumps(item, ensure_ascii=False, separators=(",", ":"))

    def search_items(self) -> list[str]:
        """Every product's entry in ``search.json``, in shop order (made once per build)."""
        if self._search_items is None:
            self._search_items = [self.search_item(p) for p in self.products]
        return self._search_items

    def _search_index(self) -> bytes:
        # The same bytes as json.dumps of the list with these separators, from entries kept per product.
        return ("[" + ",".join(self.search_items()) + "]").encode("utf-8")

    def _robots(self) -> bytes:
        lines = ["User-agent: *", "Allow: /"]
        if self.model.base_url:
            lines.append(f"Sitemap: {self.model.absolute('sitemap.xml')}")
        return ("\n".join(lines) + "\n").encode()

    def _manifest(self) -> bytes:
        site = self.site()
        icons = [{"src": "favicon.svg", "sizes": "any", "type": "image/svg+xml"}]
        if site["icons"] is not None:
            icons += [
                {"src": site["icons"].icon_192, "sizes": "192x192", "type": "image/png"},
                {"src": site["icons"].icon_512, "sizes": "512x512", "type": "image/png"},
            ]
        data = {
            "name": site["name"],
            "short_name": site["name"][:12],
            "lang": site["locale"],
            "start_url": "./",
            "display": "browser",
            "background_color": "#ffffff",
            "theme_color": site["theme_color"],
            "icons": icons,
        }
        if site["tagline"]:
            data["description"] = site["tagline"]
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    def _favicon(self) -> bytes:
        return self.render("favicon.svg", {"site": self.site(), "root": ""})

    def _sitemap(self) -> bytes:
        m = self.model
        entries: list[dict[str, Any]] = []
        for path in (self.paths.home, self.paths.listing()):
            entries.append({"loc": m.absolute(path), "lastmod": "", "images": []})
        for cat in self.categories:
            if self._category_products(cat):
                entries.append({"loc": m.absolute(self.paths.category(cat.slug)), "lastmod": "", "images": []})
        for p in self.products:
            view = m.with_pictures(p)
            entries.append(
                {
                    "loc": m.absolute(view.path),
                    "lastmod": p.updated_at.date().isoformat() if p.updated_at else "",
                    "images": [self._abs_picture(pic) for pic in view.pictures],
                }
            )
        for path in (self.paths.about, self.paths.contact, self.paths.legal_notice, self.paths.terms,
                     self.paths.privacy):  # fmt: skip
            entries.append({"loc": m.absolute(path), "lastmod": "", "images": []})
        return self.render("sitemap.xml", {"entries": entries, "root": ""})

    def _feed(self, newest: list[Product]) -> bytes:
        m = self.model
        _ = m._
        entries = []
        for p in newest:
            view = m.view(p)
            stamp = (p.updated_at or p.created_at or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)).isoformat()
            entries.append(
                {
                    "title": p.name,
                    "link": m.absolute(view.path),
                    "id": m.absolute(view.path),
                    "updated": stamp,
                    "summary": f"{view.price_text} – {filters.plain_text(p.description, p.description_format, 300)}",
                }
            )
        promo = m.promotion()
        updated = max((e["updated"] for e in entries), default="2000-01-01T00:00:00+00:00")
        if promo:
            code_word = _("code")
            text = promo["text"] + (f" ({code_word} {promo['coupon']})" if promo["coupon"] else "")
            entries.insert(
                0,
                {
                    "title": _("Promotion"),
                    "link": m.absolute(self.paths.home),
                    "id": m.absolute(self.paths.home) + "#promo-" + _fp(text)[:12],
                    "updated": updated,
                    "summary": text,
                },
            )
        ctx = {"site": self.site(), "entries": entries, "updated": updated, "root": "",
               "feed_url": m.absolute("feed.xml"), "home_url": m.absolute(self.paths.home)}  # fmt: skip
        return self.render("feed.xml", ctx)


def build_site(
    shop: ShopFile,
    out_dir: Path,
    *,
    theme: str | None = None,
    override_dir: Path | None = None,
    base_url: str | None = None,
    progress: Callable[[BuildProgress], None] | None = None,
    cancel: threading.Event | None = None,
    replace_foreign: bool = False,
    desk: DeskPlan | None = None,
    workers: int | None = None,
    incremental_builds: bool = True,
) -> BuildReport:
    """Build the shop's static site into ``out_dir``; only changed files are written.

    A folder that holds files no earlier build wrote there is refused (:class:`FolderNotOurs`)
    unless ``replace_foreign``: a build never silently replaces the merchant's own files.
    ``desk`` (from ``wizard.desk.plan.desk_plan``) adds the order desk: its files, and the cart, the
    product pages and the withdrawal page send to it instead of preparing an email.
    ``workers``: 1 renders in this process; by default a big build of a one-thread process (the
    command line) renders on two cores (``wizard.site.render_pool``), with the same bytes.
    ``incremental_builds=False`` never takes the change journal's word (``wizard.site.incremental``):
    every page's fingerprint is compared.
    """
    with gc_paused():  # the build state and the records are many small objects: no collection pass
        return _build_site(shop, out_dir, theme, override_dir, base_url, progress, cancel, replace_foreign, desk,
                           workers, incremental_builds)


def _build_site(
    shop: ShopFile,
    out_dir: Path,
    theme: str | None,
    override_dir: Path | None,
    base_url: str | None,
    progress: Callable[[BuildProgress], None] | None,
    cancel: threading.Event | None,
    replace_foreign: bool,
    desk: DeskPlan | None,
    workers: int | None,
    incremental_builds: bool,
) -> BuildReport:
    shop_bytes = _shop_digest(shop)  # first: whatever is read after it is at least as new
    head = shop.journal_head()  # likewise: a change committed during the build is seen again next time
    settings = shop.shop()
    theme_info = find_theme(theme or settings.identity.theme or DEFAULT_THEME)
    folder = OutputFolder(Path(out_dir))
    desk_fp = desk.fingerprint() if desk else "no desk"
    quick = _fp(_quick_key(shop, folder.root, theme_info, override_dir, base_url), desk_fp)
    content = _fp(_content_key(shop_bytes, folder.root, theme_info, override_dir, base_url), desk_fp) if shop_bytes else ""
    previous = folder.previous.meta
    if (previous.get("quick") == quick or (content and previous.get("content") == content)) and folder.intact():
        # Same open shop with no commit since the last build into this folder (the app), or the same
        # bytes of the shop file built the same way (the command line run again): files in place.
        if previous.get("quick") != quick:
            folder.sweep_temporaries()  # a new process: what a killed one may have left
        if progress is not None:
            progress(BuildProgress(1, 1, ""))
        return BuildReport(
            written=(), unchanged=len(folder.previous.files), removed=(),
            warnings=_stored_warnings(settings, base_url, previous), pages=int(previous.get("pages", 0)),
            feed_left_out=_stored_names(previous.get("feed_left_out", [])),
        )
    # Built the same way as last time (version, theme, templates, options, year): the change journal
    # may tell which products changed since, and only their pages are made again.
    frozen = _fp(_content_key("journal", folder.root, theme_info, override_dir, base_url), desk_fp)
    keys = {"quick": quick, "content": content}
    if incremental_builds:
        written = incremental.build(
            shop, folder, settings,
            lambda only: SiteBuilder(shop, folder.root, theme_info, override_dir, base_url, desk=desk, only=only),
            frozen, head, keys,
        )
        if written is not None:
            if progress is not None:
                progress(BuildProgress(1, 1, ""))
            return BuildReport(
                written=tuple(written), unchanged=len(folder.current.files) - len(written), removed=(),
                warnings=_stored_warnings(settings, base_url, previous), pages=int(previous.get("pages", 0)),
                feed_left_out=_stored_names(previous.get("feed_left_out", [])),
            )
    return _full_build(
        shop, folder, theme_info, settings, keys, override_dir, base_url,
        progress, cancel, replace_foreign, desk, workers, frozen, head,
    )


def _stored_warnings(settings: Shop, base_url: str | None, previous: dict[str, Any]) -> tuple[Problem | Message, ...]:
    """The warnings of the last full build into this folder, for a build that made no list again."""
    return (tuple(_warnings(settings, base_url, list(previous.get("missing_pictures", []))))
            + _stored_legal_warnings(previous.get("legal_warnings", []))
            + _stored_feed_warning(previous.get("feed_left_out", [])))


def _full_build(
    shop: ShopFile,
    folder: OutputFolder,
    theme_info: ThemeInfo,
    settings: Shop,
    keys: dict[str, str],
    override_dir: Path | None,
    base_url: str | None,
    progress: Callable[[BuildProgress], None] | None,
    cancel: threading.Event | None,
    replace_foreign: bool = False,
    desk: DeskPlan | None = None,
    workers: int | None = None,
    frozen: str = "",
    head: tuple[int, str] | None = None,
) -> BuildReport:
    builder = SiteBuilder(shop, folder.root, theme_info, override_dir, base_url, desk=desk)
    feed_left_out = list(builder.shopping_catalogue().left_out) if builder.model.base_url else []
    outputs = builder.plan()
    if not replace_foreign:
        folder.refuse_foreign([o.path for o in outputs] + ["favicon.ico"])
    folder.claim([o.path for o in outputs] + ["favicon.ico"])
    folder.sweep_temporaries()
    total = len(outputs) + 1
    pages = sum(1 for o in outputs if o.page)
    def step(done: int, path: str) -> None:
        if cancel is not None and cancel.is_set():
            raise BuildCancelled(msg("The build was stopped."), msg("Build again to finish it."))
        if progress is not None and (done % 50 == 0 or done == len(outputs)):
            progress(BuildProgress(done, total, path))

    try:
        # Every picture used anywhere, fresh pages included, so that none is removed; asked for before
        # the pages so that every picture's source is read from the shop file here, never in a forked
        # renderer.
        builder.site()
        _request_all_pictures(builder)
        builder.load_templates()  # compiled once, before a renderer is forked
        builder.search_items()  # here, for the incremental record (a forked renderer shares them)
        checks: dict[str, Any] = {}

        def meanwhile() -> None:
            """This process's own work, done while a forked renderer starts on the pages."""
            missing = _missing_picture_products(shop, builder.products)
            warnings = _warnings(settings, base_url, [p.name for p in missing])
            findings = check_shop(settings, builder.products, builder.model.shipping, builder.model.law.histories)
            legal_warnings = _legal_messages(findings)
            warnings.extend(legal_warnings)
            if feed_warning := feeds.left_out_warning(tuple(feed_left_out)):
                warnings.append(feed_warning)
            # A record an unfinished build leaves is never read: the state it names is saved only at the end.
            side = incremental.record(builder, folder, frozen, head, findings, {p.id for p in missing}) if frozen else None
            checks.update(missing=missing, warnings=warnings, legal_warnings=legal_warnings, side=side)

        processes = make_outputs(folder, outputs, step, workers, builder.texts.save, meanwhile)
        expected = set(builder.used_pictures) | set(builder.pipeline.requested_paths())
        before = _snapshot(folder.root, expected)
        image_files = builder.pipeline.run(_image_progress(progress, total), cancel) or []
        if cancel is not None and cancel.is_set():
            raise BuildCancelled(msg("The build was stopped."), msg("Build again to finish it."))
        image_files = sorted(builder.used_pictures | {str(f) for f in image_files})
        after = _snapshot(folder.root, image_files)
        written_images = [rel for rel in image_files if rel in after and after[rel] != before.get(rel)]
        for rel in image_files:
            folder.adopt(rel)
    except BaseException:
        folder.save_state(keep_previous=True)
        raise
    removed = folder.remove_stale()
    warnings, legal_warnings = checks["warnings"], checks["legal_warnings"]
    folder.save_state(meta={**keys, "side": checks["side"], "pages": pages,
                            "missing_pictures": [p.name for p in checks["missing"]],
                            "legal_warnings": [[m.msgid, m.params] for m in legal_warnings],
                            "feed_left_out": feed_left_out})
    if progress is not None:
        progress(BuildProgress(total, total, ""))
    builder.texts.close()
    if _KEPT is not None:
        _KEPT.append((builder, folder, outputs))
    written = [*folder.written, *written_images]
    return BuildReport(
        written=tuple(dict.fromkeys(written)),
        unchanged=folder.unchanged,
        removed=tuple(removed),
        warnings=tuple(warnings),
        pages=pages,
        processes=processes,
        feed_left_out=tuple(feed_left_out),
    )


_OPEN_SHOPS: weakref.WeakKeyDictionary[ShopFile, str] = weakref.WeakKeyDictionary()
_KEPT: list[object] | None = None  # see keep_objects_until_exit


def keep_objects_until_exit() -> None:
    """For a process that ends with its build (the command line): the objects of a full build are
    left for the process's end (``os._exit``) instead of freed one by one, a tenth of a second for
    10,000 products. The app, which builds again and again, never calls this."""
    global _KEPT
    if _KEPT is None:
        _KEPT = []


def _quick_key(
    shop: ShopFile, root: Path, theme: ThemeInfo, override_dir: Path | None, base_url: str | None
) -> str:
    """Identifies "this open shop at this revision, built this way": equal keys, identical site.

    Every change to a shop file is a committed transaction of its one open :class:`ShopFile`, which
    bumps ``revision``; the shop file is locked against other processes while open.
    """
    token = _OPEN_SHOPS.get(shop)
    if token is None:
        token = _OPEN_SHOPS[shop] = uuid.uuid4().hex
    return _fp(
        token,
        str(shop.revision),
        GENERATOR_VERSION,
        str(root),
        theme.id,
        str(Path(override_dir).resolve()) if override_dir else "",
        repr(base_url),
        _tree_digest(template_dirs(theme, Path(override_dir) if override_dir else None)),
    )


def _shop_digest(shop: ShopFile) -> str:
    """A hash of the shop file's bytes and its write-ahead log's ("" past ``CONTENT_KEY_LIMIT``).

    Equal bytes, equal shop: the file is locked against other processes while open, so nothing
    changes it under the hash; taken before anything is read from the shop, a change committed
    during a build can only make a later comparison miss.
    """
    files = [shop.path, shop.path.with_name(shop.path.name + "-wal")]
    sizes = []
    for path in files:
        try:
            sizes.append(path.stat().st_size)
        except FileNotFoundError:
            sizes.append(-1)
    if sum(max(size, 0) for size in sizes) > CONTENT_KEY_LIMIT:
        return ""
    h = hashlib.blake2b(digest_size=16)
    for path, size in zip(files, sizes, strict=True):
        h.update(f"{size}\x00".encode())
        if size >= 0:
            h.update(path.read_bytes())
    return h.hexdigest()


def _content_key(
    shop_bytes: str, root: Path, theme: ThemeInfo, override_dir: Path | None, base_url: str | None
) -> str:
    """Identifies "these bytes of the shop file, built this way, by this version": a new process
    (``echoppe build`` run again) knows without reading a product that the site would be the same."""
    return _fp(
        shop_bytes,
        __version__,
        GENERATOR_VERSION,
        str(root),
        theme.id,
        str(Path(override_dir).resolve()) if override_dir else "",
        repr(base_url),
        _tree_digest(template_dirs(theme, Path(override_dir) if override_dir else None)),
        str(dt.date.today().year),  # the footer's "© year"
    )


def _missing_pictures(shop: ShopFile, products: list[Product]) -> list[str]:
    """Names of the products with a picture that is not in the shop file: an imported URL not
    downloaded yet, or a key whose image is gone."""
    return [p.name for p in _missing_picture_products(shop, products)]


def _missing_picture_products(shop: ShopFile, products: list[Product]) -> list[Product]:
    stored = set(shop.image_keys()) if any(p.images for p in products) else set()
    return [p for p in products if any(ref.key is None or ref.key not in stored for ref in p.images)]


def _missing_pictures_warning(names: list[str]) -> Message:
    if len(names) == 1:
        return msg(
            "Some pictures of “{name}” are not in the shop file (an import not downloaded yet, or a lost "
            "picture). They are left out; without any picture, the product shows a placeholder. "
            "Download or add the pictures, then build again.",
            name=names[0],
        )
    shown = "; ".join(names[:MISSING_PICTURES_NAMED])  # names may hold commas and quotes
    return msg(
        "Some pictures of {n} products are not in the shop file (an import not downloaded yet, or a lost "
        "picture): {names}. They are left out; a product without any picture shows a placeholder. "
        "Download or add the pictures, then build again.",
        n=len(names),
        names=shown + ("; …" if len(names) > MISSING_PICTURES_NAMED else ""),
    )


def _warnings(settings: Shop, base_url: str | None, missing_pictures: list[str]) -> list[Problem | Message]:
    """What the merchant should complete: legal fields, pictures, order email, public address."""
    warnings: list[Problem | Message] = list(missing_legal_fields(settings.legal, settings.identity))
    if missing_pictures:
        warnings.append(_missing_pictures_warning(missing_pictures))
    order_email = (settings.payment.order_email or settings.identity.email).strip()
    if settings.payment.order_by_email and not order_email:
        warnings.append(msg("No order email address is set: customers cannot send their orders."))
    public = base_url if base_url is not None else settings.identity.public_url or settings.target.public_url
    if not public.strip():
        warnings.append(
            msg("The shop has no web address yet: no sitemap, no feed and no canonical links were made.")
        )
    return warnings


def _stored_names(stored: Any) -> tuple[str, ...]:
    """The product names the last full build into this folder left out of the feeds (read from its state)."""
    return tuple(n for n in stored if isinstance(n, str)) if isinstance(stored, list) else ()


def _stored_feed_warning(stored: Any) -> tuple[Message, ...]:
    """The feeds' left-out warning of the last full build into this folder."""
    warning = feeds.left_out_warning(_stored_names(stored))
    return (warning,) if warning is not None else ()


def legal_build_warnings(settings: Shop, products: list[Product], rates: list[Any],
                         histories: Any) -> list[Message]:
    """The legal checklist's product and delivery items (banned claims, GPSR, food information…),
    as build warnings; the legal identity is already warned about by :func:`_warnings`."""
    return _legal_messages(check_shop(settings, products, rates, histories))


def _legal_messages(findings: list[Any]) -> list[Message]:
    return [f.message for f in findings if not f.code.startswith("identity.") or f.code == "identity.host"]


def _stored_legal_warnings(stored: Any) -> tuple[Message, ...]:
    """The legal warnings saved by the last full build into this folder (its meta is ours)."""
    if not isinstance(stored, list):
        return ()
    return tuple(Message(str(m[0]), dict(m[1])) for m in stored
                 if isinstance(m, list) and len(m) == 2 and isinstance(m[1], dict))


def _snapshot(root: Path, rels: set[str] | list[str]) -> dict[str, tuple[int, int, int]]:
    """(inode, size, mtime) of files, to tell which ones an image run replaced."""
    result = {}
    for rel in rels:
        try:
            st = os.stat(root / rel)
        except OSError:
            continue
        result[rel] = (st.st_ino, st.st_size, st.st_mtime_ns)
    return result


def _request_all_pictures(builder: SiteBuilder) -> None:
    m = builder.model
    used: set[str] = set()
    site = builder.site()
    if site["logo"] is not None:
        used |= picture_files(site["logo"])
    for product in builder.products:
        if not any(ref.key for ref in product.images):
            continue
        view: ProductView = m.with_pictures(product)
        for pic in [view.card_picture, *view.pictures]:
            if pic is not None:
                used |= picture_files(pic)
        if view.og_image:
            used.add(view.og_image)
    builder.used_pictures = used


def _has_picture(product: Product) -> bool:
    """True when the product has a stored photo (a link not yet downloaded does not count)."""
    return any(ref.key for ref in product.images)


def _pictured_first(products: list[Product]) -> list[Product]:
    """Products with a photo first, each group in its own order."""
    return sorted(products, key=lambda p: not _has_picture(p))


def _image_progress(progress: Callable[[BuildProgress], None] | None, total: int) -> Callable[..., None]:
    def report(*args: Any, **kwargs: Any) -> None:
        if progress is not None:
            progress(BuildProgress(total - 1, total, "images"))

    return report

"""Checks on the built files of every demo shop: valid HTML and CSS (Nu HTML Checker), product
JSON-LD, no reference to another host, page weight."""

from __future__ import annotations

import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from tests.conftest import required_tool
from tests.site.browser.conftest import VNU_JAR, DemoSite
from tests.site.browser.demo import PUBLIC_URL

SHOP_HOST = urlsplit(PUBLIC_URL).hostname
# Links (never loaded resources) that may leave the shop: payment, the mediator the law asks for.
LINK_HOSTS_ALLOWED = {"paypal.me", "www.paypal.me", "www.cm2c.net"}
JSON_LD_HOSTS_ALLOWED = {"schema.org"}  # vocabulary identifiers, never fetched


class _Refs(HTMLParser):
    """Every URL a page refers to, split into loaded resources and followed links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.resources: list[tuple[str, str]] = []  # (where, url)
        self.links: list[str] = []
        self.json_ld: list[str] = []
        self.styles: list[str] = []
        self.scripts: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "a" or tag == "area":
            if "href" in a:
                self.links.append(a["href"])
        elif tag == "link":
            rel = a.get("rel", "")
            if rel in ("canonical", "alternate"):
                self.links.append(a.get("href", ""))
            else:
                self.resources.append((f"link rel={rel}", a.get("href", "")))
                if rel == "stylesheet":
                    self.styles.append(a.get("href", ""))
        elif tag == "meta" and a.get("property") == "og:url":
            self.links.append(a.get("content", ""))
        elif tag == "meta" and a.get("property") == "og:image":
            self.resources.append(("og:image", a.get("content", "")))
        if tag == "form" and "action" in a:
            self.links.append(a["action"])
        for attr in ("src", "poster", "data"):
            if attr in a and tag != "a":
                self.resources.append((f"{tag} {attr}", a[attr]))
        if "srcset" in a:
            for candidate in a["srcset"].split(","):
                self.resources.append((f"{tag} srcset", candidate.strip().split(" ")[0]))
        if "style" in a:
            self.resources.extend(("style attr", u) for u in re.findall(r"url\(['\"]?([^'\")]+)", a["style"]))
        if tag == "script":
            if a.get("src"):
                self.scripts.append(a["src"])
            if a.get("type") == "application/ld+json":
                self._in = "ld"
        if tag == "style":
            self._in = "style"

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "ld":
            self.json_ld.append(data)
        elif self._in == "style":
            self.resources.extend(("style", u) for u in re.findall(r"url\(['\"]?([^'\")]+)", data))


def _refs(path: Path) -> _Refs:
    parser = _Refs()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _host(url: str) -> str | None:
    return urlsplit(url).hostname


def test_nu_html_checker_finds_no_error(demo_sites: list[DemoSite]) -> None:
    required_tool("Java", "/usr/bin/java")
    required_tool("Nu HTML Checker (npm ci)", str(VNU_JAR))
    files = [str(p) for site in demo_sites for p in site.html_files()]
    css = sorted({str(p) for site in demo_sites for p in site.root.rglob("*.css")})
    assert len(files) > 20 * len(demo_sites) // 2 and css
    result = subprocess.run(
        [
            "java",
            "-Xss4m",
            "-jar",
            str(VNU_JAR),
            "--errors-only",
            "--also-check-css",
            "--format",
            "json",
            "--stdout",
            *files,
            *css,
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    messages = json.loads(result.stdout)["messages"]
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    summary = "\n".join(
        f"{m.get('url', '').removeprefix('file:')}:{m.get('lastLine', '?')}: {m['message']}"
        f"  [{(m.get('extract') or '').strip()[:80]}]"
        for m in errors[:40]
    )
    assert not errors, f"{len(errors)} HTML/CSS errors, first ones:\n{summary}"


def test_every_product_page_has_complete_json_ld(demo_sites: list[DemoSite]) -> None:
    for site in demo_sites:
        for product in site.products:
            page = site.root / site.paths.product(product.slug)
            blocks = [json.loads(b) for b in _refs(page).json_ld]
            items = [
                b
                for block in blocks
                for b in (block.get("@graph", [block]) if isinstance(block, dict) else block)
            ]
            found = [b for b in items if b.get("@type") == "Product"]
            assert found, f"{site.label} {page.name}: no schema.org Product"
            data = found[0]
            where = f"{site.label} {page.name}"
            assert data.get("name") == product.name, where
            images = data.get("image")
            assert images, f"{where}: no image"
            for url in images if isinstance(images, list) else [images]:
                assert url.startswith(("http://", "https://")) or url.startswith("/"), f"{where}: {url}"
            offers = data.get("offers")
            offers = offers if isinstance(offers, list) else [offers]
            if offers and offers[0].get("@type") == "AggregateOffer":
                offers = offers[0].get("offers") or offers
            assert len(offers) == max(1, len(product.variants)), f"{where}: one offer per variant"
            for offer in offers:
                assert re.fullmatch(r"\d+(\.\d{1,2})?", str(offer.get("price", ""))), f"{where}: {offer}"
                assert offer.get("priceCurrency") == "EUR", where
                assert str(offer.get("availability", "")).startswith("https://schema.org/"), where


def foreign_references(root: Path, label: str, link_hosts: set[str]) -> list[str]:
    """What the site under ``root`` loads from, or links to, hosts other than the shop's own."""
    problems: list[str] = []
    for page in sorted(root.rglob("*.html")):
        refs = _refs(page)
        rel = page.relative_to(root).as_posix()
        base = PUBLIC_URL + rel
        for where, url in refs.resources:
            if not url.startswith("data:") and _host(urljoin(base, url)) != SHOP_HOST:
                problems.append(f"{label} {rel}: {where} loads {url}")
        for url in refs.links:
            if url.startswith(("mailto:", "tel:", "#")):
                continue
            host = _host(urljoin(base, url))
            if host != SHOP_HOST and host not in link_hosts:
                problems.append(f"{label} {rel}: link to {url}")
        for block in refs.json_ld:
            for url in re.findall(r"https?://[^\"\s]+", block):
                if _host(url) not in {SHOP_HOST, *JSON_LD_HOSTS_ALLOWED}:
                    problems.append(f"{label} {rel}: JSON-LD refers to {url}")
    for css in root.rglob("*.css"):
        for url in re.findall(r"url\(['\"]?([^'\")]+)", css.read_text(encoding="utf-8")):
            if not url.startswith("data:") and _host(urljoin(PUBLIC_URL, url)) != SHOP_HOST:
                problems.append(f"{label} {css.name}: url({url})")
    for js in root.rglob("*.js"):
        for url in re.findall(r"https?://[\w.-]+", js.read_text(encoding="utf-8")):
            if _host(url) not in LINK_HOSTS_ALLOWED:
                problems.append(f"{label} {js.name}: {url}")
    return problems


def test_no_page_refers_to_another_host(demo_sites: list[DemoSite]) -> None:
    problems: list[str] = []
    for site in demo_sites:
        link_hosts = LINK_HOSTS_ALLOWED | {
            h for p in site.products for h in (_host(p.payment_link), _host(p.external_url)) if h
        }
        problems += foreign_references(site.root, site.label, link_hosts)
    assert not problems, "\n".join(problems[:30])


def test_the_host_check_sees_cdns_fonts_and_trackers(tmp_path: Path) -> None:
    """The check above can fail: each way a page could reach another host is caught."""
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><head><title>x</title>'
        '<link rel="stylesheet" href="https://cdn.example.com/x.css">'
        '<meta property="og:image" content="https://img.example.net/og.jpg">'
        "<style>body{background:url(//tracker.example.org/p.gif)}</style>"
        '<script type="application/ld+json">{"image": "https://photos.example.io/a.jpg"}</script></head>'
        '<body><picture><source srcset="https://img.example.net/a.webp 1x"><img src="img/ok.jpg" alt=""></picture>'
        '<a href="https://elsewhere.example/">x</a><a href="mailto:a@b.c">m</a><a href="https://paypal.me/x/1EUR">p</a>'
        '<a href="produit/a.html">local</a><img src="https://boutique.example.fr/img/own.jpg" alt="">'
        "</body></html>",
        encoding="utf-8",
    )
    (tmp_path / "site.css").write_text(
        "@font-face{src:url(https://fonts.example.com/f.woff2)}", encoding="utf-8"
    )
    (tmp_path / "app.js").write_text("fetch('https://api.example.com/beacon')", encoding="utf-8")
    found = "\n".join(foreign_references(tmp_path, "t", LINK_HOSTS_ALLOWED))
    for host in (
        "cdn.example.com",
        "img.example.net/og",
        "tracker.example.org",
        "photos.example.io",
        "img.example.net/a.webp",
        "elsewhere.example",
        "fonts.example.com",
        "api.example.com",
    ):
        assert host in found, host
    for fine in ("paypal.me", "mailto:", "produit/a.html", "img/ok.jpg", "boutique.example.fr"):
        assert fine not in found, fine


@pytest.mark.parametrize("limit_total, limit_js", [(40 * 1024, 12 * 1024)])
def test_product_page_weight(demo_sites: list[DemoSite], limit_total: int, limit_js: int) -> None:
    """HTML + CSS + JS of every product page, images aside, uncompressed."""
    heaviest = (0, "")
    for site in demo_sites:
        for product in site.products:
            page = site.root / site.paths.product(product.slug)
            refs = _refs(page)
            css = sum((page.parent / u.split("?")[0]).stat().st_size for u in refs.styles)
            js = sum((page.parent / u.split("?")[0]).stat().st_size for u in refs.scripts)
            total = page.stat().st_size + css + js
            where = f"{site.label} {page.name}: HTML {page.stat().st_size} + CSS {css} + JS {js} = {total} B"
            assert js <= limit_js, where
            assert total <= limit_total, where
            heaviest = max(heaviest, (total, where))
    print(f"heaviest product page: {heaviest[1]}")

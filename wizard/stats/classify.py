"""Who made a request (a person's browser or a bot) and what it asked for (a page, a product, a beacon).

Bots are told by CrawlerDetect's maintained list of crawler user agents; browser and system
families by ua-parser's maintained regexes (the uap-core project). Both are cached per user agent:
a log has few distinct ones, and each regex pass costs far more than a dictionary look-up.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache
from urllib.parse import parse_qs

import ua_parser
from crawlerdetect import CrawlerDetect

_DETECT = CrawlerDetect()
_PRODUCT = re.compile(r"(?:^|/)(?:produit|product)/([A-Za-z0-9_-]{1,120})\.html$")
_BEACON = re.compile(r"(?:^|/)e/(add|order)\.gif$")
_SEARCH_PAGES = ("/recherche.html", "/search.html")
_SLUG = re.compile(r"[A-Za-z0-9_-]{1,120}")
_NOT_PAGES = ("/404.html",)
# Échoppe's own requests (the publish check, the desk probe): a program, never a visitor.
_OURS = ("echoppe-", "Echoppe/", "Échoppe/")


class Kind(Enum):
    OTHER = "other"  # a picture, a style sheet, a script, an error…
    PAGE = "page"
    PRODUCT = "product"
    SEARCH = "search"
    CART_ADD = "add"
    ORDER = "order"


@lru_cache(maxsize=65536)
def is_bot(agent: str) -> bool:
    """A crawler, a monitoring tool or a script (an empty user agent is never a person's browser)."""
    if not agent or agent == "-" or agent.startswith(_OURS):
        return True
    return bool(_DETECT.is_crawler(agent))


@lru_cache(maxsize=65536)
def families(agent: str) -> tuple[str, str]:
    """(browser family, system family), "Other" when unknown."""
    result = ua_parser.parse(agent)
    browser = result.user_agent.family if result.user_agent else "Other"
    system = result.os.family if result.os else "Other"
    return browser, system


def _is_page(path: str) -> bool:
    last = path.rsplit("/", 1)[-1]
    return (last == "" or last.endswith(".html") or "." not in last) and not path.endswith(_NOT_PAGES)


@lru_cache(maxsize=65536)  # a log has few distinct paths; bounded against one full of random ones
def kind_of(method: str, path: str, status: int) -> Kind:
    """What a request was, from its method, path and status (query aside)."""
    if method != "GET" or not (200 <= status < 300 or status == 304):
        return Kind.OTHER
    if path.endswith(".gif"):
        m = _BEACON.search(path)
        return Kind(m[1]) if m else Kind.OTHER
    if not _is_page(path):
        return Kind.OTHER
    if _PRODUCT.search(path):
        return Kind.PRODUCT
    if path.endswith(_SEARCH_PAGES):
        return Kind.SEARCH
    return Kind.PAGE


def product_slug(path: str) -> str:
    m = _PRODUCT.search(path)
    return m[1] if m else ""


def beacon_slugs(query: str) -> list[str]:
    """The product slugs a beacon names (``p=a`` or ``p=a,b``), well-formed ones only."""
    values = parse_qs(query).get("p", [])
    return [s for v in values[:1] for s in v.split(",")[:50] if _SLUG.fullmatch(s)]


def search_terms(query: str) -> str:
    """The words searched (``q=``), lower-cased and shortened; "" when none."""
    values = parse_qs(query).get("q")
    if not values:
        return ""
    words = " ".join(values[0].lower().split())
    return "".join(c for c in words if c.isprintable())[:40]

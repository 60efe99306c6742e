"""Where a visit came from: our own source tags, search engines, social networks, other sites, direct."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

DIRECT = "direct"
_TAG = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")
_HOST = re.compile(r"[a-z0-9.-]{1,80}")

# Registrable names (as they appear in a referrer's host) → the name shown.
SEARCH_ENGINES = {
    "google": "google", "bing": "bing", "duckduckgo": "duckduckgo", "qwant": "qwant", "ecosia": "ecosia",
    "yahoo": "yahoo", "yandex": "yandex", "baidu": "baidu", "startpage": "startpage", "lilo": "lilo",
    "search.brave": "brave", "ask": "ask", "seznam": "seznam", "naver": "naver", "ekoru": "ekoru",
}
SOCIAL = {
    "facebook": "facebook", "fb": "facebook", "instagram": "instagram", "t": "twitter", "twitter": "twitter",
    "x": "twitter", "linkedin": "linkedin", "lnkd": "linkedin", "pinterest": "pinterest", "reddit": "reddit",
    "youtube": "youtube", "tiktok": "tiktok", "whatsapp": "whatsapp", "telegram": "telegram",
    "snapchat": "snapchat", "threads": "threads", "bsky": "bluesky", "mastodon": "mastodon",
    "leboncoin": "leboncoin", "etsy": "etsy",
}
_SECOND_LEVEL = {"co", "com", "org", "net", "gouv", "ac"}


def tag_of(query: str) -> str | None:
    """Our own source tag (``?src=flyer-marche``) when the query carries a well-formed one."""
    if "src=" not in query:
        return None
    values = parse_qs(query).get("src")
    if not values or not _TAG.fullmatch(values[0]):
        return None
    return values[0].lower()


def referrer_host(referrer: str) -> str:
    if not referrer or referrer == "-":
        return ""
    try:
        host = (urlsplit(referrer).hostname or "").lower()
    except ValueError:
        return ""
    return host if _HOST.fullmatch(host) else ""


def _labels(host: str) -> list[str]:
    """The host without ``www.``/``m.``/``l.`` and without its public suffix (roughly)."""
    parts = [p for p in host.split(".") if p]
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL:
        parts = parts[:-2]
    elif len(parts) >= 2:
        parts = parts[:-1]
    while len(parts) > 1 and parts[0] in ("www", "m", "l", "lm", "mobile", "web"):
        parts = parts[1:]
    return parts


def source_of(query: str, referrer: str, own_hosts: frozenset[str]) -> str:
    """``tag:NAME``, ``search:NAME``, ``social:NAME``, ``site:HOST`` or ``direct``."""
    tag = tag_of(query)
    if tag:
        return f"tag:{tag}"
    host = referrer_host(referrer)
    if not host or host in own_hosts or host.removeprefix("www.") in own_hosts:
        return DIRECT
    labels = _labels(host)
    if not labels:
        return DIRECT
    name = labels[-1]
    dotted = ".".join(labels[-2:])
    if dotted in SEARCH_ENGINES:
        return f"search:{SEARCH_ENGINES[dotted]}"
    if name in SEARCH_ENGINES:
        return f"search:{SEARCH_ENGINES[name]}"
    if name in SOCIAL:
        return f"social:{SOCIAL[name]}"
    return f"site:{host.removeprefix('www.')}"

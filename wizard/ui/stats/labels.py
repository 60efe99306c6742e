"""Source names in the person's words (what ``echoppe stats`` words with gettext, here with Qt's tr())."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

# How a few well-known names are written (the rest get a capital letter).
SPELLING = {
    "duckduckgo": "DuckDuckGo", "linkedin": "LinkedIn", "tiktok": "TikTok", "youtube": "YouTube",
    "whatsapp": "WhatsApp", "twitter": "X (Twitter)", "leboncoin": "Leboncoin",
}


class Group(StrEnum):
    SEARCH = "search"
    SOCIAL = "social"
    SITE = "site"
    TAG = "tag"
    DIRECT = "direct"


def group_of(name: str) -> Group:
    kind = name.partition(":")[0]
    return Group(kind) if kind in ("search", "social", "site", "tag") else Group.DIRECT


def spelled(value: str) -> str:
    return SPELLING.get(value, value[:1].upper() + value[1:])


def source_label(name: str) -> str:
    """``search:google`` → "Google (search engine)", ``tag:flyer-marche`` → "your link “flyer-marche”"."""
    kind, _sep, value = name.partition(":")
    if kind == "tag":
        return QCoreApplication.translate("SourceLabels", "your link “{name}”").format(name=value)
    if kind == "search":
        return QCoreApplication.translate("SourceLabels", "{name} (search engine)").format(name=spelled(value))
    if kind == "social":
        return QCoreApplication.translate("SourceLabels", "{name} (social network)").format(name=spelled(value))
    if kind == "site":
        return QCoreApplication.translate("SourceLabels", "{name} (another site)").format(name=value)
    return QCoreApplication.translate("SourceLabels", "Direct (typed in, bookmark)")


def group_label(group: Group) -> str:
    return {
        Group.SEARCH: QCoreApplication.translate("SourceLabels", "Search engines"),
        Group.SOCIAL: QCoreApplication.translate("SourceLabels", "Social networks"),
        Group.SITE: QCoreApplication.translate("SourceLabels", "Other sites"),
        Group.TAG: QCoreApplication.translate("SourceLabels", "Your links (flyers, QR codes)"),
        Group.DIRECT: QCoreApplication.translate("SourceLabels", "Direct"),
    }[group]

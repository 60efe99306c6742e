"""Site themes: folders of ``site_templates/`` holding a ``theme.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from wizard.i18n import EchoppeError, msg, normalise_language
from wizard.paths import site_templates_dir

SHARED = "_shared"
DEFAULT_THEME = "market"


class UnknownTheme(EchoppeError):
    """No theme has this name."""


@dataclass(frozen=True)
class ThemeInfo:
    """A theme as the wizard lists it."""

    id: str
    names: dict[str, str]
    descriptions: dict[str, str]
    thumbnail: Path | None
    path: Path

    def name(self, lang: str) -> str:
        return self.names.get(normalise_language(lang)) or self.names.get("en") or self.id

    def description(self, lang: str) -> str:
        return self.descriptions.get(normalise_language(lang)) or self.descriptions.get("en") or ""


def _load(folder: Path) -> ThemeInfo:
    data = json.loads((folder / "theme.json").read_text(encoding="utf-8"))
    thumb = folder / data.get("thumbnail", "thumbnail.png")
    return ThemeInfo(
        id=folder.name,
        names=dict(data.get("name", {})),
        descriptions=dict(data.get("description", {})),
        thumbnail=thumb if thumb.is_file() else None,
        path=folder,
    )


def available_themes() -> list[ThemeInfo]:
    """Every theme shipped with Échoppe, market first."""
    root = site_templates_dir()
    themes = [
        _load(folder)
        for folder in sorted(root.iterdir())
        if folder.is_dir() and not folder.name.startswith(("_", ".")) and (folder / "theme.json").is_file()
    ]
    return sorted(themes, key=lambda t: (t.id != DEFAULT_THEME, t.id))


def theme(theme_id: str) -> ThemeInfo:
    """The theme named ``theme_id``; :class:`UnknownTheme` otherwise."""
    for info in available_themes():
        if info.id == theme_id:
            return info
    names = ", ".join(t.id for t in available_themes())
    raise UnknownTheme(
        msg("There is no theme named {name}.", name=theme_id),
        msg("Choose one of: {names}.", names=names),
    )


def shared_dir() -> Path:
    return site_templates_dir() / SHARED

"""The static shop site: themes, pages, legal pack, written only where something changed.

Public API::

    build_site(shop, out_dir, theme=None, override_dir=None, base_url=None, progress=None, cancel=None)
    available_themes()
"""

from __future__ import annotations

from wizard.site.build import (
    BuildCancelled,
    BuildProgress,
    BuildReport,
    DuplicateOutput,
    build_site,
)
from wizard.site.output import OutputPathError
from wizard.site.themes import ThemeInfo, UnknownTheme, available_themes

__all__ = [
    "BuildCancelled",
    "BuildProgress",
    "BuildReport",
    "DuplicateOutput",
    "OutputPathError",
    "ThemeInfo",
    "UnknownTheme",
    "available_themes",
    "build_site",
]

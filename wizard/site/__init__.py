"""The static shop site: themes, pages, legal pack, written only where something changed.

Public API::

    build_site(shop, out_dir, theme=None, override_dir=None, base_url=None, progress=None, cancel=None)
    available_themes()

Names are imported on first use (:mod:`wizard.lazy`): jinja2 and Pillow load with the build.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.lazy import lazy_names

if TYPE_CHECKING:
    from wizard.site.build import (
        BuildCancelled,
        BuildProgress,
        BuildReport,
        DuplicateOutput,
        build_site,
    )
    from wizard.site.output import OutputPathError
    from wizard.site.themes import ThemeInfo, UnknownTheme, available_themes

_WHERE: dict[str, str] = {
    "BuildCancelled": "wizard.site.build",
    "BuildProgress": "wizard.site.build",
    "BuildReport": "wizard.site.build",
    "DuplicateOutput": "wizard.site.build",
    "build_site": "wizard.site.build",
    "OutputPathError": "wizard.site.output",
    "ThemeInfo": "wizard.site.themes",
    "UnknownTheme": "wizard.site.themes",
    "available_themes": "wizard.site.themes",
}

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
assert set(__all__) == set(_WHERE)

__getattr__, __dir__ = lazy_names(__name__, _WHERE)

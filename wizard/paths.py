"""Where Échoppe finds its shipped data and keeps its own files."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    """Return a shipped data folder: inside the wheel, or beside the package in a checkout."""
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def resources_dir() -> Path:
    """The ``resources/`` folder (niches, icons, translations)."""
    return _data_dir("resources")


def site_templates_dir() -> Path:
    """The ``site_templates/`` folder (site themes)."""
    return _data_dir("site_templates")


def app_data_dir() -> Path:
    """Échoppe's own per-user data folder (known hosts, recent shops, caches)."""
    import platformdirs  # here: the command line's --help never needs it

    path = Path(platformdirs.user_data_dir("echoppe", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Per-user cache folder (image derivatives, build folders)."""
    import platformdirs

    path = Path(platformdirs.user_cache_dir("echoppe", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path

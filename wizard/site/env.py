"""The one jinja2 Environment factory for the site: loaders, autoescape, filters, translations."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    BytecodeCache,
    ChoiceLoader,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    pass_context,
    pass_eval_context,
    select_autoescape,
)
from jinja2.nodes import EvalContext
from markupsafe import Markup

from wizard.i18n import translations
from wizard.site import filters
from wizard.site.fragments import FragmentCache
from wizard.site.pictures import SIZES_CARD, SIZES_HERO, SIZES_LOGO, SIZES_MAIN, SIZES_THUMB
from wizard.site.themes import ThemeInfo, shared_dir

DOMAIN = "site"


def template_dirs(theme: ThemeInfo, override_dir: Path | None = None) -> list[Path]:
    """Where templates are looked up, first match wins: override → theme → ``_shared``."""
    dirs = [theme.path, shared_dir()]
    if override_dir is not None:
        dirs.insert(0, Path(override_dir))
    return dirs


def make_environment(
    theme: ThemeInfo,
    *,
    lang: str = "fr",
    currency: str = "EUR",
    override_dir: Path | None = None,
) -> Environment:
    """An Environment for one build.

    A template is found in the override folder, then the theme, then ``_shared``. The same
    templates are also reachable as ``theme/NAME`` (theme, then shared) and ``_shared/NAME``, so an
    override of ``product.html`` can ``{% extends "theme/product.html" %}`` and change one block.
    """
    theme_and_shared = ChoiceLoader([FileSystemLoader(theme.path), FileSystemLoader(shared_dir())])
    loaders: list[BaseLoader] = [
        PrefixLoader({"theme": theme_and_shared, "_shared": FileSystemLoader(shared_dir())}),
    ]
    main = [FileSystemLoader(str(d)) for d in template_dirs(theme, override_dir)]
    env = Environment(
        loader=ChoiceLoader([*main, *loaders]),
        autoescape=select_autoescape(enabled_extensions=("html", "xml", "svg"), default_for_string=True),
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n", FragmentCache],
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        cache_size=-1,
        bytecode_cache=_bytecode_cache(),
    )
    catalogue = translations(lang, DOMAIN)
    env.install_gettext_translations(catalogue, newstyle=True)  # type: ignore[attr-defined]
    # Same behaviour as jinja2's newstyle gettext, without its per-call overhead (a page makes
    # a few dozen calls): translations of constant texts are computed once per build.
    fast = _fast_gettext(catalogue.gettext)
    env.globals["_"] = fast
    env.globals["gettext"] = fast
    env.filters.update(filters.FILTERS)
    env.filters["price"] = _price_filter(currency, lang)
    env.filters["date"] = lambda value, with_time=False: filters.date_text(value, lang, with_time)
    env.filters["srcset"] = _srcset
    env.globals["lang"] = lang
    env.globals["url"] = _url
    env.globals["sizes"] = {
        "card": SIZES_CARD,
        "main": SIZES_MAIN,
        "hero": SIZES_HERO,
        "thumb": SIZES_THUMB,
        "logo": SIZES_LOGO,
    }
    return env


_BYTECODE: list[BytecodeCache | None] = []


def _bytecode_cache() -> BytecodeCache | None:
    """Compiled templates kept between processes (``echoppe build`` compiled them at every run).

    Jinja2 checks each entry against the template's source and Python's version; the folder is also
    named by jinja2's version and by this module's and the ``cache`` tag's source, which decide how
    a template compiles. No cache folder: templates are compiled, as before.
    """
    if not _BYTECODE:
        import hashlib
        import os
        import sys

        import jinja2

        import wizard
        from wizard.paths import cache_dir
        from wizard.site import fragments

        h = hashlib.blake2b(digest_size=8)
        h.update(f"{jinja2.__version__}|{sys.version}".encode())
        for module in (sys.modules[__name__], fragments):
            try:
                h.update(Path(module.__file__ or "").read_bytes())
            except OSError:  # a bundle (PyInstaller) holds no sources: its build decides
                h.update(f"{wizard.__version__}|{os.stat(sys.executable).st_mtime_ns}".encode())
        try:
            folder = cache_dir() / "templates" / h.hexdigest()
            folder.mkdir(parents=True, exist_ok=True)
            _BYTECODE.append(FileSystemBytecodeCache(str(folder)))
        except OSError:
            _BYTECODE.append(None)
    return _BYTECODE[0]


_PLAIN = (str, int)  # exact types only: a Markup value is not escaped, a str is
_VARS_CACHED = 4096  # texts with variables remembered per build at most


def _fast_gettext(gettext: Callable[[str], str]) -> Callable[..., str]:
    """``_("Text %(name)s", name=value)``: translated, marked safe, variables escaped (newstyle rules)."""
    cache: dict[tuple[str, bool], str] = {}
    cache_vars: dict[tuple[Any, ...], str] = {}

    @pass_eval_context
    def _(eval_ctx: EvalContext, message: str, **variables: Any) -> str:
        autoescape = bool(eval_ctx.autoescape)
        if not variables:
            rv = cache.get((message, autoescape))
            if rv is None:
                text = gettext(message)
                rv = cache[(message, autoescape)] = (Markup(text) if autoescape else text) % {}
            return rv
        # Texts with plain variables repeat too (a long listing's "Page %(n)s" links): remembered
        # by the exact types and values (a str and an equal Markup are escaped differently).
        if all(type(v) in _PLAIN for v in variables.values()):
            key = (message, autoescape, *((k, type(v), v) for k, v in sorted(variables.items())))
            rv = cache_vars.get(key)
            if rv is None:
                rv = (Markup(gettext(message)) if autoescape else gettext(message)) % variables
                if len(cache_vars) < _VARS_CACHED:
                    cache_vars[key] = rv
            return rv
        text = gettext(message)
        return (Markup(text) if autoescape else text) % variables

    return _


def _price_filter(currency: str, lang: str) -> Callable[[Any], str]:
    def price(amount: Decimal | str | None) -> str:
        return filters.price(amount, currency, lang)

    return price


def _is_absolute(url: str) -> bool:
    return url.startswith(("http://", "https://", "/", "mailto:", "tel:", "#", "data:"))


@pass_context
def _url(context: Any, path: str) -> str:
    """A link to another page of the site, relative to the current page (``root`` prefix)."""
    return path if _is_absolute(path) else str(context["root"]) + path


@pass_context
def _srcset(context: Any, srcset: str) -> str:
    """A ``srcset`` whose site-relative candidates are made relative to the current page."""
    root = str(context["root"])
    candidates = []
    for candidate in srcset.split(","):
        parts = candidate.strip().split(" ", 1)
        if not parts[0]:
            continue
        url = parts[0] if _is_absolute(parts[0]) else root + parts[0]
        candidates.append(" ".join([url, *parts[1:]]))
    return ", ".join(candidates)

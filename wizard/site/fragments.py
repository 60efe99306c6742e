"""``{% cache key, … %}…{% endcache %}``: a part of the layout rendered once per build and key.

The header, the navigation and the footer are the same on every page of a depth (their links are
relative to the page's folder): the layout names what each depends on beyond the build's own data
(``root``, and the page's path where the navigation marks the current page), and renders the part
once per distinct key. The cache lives on the build's environment, so it is never reused by another
build; ``environment.fragment_cache = None`` renders every part every time (the tests compare both).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import nodes
from jinja2.ext import Extension
from jinja2.parser import Parser


class FragmentCache(Extension):
    """The ``cache`` tag; its arguments are the key (any hashable values)."""

    tags = {"cache"}  # noqa: RUF012 (jinja2 declares it a set on the class)

    def __init__(self, environment: Any) -> None:
        super().__init__(environment)
        environment.extend(fragment_cache={})

    def parse(self, parser: Parser) -> nodes.Node:
        lineno = next(parser.stream).lineno
        key = [parser.parse_expression()]
        while parser.stream.skip_if("comma"):
            key.append(parser.parse_expression())
        body = parser.parse_statements(("name:endcache",), drop_needle=True)
        call = self.call_method("_render", [nodes.Tuple(key, "load")])
        return nodes.CallBlock(call, [], [], body).set_lineno(lineno)

    def _render(self, key: tuple[Any, ...], caller: Callable[[], str]) -> str:
        cache: dict[tuple[Any, ...], str] | None = self.environment.fragment_cache  # type: ignore[attr-defined]
        if cache is None:
            return caller()
        found = cache.get(key)
        if found is None:
            found = cache[key] = caller()
        return found

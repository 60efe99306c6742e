"""Reading built pages back in tests: links, scripts, ids (html.parser, no extra dependency)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any


@dataclass
class Page:
    urls: list[str] = field(default_factory=list)  # every href/src/srcset candidate/action
    scripts: list[tuple[dict[str, str], str]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    text: str = ""

    def json(self, script_type: str, script_id: str | None = None) -> Any:
        for attrs, body in self.scripts:
            if attrs.get("type") == script_type and (script_id is None or attrs.get("id") == script_id):
                return json.loads(body)
        raise AssertionError(f"no {script_type} script")


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._script: dict[str, str] | None = None
        self._buf: list[str] = []
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        for key in ("href", "src", "action"):
            if key in a:
                self.page.urls.append(a[key])
        if "srcset" in a:
            self.page.urls += [c.strip().split(" ")[0] for c in a["srcset"].split(",") if c.strip()]
        if "id" in a:
            self.page.ids.append(a["id"])
        if tag == "script":
            self._script, self._buf = a, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.page.scripts.append((self._script, "".join(self._buf)))
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._buf.append(data)
        else:
            self._text.append(data)


def read_page(path: Path) -> Page:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    parser.page.text = " ".join(" ".join(parser._text).split())
    return parser.page


def html_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))

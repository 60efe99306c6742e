"""Descriptions' HTML kept between builds: the same HTML as rendering, used by the next build, best effort."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.site import filters, textcache
from wizard.site.textcache import MarkdownCache

TEXTS = [
    "# Miel de lavande\n\nRécolté **à la main** en Provence.\n\n- 250 g\n- 500 g",
    "<script>alert(1)</script> [lien](javascript:alert(1)) [ok](https://example.fr)",
    "Ligne 1\nLigne 2\n\n> Une citation\n\n1. un\n2. deux",
    "un caractère seul \ud800 et des émojis 🐝",
]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    render = filters.markdown

    def counted(text: str | None) -> object:
        calls.append(text or "")
        return render(text)

    monkeypatch.setattr(filters, "markdown", counted)
    return calls


def test_the_next_build_takes_the_html_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = [str(filters.markdown(t)) for t in TEXTS]
    calls = _counting(monkeypatch)
    first = MarkdownCache(tmp_path)
    assert [str(first.markdown(t)) for t in TEXTS] == expected
    assert [str(first.markdown(t)) for t in TEXTS] == expected  # the same build: from memory
    assert (len(calls), first.misses, first.hits) == (len(TEXTS), len(TEXTS), len(TEXTS))
    first.save()

    second = MarkdownCache(tmp_path)  # another build, another process's worth of state
    got = [second.markdown(t) for t in TEXTS]
    assert [str(h) for h in got] == expected and all(hasattr(h, "__html__") for h in got)
    assert (len(calls), second.hits, second.misses) == (len(TEXTS), len(TEXTS), 0)
    assert str(second.description_html("<p>a</p><script>x</script>", "html")) == "<p>a</p>"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab *_#-\n>[]()<&1.`!\\é"), max_size=40))
def test_any_text_comes_back_as_markdown_renders_it(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    folder = tmp_path_factory.mktemp("texts")
    cache = MarkdownCache(folder)
    cache.markdown(text)
    cache.save()
    assert str(MarkdownCache(folder).markdown(text)) == str(filters.markdown(text))


def test_another_renderer_uses_another_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = MarkdownCache(tmp_path)
    cache.markdown(TEXTS[0])
    cache.save()
    monkeypatch.setattr(textcache, "_identity", lambda: "another-version")
    later = MarkdownCache(tmp_path)
    assert later.path is not None and later.path != cache.path
    later.markdown(TEXTS[0])
    assert later.misses == 1


def test_a_broken_or_unwritable_cache_is_left_aside(tmp_path: Path) -> None:
    broken = MarkdownCache(tmp_path)
    assert broken.path is not None
    broken.path.write_bytes(b"not a database, " * 100)
    assert str(broken.markdown(TEXTS[0])) == str(filters.markdown(TEXTS[0]))
    broken.save()
    assert broken.path.read_bytes() == b"not a database, " * 100

    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    nowhere = MarkdownCache(blocked / "texts")  # its folder cannot be made
    assert str(nowhere.markdown(TEXTS[1])) == str(filters.markdown(TEXTS[1]))
    nowhere.save()
    assert str(MarkdownCache(None).markdown(TEXTS[2])) == str(filters.markdown(TEXTS[2]))


def test_the_oldest_entries_go_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textcache, "KEEP", 3)
    cache = MarkdownCache(tmp_path)
    for i in range(5):
        cache.markdown(f"texte {i}")
        cache.save()
    assert cache.path is not None
    with sqlite3.connect(cache.path) as db:
        kept = db.execute("SELECT html FROM html ORDER BY rowid").fetchall()
    assert [row[0] for row in kept] == [f"<p>texte {i}</p>\n".encode() for i in (2, 3, 4)]


def test_an_app_bundle_without_sources_still_names_its_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In the PyInstaller bundle no ``.py`` lies beside the code: the file is named from the parser's
    version and the compiled code of the Markdown filter instead, and a build still works."""
    import importlib.machinery
    import importlib.util

    with_sources = textcache._identity()
    real_find_spec = importlib.util.find_spec

    def bundled_spec(name: str, *args: object) -> object:
        if name == "markdown_it":
            return importlib.machinery.ModuleSpec(name, None, origin=str(tmp_path / "bundle" / "markdown_it.py"))
        return real_find_spec(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", bundled_spec)
    monkeypatch.setattr(filters, "__file__", str(tmp_path / "bundle" / "filters.py"))
    bundled = textcache._identity()
    assert bundled != with_sources and bundled == textcache._identity()
    cache = MarkdownCache(tmp_path / "texts")
    assert str(cache.markdown(TEXTS[0])) == str(filters.markdown(TEXTS[0]))

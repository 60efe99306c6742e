"""The compiled catalogues kept in the user's cache: reused, never stale, a damaged one recompiled."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wizard import i18n

PRODUCT_NAME = ("The product needs a name.", "Le produit doit avoir un nom.")


@pytest.fixture()
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder and no catalogue compiled in this process yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    i18n.translations.cache_clear()
    yield tmp_path / "cache" / "echoppe" / "catalogues"
    i18n.translations.cache_clear()


def test_compiled_once_then_read_from_the_cache(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.translations("fr").gettext(PRODUCT_NAME[0]) == PRODUCT_NAME[1]
    (compiled,) = fresh.glob("fr-echoppe-*.mo")
    i18n.translations.cache_clear()

    def refuse(*_args: object) -> bytes:
        raise AssertionError("compiled again although the cache holds this catalogue")

    monkeypatch.setattr(i18n, "_compile_po", refuse)
    assert i18n.translations("fr").gettext(PRODUCT_NAME[0]) == PRODUCT_NAME[1]
    assert list(fresh.glob("fr-echoppe-*.mo")) == [compiled]


def test_a_damaged_cache_file_is_compiled_again(fresh: Path) -> None:
    i18n.translations("fr")
    (compiled,) = fresh.glob("fr-echoppe-*.mo")
    for damage in (b"", b"\xde\x12\x04\x95" + b"\xff" * 40, compiled.read_bytes()[:100]):
        compiled.write_bytes(damage)
        i18n.translations.cache_clear()
        assert i18n.translations("fr").gettext(PRODUCT_NAME[0]) == PRODUCT_NAME[1]
        assert compiled.read_bytes() != damage  # rewritten whole


def test_a_changed_catalogue_is_never_read_stale(fresh: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    resources = tmp_path / "resources"
    po = resources / "locale" / "fr" / "LC_MESSAGES" / "echoppe.po"
    po.parent.mkdir(parents=True)
    header = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    po.write_text(header + 'msgid "Yes"\nmsgstr "Oui"\n', encoding="utf-8")
    monkeypatch.setattr(i18n, "resources_dir", lambda: resources)
    assert i18n.translations("fr").gettext("Yes") == "Oui"
    po.write_text(header + 'msgid "Yes"\nmsgstr "Ouais"\n', encoding="utf-8")
    i18n.translations.cache_clear()
    assert i18n.translations("fr").gettext("Yes") == "Ouais"
    assert len(list(fresh.glob("fr-echoppe-*.mo"))) == 2


def test_an_unwritable_cache_only_costs_time(fresh: Path) -> None:
    fresh.parent.mkdir(parents=True)
    fresh.write_bytes(b"a file where the folder should be")
    assert i18n.translations("fr").gettext(PRODUCT_NAME[0]) == PRODUCT_NAME[1]

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.domain.slugs import slugify, unique_slug


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Pâtée pour chat — 400 g", "patee-pour-chat-400-g"),
        ("Œuf de Pâques", "oeuf-de-paques"),
        ("Bœuf bourguignon", "boeuf-bourguignon"),
        ("Ex æquo", "ex-aequo"),
        ("Straße", "strasse"),
        ("Smørrebrød", "smorrebrod"),
        ("L'Écume des jours", "l-ecume-des-jours"),
        ("Ça coûte 12,50 € !", "ca-coute-12-50"),
        ("ﬁne ligature", "fine-ligature"),
        ("  --Déjà--  ", "deja"),
        ("日本", "item"),
        ("", "item"),
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_slugs_are_short_and_never_end_with_a_dash():
    slug = slugify("a " * 100)
    assert len(slug) <= 80 and not slug.endswith("-")


def test_fallback_is_used_for_empty_slugs():
    assert slugify("!!!", fallback="product") == "product"


def test_unique_slug_counts_up():
    taken = {"savon", "savon-2"}
    assert unique_slug("Savon", taken) == "savon-3"
    assert unique_slug("Savon doux", taken) == "savon-doux"
    assert unique_slug("Sävon", set()) == "savon"


SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@given(st.text(max_size=200))
def test_any_text_gives_a_clean_slug(text):
    slug = slugify(text)
    assert SLUG.match(slug) and len(slug) <= 80


@given(st.text(max_size=40), st.sets(st.text(alphabet="abc-2", max_size=6), max_size=20))
def test_unique_slug_is_never_taken(text, taken):
    assert unique_slug(text, taken) not in taken

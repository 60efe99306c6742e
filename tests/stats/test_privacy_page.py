"""The shop's privacy page tells visitors what the statistics count, and what it says matches the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site.pagecheck import read_page
from tests.site.shopdata import make_shop
from wizard.site import build_site
from wizard.stats.salts import KEEP_DAYS
from wizard.store.stats import KEEP_MONTHS

SAYS = {
    "fr": ("confidentialite.html", [
        "Statistiques de visite", "journal d’accès", "Base légale : notre intérêt légitime", "Aucun cookie n’est déposé",
        "aucun script ni marqueur de suivi n’est ajouté aux pages", "Aucune adresse IP", "aucune ligne du journal",
        f"conservés {KEEP_MONTHS} mois", "les recherches faites sur ce site", "les commandes envoyées",
        "Global Privacy Control", "jamais transmis", f"effacée au bout de {['', 'un jour', 'deux jours', 'trois jours'][KEEP_DAYS]}"]),
    "en": ("privacy.html", [
        "Visitor statistics", "access log", "Legal basis: our legitimate interest", "No cookie is set",
        "no tracking script or tag is added to the pages", "No IP address", "no line of the log",
        f"kept for {KEEP_MONTHS} months", "searches made on this site", "orders sent", "Global Privacy Control",
        "never passed on", f"deleted after {['', 'one day', 'two days', 'three days'][KEEP_DAYS]}"]),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_privacy_page_says_what_is_counted_and_how(tmp_path: Path, lang: str) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe", lang=lang) as shop:
        build_site(shop, out)
    page, expected = SAYS[lang]
    text = " ".join(read_page(out / page).text.split())
    for sentence in expected:
        assert sentence in text, sentence
    # The old promise of "no audience measurement at all" is gone: the page does not contradict itself.
    assert "mesure d’audience" not in text and "no audience measurement" not in text

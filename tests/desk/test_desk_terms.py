"""With the desk on, the terms of sale carry the sentence décret n° 2026-3 adds to the standard information
notice of R221-3 (annex, sentence 3), naming the shop's own withdrawal page, and that page is the function:
its form posts to the desk. The customer's confirmation email points to the same page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.desk.deskshop import PUBLIC_URL, build_with_desk, make_desk_shop
from tests.site.pagecheck import read_page

SENTENCE = {
    "fr": ("Vous pouvez également exercer votre droit de rétractation en ligne sur {url}. Si vous utilisez cette "
           "fonctionnalité en ligne, nous vous enverrons, dans les meilleurs délais, un accusé de réception de la "
           "rétractation sur un support durable (par exemple, par courriel), y compris son contenu ainsi que la "
           "date et l’heure de sa soumission."),
    "en": ("You can also exercise your right of withdrawal online at {url}. If you use this online function, we "
           "will send you, without undue delay, an acknowledgement of receipt of your withdrawal on a durable "
           "medium (for example, by email), including its content and the date and time of its submission."),
}
PAGES = {"fr": ("cgv.html", "retractation.html"), "en": ("terms.html", "withdrawal.html")}
SECTIONS = {"fr": ("retractation", "garanties"), "en": ("withdrawal", "guarantees")}
PARAGRAPH = re.compile(r'<p class="withdrawal-online" data-legal-text="R221-3/2026-3">(.*?)</p>', re.S)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_terms_name_the_desk_withdrawal_function(tmp_path: Path, lang: str) -> None:
    shop = make_desk_shop(tmp_path / "shop.echoppe", lang=lang)
    try:
        out = tmp_path / "site"
        build_with_desk(shop, out)
    finally:
        shop.close()
    terms_name, withdrawal_name = PAGES[lang]
    html = (out / terms_name).read_text(encoding="utf-8")
    [paragraph] = PARAGRAPH.findall(html)
    link = re.fullmatch(r'(.*)<a href="([^"]+)">([^<]+)</a>(.*)', paragraph, re.S)
    assert link is not None, paragraph
    before, href, label, after = link.groups()
    assert before + "{url}" + after == SENTENCE[lang]
    assert label == PUBLIC_URL + withdrawal_name and href == withdrawal_name
    # In the withdrawal section of the terms.
    start, end = (html.index(f'<h2 id="{name}"') for name in SECTIONS[lang])
    assert start < html.index("withdrawal-online") < end
    # The page it names is the desk's function, not an email.
    withdrawal = read_page(out / href)
    assert "desk/withdraw.php" in withdrawal.urls
    assert not any(u.startswith("mailto:") for u in withdrawal.urls if "withdraw" in u.lower())
    # The confirmation on a durable medium (the customer's email) points to the same page.
    config = json.loads((out / "desk" / "config.json").read_text(encoding="utf-8"))
    assert config["withdraw_page"] == withdrawal_name and config["site_url"] == PUBLIC_URL
    assert "{url}" in config["strings"]["mailWithdrawal"]

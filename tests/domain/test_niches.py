"""The niche catalogue: every niche loads, speaks both languages, has valid examples, readable colours."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from wizard.domain.model import ProductKind
from wizard.domain.niches import NicheFormatError, catalogue, load_niche, niche
from wizard.domain.validation import MIN_CONTRAST, contrast_ratio, validate_product
from wizard.paths import resources_dir
from wizard.store.newshop import example_product

NICHES = catalogue()
IDS = [n.id for n in NICHES]
REQUIRED = {
    "pets", "crafts", "local-food", "collectibles", "fossils", "books", "clothing", "cosmetics",
    "art-prints", "services", "experiences", "digital", "other",
}
# Page backgrounds of the two site themes: the palette must read on both.
BACKGROUNDS = ("#ffffff", "#fbf5ea")


def test_the_catalogue_has_every_required_niche_and_other_last():
    assert set(IDS) >= REQUIRED
    assert len(IDS) >= 13
    assert IDS[-1] == "other"
    assert len(set(IDS)) == len(IDS)


def test_unknown_niche_raises_key_error():
    with pytest.raises(KeyError):
        niche("unicorns")


@pytest.mark.parametrize("n", NICHES, ids=IDS)
def test_both_languages_are_complete_and_different(n):
    for lang in ("fr", "en"):
        assert n.name(lang) and n.description(lang) and n.tagline(lang)
        assert len(n.description(lang)) <= 120, "the card shows one line"
        assert len(n.categories(lang)) >= 2
        assert 2 <= len(n.hints(lang)) <= 4
        assert 1 <= len(n.examples(lang)) <= 2
    assert n.name("fr") != n.name("en")
    assert n.description("fr") != n.description("en")
    assert len(n.examples("fr")) == len(n.examples("en"))
    for fr, en in zip(n.examples("fr"), n.examples("en"), strict=True):
        assert fr.name != en.name and fr.description != en.description  # really written twice
        assert fr.price == en.price and len(fr.variants) == len(en.variants)
    assert len(n.categories("fr")) == len(n.categories("en"))


@pytest.mark.parametrize("n", NICHES, ids=IDS)
def test_examples_are_valid_products_that_fit_the_niche(n):
    for lang in ("fr", "en"):
        for example in n.examples(lang):
            product = example_product(example, n.kind, None)
            problems = validate_product(product)
            assert not problems, [(p.field, p.text("en")) for p in problems]
            assert example.description.strip(), "an example shows how to describe a product"
            top = example.category.split(">")[0].strip()
            assert top in [c.split(">")[0].strip() for c in n.categories(lang)]
            if n.fields.shipping:
                assert example.weight_g, f"{example.name}: shipped goods need a weight"
            else:
                assert example.weight_g is None
            if n.fields.duration:
                assert example.duration_minutes
            if n.fields.dates:
                assert product.event_date is not None
            if n.fields.location:
                assert example.location
            if not n.fields.variants:
                assert not example.variants
            if not n.fields.stock:
                assert example.stock is None and all(v.stock is None for v in example.variants)


@pytest.mark.parametrize("n", NICHES, ids=IDS)
def test_fields_match_the_kind(n):
    assert n.fields.shipping == (n.kind == ProductKind.GOODS)
    if n.kind == ProductKind.SERVICE:
        assert n.fields.duration
    if n.kind == ProductKind.EXPERIENCE:
        assert n.fields.dates and n.fields.location
    if n.kind == ProductKind.DIGITAL:
        assert n.fields.download and not n.fields.weight


@pytest.mark.parametrize("n", NICHES, ids=IDS)
def test_palette_passes_wcag_aa(n):
    assert n.theme in ("market", "gallery")
    for colour in (n.primary_color, n.accent_color):
        for background in BACKGROUNDS:
            ratio = contrast_ratio(colour, background)
            assert ratio >= MIN_CONTRAST, f"{n.id}: {colour} on {background} is {ratio:.2f}:1"


@pytest.mark.parametrize("n", NICHES, ids=IDS)
def test_icon_is_a_small_svg(n):
    path = n.icon_path()
    assert path.is_file()
    assert path.stat().st_size < 4000
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox")


def test_app_icon_and_pngs_exist():
    from PIL import Image

    icons = resources_dir() / "icons"
    assert ET.parse(icons / "echoppe.svg").getroot().get("viewBox") == "0 0 256 256"
    for size in (64, 128, 256):
        with Image.open(icons / f"echoppe-{size}.png") as img:
            assert img.size == (size, size) and img.mode in ("RGBA", "LA")


def test_every_json_file_has_the_id_of_its_name():
    for path in (resources_dir() / "niches").glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["id"] == path.stem


def _write(tmp_path, data, name=None):
    path = tmp_path / f"{name or data['id']}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _minimal(**changes):
    texts = {"name": "N", "description": "D", "tagline": "T", "categories": ["A"], "hints": ["h"],
             "examples": [{"name": "E", "price": "1.50", "category": "A"}]}
    data = {"id": "mini", "kind": "goods", "palette": {"primary": "#000000", "accent": "#000000"},
            "texts": {"fr": dict(texts), "en": dict(texts)}}
    data.update(changes)
    return data


def test_loader_accepts_a_minimal_niche(tmp_path):
    loaded = load_niche(_write(tmp_path, _minimal()))
    assert loaded.examples("fr")[0].price == pytest.approx(1.5)
    assert loaded.theme == "market" and loaded.fields.shipping


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (_minimal(kind="furniture"), "furniture"),
        (_minimal(theme="neon"), "neon"),
        (_minimal(texts={"fr": {}, "en": {}}), "texts.fr lacks"),
        ({k: v for k, v in _minimal().items() if k != "palette"}, "palette"),
        (_minimal(shipping=[{"zone": "MARS", "kind": "flat", "price": "1"}]), "MARS"),
        (_minimal(shipping=[{"zone": "FR", "kind": "flat", "price": "1", "delivery_days": 0}]), "deadline"),
        (_minimal(shipping=[{"zone": "FR", "kind": "flat", "price": "1", "delivery_days": "7"}]), "deadline"),
    ],
)
def test_loader_refuses_bad_niches_clearly(tmp_path, data, fragment):
    with pytest.raises(NicheFormatError, match=fragment):
        load_niche(_write(tmp_path, data))


def test_loader_refuses_mismatched_variants_and_bad_prices(tmp_path):
    bad_variant = _minimal()
    bad_variant["texts"]["fr"]["examples"] = [
        {"name": "E", "price": "1", "option_names": ["Taille"], "variants": [{"options": {"Couleur": "Bleu"}}]}
    ]
    with pytest.raises(NicheFormatError, match="variant options"):
        load_niche(_write(tmp_path, bad_variant))
    bad_price = _minimal()
    bad_price["texts"]["en"]["examples"] = [{"name": "E", "price": "cheap"}]
    with pytest.raises(NicheFormatError, match="cheap"):
        load_niche(_write(tmp_path, bad_price))
    with pytest.raises(NicheFormatError, match="file name"):
        load_niche(_write(tmp_path, _minimal(), name="other-name"))


def test_niches_can_be_used_as_keys():
    assert len({n: n.id for n in NICHES}) == len(NICHES)
    assert niche("books") == niche("books")


def test_a_niche_may_give_its_own_delivery_deadline(tmp_path):
    data = _minimal(shipping=[{"zone": "FR", "kind": "flat", "price": "4.90", "delivery_days": 3},
                              {"zone": "EU", "kind": "flat", "price": "9.90"}])
    fr, eu = load_niche(_write(tmp_path, data)).shipping
    assert (fr.delivery_days, eu.delivery_days) == (3, None)  # None: the zone's usual one in a new shop

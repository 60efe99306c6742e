"""Property: exporting products to our CSV and importing them into an empty shop gives them back exactly."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.domain.model import ImageRef, Product, ProductKind, Variant
from wizard.store import ShopFile
from wizard.transfer import SourceFormat, apply_import, category_paths, export_products, read_products

# Awkward characters for a CSV: separators, quotes, accents, ligatures, euro sign, emoji.
_TRICKY = ",;\"'\t éèàçôœŒæ€«»’—🙂\u00a0"
_chars = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff") | st.sampled_from(_TRICKY)
_line = st.text(_chars, max_size=20)
_word = _line.map(str.strip).filter(bool)  # what our readers keep of a stripped cell
_multiline = st.text(_chars | st.sampled_from("\n\r"), max_size=60)
_tag = _word.filter(lambda t: "," not in t).map(str.strip).filter(bool)
_category_name = _word.filter(lambda t: ">" not in t and "›" not in t).map(str.strip).filter(bool)


def _amount(low: int = 0) -> st.SearchStrategy[Decimal]:
    # At most two decimals: a price with more cannot be typed or imported (wizard/domain/money.py).
    return st.builds(lambda n, k: Decimal(n).scaleb(-k), st.integers(low, 10**7), st.integers(0, 2))


_url = st.builds(lambda path: "https://exemple.fr/" + path, st.text("abcdefghij0123456789-_/.", max_size=15))


@st.composite
def products(draw: st.DrawFn) -> tuple[Product, str]:
    price = draw(_amount())
    option_names = tuple(draw(st.lists(_word, max_size=3, unique=True)))
    variants: list[Variant] = []
    if option_names:
        combos = draw(st.lists(st.tuples(*[_word for _ in option_names]), max_size=4, unique=True))
        for values in combos:
            variant_price = draw(st.none() | _amount())
            variants.append(Variant(
                options=tuple(zip(option_names, values, strict=True)),
                sku=draw(_word | st.just("")),
                price=variant_price,
                compare_at_price=draw(st.none() | _amount()),
                stock=draw(st.none() | st.integers(0, 10**6)),
            ))
    kind = draw(st.sampled_from(list(ProductKind)))
    product = Product(
        name=draw(_word),
        description=draw(_multiline),
        description_format=draw(st.sampled_from(["markdown", "html"])),
        price=price,
        compare_at_price=draw(st.none() | st.builds(lambda extra: price + extra, _amount(1))),
        sku=draw(_word | st.just("")),
        stock=draw(st.none() | st.integers(0, 10**6)),
        weight_g=draw(st.none() | st.integers(0, 10**6)),
        tags=tuple(draw(st.lists(_tag, max_size=3))),
        images=tuple(draw(st.lists(st.builds(lambda u, a: ImageRef(url=u, alt=a), _url.filter(bool),
                                             _line.filter(lambda a: "\n" not in a and "\r" not in a)),
                                   max_size=3))),
        published=draw(st.booleans()),
        featured=draw(st.booleans()),
        payment_link=draw(st.just("") | _url),
        external_url=draw(st.just("") | _url),
        option_names=option_names,
        variants=tuple(variants),
        kind=kind,
        duration_minutes=draw(st.none() | st.integers(1, 10**4)),
        event_date=draw(st.none() | st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1))),
        location=draw(_word | st.just("")),
        download_url=draw(st.just("") | _url),
    )
    path = " > ".join(draw(st.lists(_category_name, max_size=2)))
    return product, path


def _comparable(shop: ShopFile) -> list[Product]:
    paths = category_paths(shop)
    return [
        replace(p, id=0, created_at=None, updated_at=None, category_id=None,
                variants=tuple(replace(v, id=0) for v in p.variants),
                tags=(*p.tags, "category:" + paths.get(p.category_id, "")))
        for p in shop.products()
    ]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(products(), min_size=1, max_size=5))
def test_export_then_import_gives_identical_products(drafts: list[tuple[Product, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with ShopFile.create(folder / "a.echoppe") as source:
            with source.transaction("products"):
                stored = [replace(p, category_id=source.category_for_path(path) if path else None)
                          for p, path in drafts]
                source.add_products(stored)
            exported = export_products(source, folder / "products.csv")
            expected = _comparable(source)
        assert exported == len(drafts)
        preview = read_products(folder / "products.csv")
        assert preview.format == SourceFormat.ECHOPPE
        assert preview.rejected == (), [r.text("en") for r in preview.rejected]
        with ShopFile.create(folder / "b.echoppe") as target:
            apply_import(target, preview)
            assert _comparable(target) == expected

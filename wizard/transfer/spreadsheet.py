"""Spreadsheets made by hand (French Excel, LibreOffice, Numbers…): one row per product.

Column names are recognised in French or English, whatever their case or accents, and a unit in
brackets is read (``Poids (kg)``, ``Prix (€)``). Only a name column is required; the price too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wizard.domain.model import ImageRef, Product, Variant
from wizard.i18n import msg
from wizard.transfer import cells
from wizard.transfer.cells import BadCell
from wizard.transfer.common import Outcome
from wizard.transfer.table import Table, column_map, unit_in_header

ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("nom", "name", "titre", "title", "produit", "product", "nom du produit", "product name",
             "designation", "libelle", "article", "intitule"),
    "price": ("prix", "price", "tarif", "prix ttc", "prix de vente", "prix unitaire", "prix de vente ttc",
              "unit price", "sale price", "montant"),
    "compare_at": ("prix barre", "ancien prix", "prix avant remise", "prix initial", "compare at price",
                   "compare at", "former price", "old price", "regular price"),
    "category": ("categorie", "category", "categories", "rayon", "famille", "collection", "type"),
    "description": ("description", "descriptif", "details", "detail", "texte"),
    "stock": ("stock", "quantite", "qte", "qty", "quantity", "quantite en stock", "inventaire", "inventory"),
    "sku": ("reference", "ref", "sku", "code", "code article", "ugs", "ref article"),
    "images": ("images", "image", "photos", "photo", "image url", "url image", "lien image", "url photo",
               "image src"),
    "weight": ("poids", "weight", "masse", "poids net"),
    "tags": ("tags", "mots cles", "mot cles", "etiquettes", "keywords"),
    "published": ("publie", "published", "en ligne", "visible", "actif", "active", "en vente"),
}


def looks_like(header: tuple[str, ...]) -> bool:
    return "name" in column_map(header, ALIASES)


# Option columns: rows sharing a product name and giving option values become one product's variants.
OPTION_ALIASES: dict[str, tuple[str, ...]] = {
    "size": ("taille", "size", "pointure"),
    "colour": ("couleur", "color", "colour", "coloris"),
    "variant": ("variante", "variant", "option", "modele", "model", "declinaison"),
}


def read(table: Table, out: Outcome) -> None:
    """Parse a hand-made spreadsheet into ``out``."""
    cols = column_map(table.header, ALIASES)
    options = column_map(table.header, OPTION_ALIASES)
    option_columns = [c for c in table.header if c in options.values()]  # in the file's order
    unit = unit_in_header(cols["weight"]) if "weight" in cols else None
    unused = [name for name in table.header if name and name not in cols.values() and name not in option_columns]
    if unused:
        out.warn(msg("These columns were not used: {columns}.", columns=", ".join(unused)))

    def cell(r: dict[str, str], key: str) -> str:
        return r.get(cols.get(key, ""), "").strip()

    rows: list[tuple[int, Product, str, tuple[str, ...]]] = []
    for line, r in table.records():
        name = cell(r, "name")
        problems = []
        if not name:
            problems.append(msg("The product needs a name."))
        values: dict[str, object] = {}
        for key, parse in (
            ("price", lambda c: cells.required_price(c)),
            ("compare_at_price", lambda c: cells.price(c, "compare_at")),
            ("stock", cells.stock),
            ("weight_g", lambda c: cells.weight_grams(c, unit)),
            ("published", cells.flag),
        ):
            column = {"compare_at_price": "compare_at", "weight_g": "weight"}.get(key, key)
            if key != "price" and column not in cols:
                continue
            try:
                values[key] = parse(cell(r, column))
            except BadCell as exc:
                problems.append(exc.message)
        if problems:
            out.reject(line, problems, name)
            continue
        images = tuple(ImageRef(url=u) for u in re.split(r"[\s,;|]+", cell(r, "images")) if u)
        product = Product(
            name=name,
            description=r.get(cols.get("description", ""), "").replace("\r\n", "\n").strip(),
            sku=cell(r, "sku"),
            tags=cells.split_list(cell(r, "tags"), ",;\n"),
            images=images,
            **values,  # type: ignore[arg-type]
        )
        rows.append((line, product, cell(r, "category"), tuple(r[c].strip() for c in option_columns)))
    if not option_columns:
        for line, product, category, _ in rows:
            out.add(product, line, category)
        return
    groups: dict[str, list[tuple[int, Product, str, tuple[str, ...]]]] = {}
    for row in rows:
        groups.setdefault(row[1].name, []).append(row)
    for group in groups.values():
        if not any(any(values) for *_, values in group):
            for line, product, category, _ in group:
                out.add(product, line, category)
        else:
            _add_with_variants(group, option_columns, out)


def _add_with_variants(
    group: list[tuple[int, Product, str, tuple[str, ...]]], option_columns: list[str], out: Outcome
) -> None:
    """Rows of one product name with option values → one product whose variants are the rows."""
    used = [i for i, _ in enumerate(option_columns) if any(values[i] for *_, values in group)]
    names = tuple(option_columns[i] for i in used)
    first_line, first, category, _ = group[0]
    variants: list[Variant] = []
    images: list[ImageRef] = []
    bad = False
    for line, product, row_category, values in group:
        chosen = tuple(values[i] for i in used)
        if not all(chosen):
            out.reject(line, [msg("Give a value in each option column ({options}), as the other rows of "
                                  "\"{name}\" do.", options=", ".join(names), name=product.name)], product.name)
            bad = True
            continue
        variants.append(Variant(tuple(zip(names, chosen, strict=True)), product.sku, product.price,
                                product.compare_at_price, product.stock))
        images.extend(i for i in product.images if i not in images)
        category = category or row_category
    if bad:
        return
    merged = replace(
        first,
        price=min(v.price for v in variants if v.price is not None),
        compare_at_price=None,
        sku="",
        stock=None,
        images=tuple(images),
        description=next((p.description for _, p, _, _ in group if p.description), ""),
        option_names=names,
        variants=tuple(variants),
    )
    out.add(merged, first_line, category)

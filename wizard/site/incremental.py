"""An incremental build: render only the pages of the products the shop's change journal names.

A full build leaves beside its build state a record of what each page was made from (per product:
what decides where it is shown, its fingerprint, its entry of ``search.json``, the listing pages it
is on; which products the home page, ``feed.xml``, the legal warnings and the shopping feeds name).
A later build of the same folder, by the same version with the same theme, templates and options,
asks the shop file which products changed since the journal row that build saw
(:meth:`ShopFile.changes_since`). When only a few products changed *in place* (same address, name,
category, position, dates, pictures, and the same part in every list that names products), it
renders their pages and the listing pages that show them, rewrites ``search.json`` from the kept
entries, and leaves every other file as it is. Whatever else — a setting, a new or deleted product,
a product moving in or out of a list, a journal that does not reach back (another or a restored
file), a record that does not match — makes it return ``None``: the caller then runs the full
comparison, which gives the same bytes (``tests/site/test_incremental.py`` checks it on random
edits).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.domain.legal import check_shop
from wizard.domain.model import Product, Shop
from wizard.site import feeds
from wizard.site.output import FileRecord, OutputFolder, atomic_write

if TYPE_CHECKING:
    from wizard.site.build import SiteBuilder

SIDE_VERSION = 3
MAX_CHANGED = 50  # more changed products than this: the full comparison
CLAIMS = "text.environmental_claims"


def side_path(folder: OutputFolder) -> Path:
    return folder.state_file.with_name(folder.state_file.stem + ".incremental.json")


def struct_key(p: Product) -> str:
    """What decides where a product is shown and what lists name it (anything else: its pages)."""
    from wizard.site.build import _fp, _key

    return _fp(p.slug, p.name, repr(p.category_id), repr(p.published), repr(p.featured), repr(p.position),
               p.created_at.isoformat() if p.created_at else "",
               p.updated_at.date().isoformat() if p.updated_at else "",  # the sitemap's day of change
               _key(p.images), p.kind.value, repr(feeds.orderable(p)))


def legal_members(findings: list[Any], products: list[Product]) -> dict[str, list[int]] | None:
    """Finding code → ids of the products it names; None when two products share a name."""
    by_name: dict[str, int] = {}
    for p in products:
        if p.name in by_name:
            return None
        by_name[p.name] = p.id
    members: dict[str, list[int]] = {}
    for f in findings:
        ids = [by_name[name] for name in f.products if name in by_name]
        if ids:
            members[f.code] = ids
    return members


def record(builder: SiteBuilder, folder: OutputFolder, frozen: str, head: tuple[int, str] | None,
           findings: list[Any], missing_ids: set[int]) -> str | None:
    """Save what an incremental build needs to know of this full build; returns the record's id."""
    path = side_path(folder)
    members = legal_members(findings, builder.products)
    if head is None or members is None:
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    listed_on: dict[int, list[str]] = {}
    for rel, rec in builder.listing_records.items():
        for pid in rec[4]:
            listed_on.setdefault(pid, []).append(rel)
    catalogue = builder.shopping_catalogue() if builder.model.base_url else None
    items = builder.search_items()
    side_id = uuid.uuid4().hex
    data = {
        "version": SIDE_VERSION,
        "id": side_id,
        "frozen": frozen,
        "journal": list(head),
        "global_fp": builder.global_fp,
        "order": [p.id for p in builder.products],
        "products": {str(p.id): [struct_key(p), builder.product_fp[p.id], items[i], listed_on.get(p.id, [])]
                     for i, p in enumerate(builder.products)},
        "listings": builder.listing_records,
        "home": builder.home_record,
        "newest": builder.newest,
        "nonempty": sorted(c.id for c in builder.categories if builder._category_products(c)),
        "legal": members,
        "missing": sorted(missing_ids),
        "listed": sorted(catalogue.listed_ids) if catalogue else [],
        "feed_items": [[pid, list(ids)] for pid, ids in catalogue.item_ids] if catalogue else [],
        "renamed": sorted(catalogue.renamed_ids) if catalogue else [],
        "left_out": sorted(catalogue.left_out_ids) if catalogue else [],
    }
    atomic_write(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return side_id


def _load(folder: OutputFolder, frozen: str) -> dict[str, Any] | None:
    side_id = folder.previous.meta.get("side")
    if not isinstance(side_id, str):
        return None
    try:
        data = json.loads(side_path(folder).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != SIDE_VERSION or data.get("id") != side_id:
        return None
    if data.get("frozen") != frozen:
        return None
    return data


def build(shop: Any, folder: OutputFolder, settings: Shop, make_builder: Any, frozen: str,
          head: tuple[int, str] | None, keys: dict[str, str]) -> list[str] | None:
    """Render only what the journal says changed; the written paths, or None for a full build.

    ``make_builder(partial)`` makes the :class:`SiteBuilder` of these products only.
    """
    from wizard.site.build import Partial, _fp, _missing_pictures

    side = _load(folder, frozen)
    if side is None or head is None or not folder.intact():
        return None
    try:
        seq, token = int(side["journal"][0]), str(side["journal"][1])
        changed_ids = shop.changes_since(seq, token, MAX_CHANGED)
        if changed_ids is None:
            return None
        if not changed_ids:  # nothing a site shows changed since (other bytes: a checkpoint, a publish)
            folder.current.files = dict(folder.previous.files)
            folder.save_state(meta={**folder.previous.meta, **keys})
            return []
        records: dict[str, Any] = side["products"]
        changed = shop.products_by_ids(changed_ids)
        for pid in changed_ids:
            p = changed.get(pid)
            if p is None or str(pid) not in records or struct_key(p) != records[str(pid)][0]:
                return None
        if set(side["renamed"]) & changed_ids:
            return None  # its items' ids were made unique against others: the full comparison
        listings: dict[str, Any] = side["listings"]
        pages: set[str] = {rel for pid in changed_ids for rel in records[str(pid)][3]}
        needed = set(changed_ids) | {pid for rel in pages for pid in listings[rel][4]}
        featured_ids, hero_id, tiles = side["home"]
        home_ids = {*featured_ids, *(t[1] for t in tiles), *([hero_id] if hero_id is not None else [])}
        if home_ids & changed_ids:
            needed |= home_ids
        if set(side["newest"]) & changed_ids:
            needed |= set(side["newest"])
        others = shop.products_by_ids(needed - changed_ids)
        if len(others) != len(needed - changed_ids):
            return None
        index = {pid: i for i, pid in enumerate(side["order"])}
        products = sorted([*changed.values(), *others.values()], key=lambda p: index[p.id])
        builder: SiteBuilder = make_builder(Partial(products, frozenset(side["nonempty"]), bool(side["order"])))
        if builder.global_fp != side["global_fp"]:
            return None
        # The lists that name products must name the same ones: legal warnings, missing pictures,
        # the shopping feeds (a product they list falls back, its items' ids are shared).
        legal: dict[str, list[int]] = side["legal"]
        missing = set(side["missing"])
        left_out = set(side["left_out"])
        listed = set(side["listed"])
        feed_ids = {int(pid): ids for pid, ids in side["feed_items"]}
        feed_items: dict[int, tuple[feeds.FeedItem, ...]] = {}
        for pid in changed_ids:
            p = changed[pid]
            now = {f.code for f in check_shop(settings, [p], builder.model.shipping, builder.model.law.histories)
                   if p.name in f.products}
            before = {code for code, ids in legal.items() if pid in ids}
            if now != before or CLAIMS in now:
                return None
            if bool(_missing_pictures(shop, [p])) != (pid in missing):
                return None
            if builder.model.base_url:
                cat = feeds.catalogue(builder.model, [p], builder.product_type)
                if bool(cat.left_out_ids) != (pid in left_out) or bool(cat.listed_ids) != (pid in listed):
                    return None
                if cat.listed_ids:
                    if [list(ids) for _pid, ids in cat.item_ids] != [feed_ids[pid]] or cat.renamed_ids:
                        return None  # other items or ids: their place in the document moves
                    feed_items[pid] = cat.items
        fps = {pid: builder.product_fp[pid] for pid in changed_ids}
        moved = {pid for pid in changed_ids if fps[pid] != records[str(pid)][1]}
        if not moved:
            outputs: dict[str, tuple[str, Any]] = {}
        else:
            outputs = _outputs(builder, side, moved, fps, changed, others, _fp)
            if builder.model.base_url and not _splice_feeds(folder, side, outputs, feed_items):
                return None
    except (KeyError, IndexError, TypeError, ValueError):
        return None  # a record of another shape: the full comparison

    if any(data is None and rel not in folder.previous.files for rel, (_fp2, data) in outputs.items()):
        return None
    folder.claim(sorted(outputs))  # a kill now leaves these unverified, and no record: a full build next
    for rel, (fp, data) in outputs.items():
        if data is None:
            old = folder.previous.files[rel]
            folder.current.files[rel] = FileRecord(fp, old.sha256, old.size)
        else:
            folder.write(rel, data, fp)
    builder.texts.save()
    for pid in moved:
        entry = records[str(pid)]
        entry[1] = fps[pid]
        entry[2] = builder.search_item(changed[pid])
    side["journal"] = list(head)
    side["id"] = uuid.uuid4().hex
    atomic_write(side_path(folder), json.dumps(side, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    files = dict(folder.previous.files)
    files.update(folder.current.files)
    folder.current.files = files
    folder.save_state(meta={**folder.previous.meta, **keys, "side": side["id"]})
    return list(folder.written)


def _outputs(builder: SiteBuilder, side: dict[str, Any], moved: set[int], fps: dict[int, str],
             changed: dict[int, Product], others: dict[int, Product], _fp: Any) -> dict[str, tuple[str, Any]]:
    """Path → (fingerprint, bytes, or None when only the fingerprint changes) of what to redo."""
    records = side["products"]
    g = builder.global_fp
    fp_of = {int(pid): rec[1] for pid, rec in records.items()}
    fp_of.update(fps)
    out: dict[str, tuple[str, Any]] = {}
    for pid in moved:
        product = builder._product(changed[pid])
        out[product.path] = (product.fingerprint, product.render())
    by_id = {**others, **changed}
    cats = {c.id: c for c in builder.categories}
    for rel in sorted({rel for pid in moved for rel in records[str(pid)][3]}):
        cat_id, number, pages, count, chunk_ids, sub_ids = side["listings"][rel]
        cat = cats[cat_id] if cat_id is not None else None
        sub = [cats[i] for i in sub_ids]
        chunk = [by_id[i] for i in chunk_ids]
        fp = _fp(g, "list", rel, str(pages), str(count), *(fp_of[i] for i in chunk_ids), *(c.slug for c in sub))
        out[rel] = (fp, builder._listing_renderer(cat, chunk, number, pages, sub, rel, count)())
    featured_ids, hero_id, tiles = side["home"]
    home_ids = {*featured_ids, *(t[1] for t in tiles), *([hero_id] if hero_id is not None else [])}
    if home_ids & moved:
        home = builder.home_output([by_id[i] for i in featured_ids], by_id[hero_id] if hero_id is not None else None,
                                   [(cats[c], by_id[first], n) for c, first, n in tiles])
        out[home.path] = (home.fingerprint, home.render())
    newest = side["newest"]
    if set(newest) & moved:
        out["feed.xml"] = (_fp(g, "feed", *(fp_of[i] for i in newest)), builder._feed([by_id[i] for i in newest]))
    order = side["order"]
    all_fp = _fp(g, *(fp_of[i] for i in order))
    items = [builder.search_item(changed[i]) if i in moved else records[str(i)][2] for i in order]
    out["search.json"] = (_fp(all_fp, "search"), ("[" + ",".join(items) + "]").encode("utf-8"))
    if builder.model.base_url:
        for rel in (feeds.GOOGLE_PATH, feeds.META_PATH):  # the same items: only the fingerprint moves
            out[rel] = (_fp(all_fp, rel), None)
    return out


def _splice_feeds(folder: OutputFolder, side: dict[str, Any], outputs: dict[str, tuple[str, Any]],
                  feed_items: dict[int, tuple[feeds.FeedItem, ...]]) -> bool:
    """Replace the changed products' items in the shopping feeds as written last time; False when a
    file is not what the state says it is."""
    if not feed_items:
        return True
    where: dict[int, int] = {}
    at = 0
    for pid, ids in side["feed_items"]:
        where[int(pid)] = at
        at += len(ids)
    for rel, service in ((feeds.GOOGLE_PATH, feeds.Service.GOOGLE), (feeds.META_PATH, feeds.Service.META)):
        record = folder.previous.files.get(rel)
        try:
            data = folder.target(rel).read_bytes()
        except OSError:
            return False
        if record is None or hashlib.sha256(data).hexdigest() != record.sha256:
            return False
        parts = feeds.split(data)
        if parts is None or len(parts[1]) != at:
            return False
        head, items, end = parts
        for pid, new in feed_items.items():
            start = where[pid]
            items[start:start + len(new)] = [feeds.item_xml(item, service).encode("utf-8") for item in new]
        fp, _none = outputs[rel]
        outputs[rel] = (fp, head + feeds.ITEM_SEPARATOR.encode().join(items) + end)
    return True


def forget(folder: OutputFolder) -> None:
    """Remove the record (a build that will not keep one)."""
    with contextlib.suppress(OSError):
        os.unlink(side_path(folder))

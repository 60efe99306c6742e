"""The shop file: a SQLite database holding one whole shop.

One connection per open shop, held with an exclusive lock so that a second process is refused
clearly; every change runs in a transaction, so a killed process leaves the file as it was before
the change or after it, never in between.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, fields, replace
from decimal import Decimal
from enum import Enum
from json.encoder import encode_basestring as _json_string
from pathlib import Path
from typing import Any, TypeVar

from wizard.domain.model import (
    Category,
    Coupon,
    CouponKind,
    ImageRef,
    LegalIdentity,
    PaymentSettings,
    Product,
    ProductKind,
    PublishTarget,
    ShippingKind,
    ShippingRate,
    ShippingZone,
    Shop,
    ShopIdentity,
    Variant,
)
from wizard.domain.pricing import PricePoint
from wizard.domain.slugs import is_safe_slug, slugify, unique_slug
from wizard.domain.urls import address_draft, is_address_draft, safe_web_url, web_url
from wizard.i18n import EchoppeError, msg
from wizard.store.history import PublishOutcome
from wizard.store.images import PreparedImage, is_image_key, key_of, prepare_image
from wizard.store.legaljson import legal_from_json, legal_to_json, unit_from_text
from wizard.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from wizard.store.schemacheck import printable_name, split_sql, unexpected_objects

SUFFIX = ".echoppe"
JOURNAL_MAX_IDS = 200  # a commit that changed more products is journaled as "anything changed"
JOURNAL_KEEP = 4096  # journal rows kept (older ones are pruned every JOURNAL_PRUNE_EVERY rows)
JOURNAL_PRUNE_EVERY = 512
T = TypeVar("T")


class ShopFileError(EchoppeError):
    """The shop file cannot be opened or changed."""


class ShopLocked(ShopFileError):
    """Another Échoppe (or program) has this shop file open."""


# Amounts and quantities Échoppe stores are typed by a person: finite, below a thousand billion, to at
# most a millionth. Anything else (NaN, Infinity, 1E+500, as a crafted file may hold) is damage.
_LARGEST = Decimal("1E12")
_FINEST = -6


def _amount(value: Any) -> Decimal:
    """A stored decimal (price, quantity); ValueError for what no version of Échoppe writes."""
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise TypeError("decimal text expected")
    number = Decimal(value)
    if not number.is_finite() or abs(number) >= _LARGEST or number.as_tuple().exponent < _FINEST:  # type: ignore[operator]
        raise ValueError("decimal out of range")
    return number


def _dec(value: str | None) -> Decimal | None:
    return None if value is None or value == "" else _amount(value)


def _dec_text(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _evolve(obj: T, **changes: Any) -> T:
    """``dataclasses.replace`` for our plain frozen dataclasses (no ``__post_init__``, no slots).

    Several times cheaper: it was the costliest step of a 10,000-product import.
    """
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(changes)
    return new


def _json_list(values: Sequence[str]) -> str:
    """``json.dumps(list(values), ensure_ascii=False)`` for a list of strings, without its per-call cost."""
    return "[" + ", ".join(map(_json_string, values)) + "]" if values else "[]"


def _json_pairs(pairs: Sequence[tuple[str, str]]) -> str:
    """``json.dumps([list(p) for p in pairs], ensure_ascii=False)`` for (name, value) string pairs."""
    return "[" + ", ".join(f"[{_json_string(a)}, {_json_string(b)}]" for a, b in pairs) + "]"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _moment(value: Any) -> dt.datetime:
    """A stored moment (Échoppe writes them in UTC with their offset); one without an offset, as a
    hand-edited file may hold, is read as UTC so that it still compares with the others."""
    if not isinstance(value, str):
        raise TypeError("a date and time expected")
    moment = dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _settings_to_json(obj: Any) -> str:
    def encode(value: Any) -> Any:
        if isinstance(value, Enum):
            return value.value
        return value

    return json.dumps({k: encode(v) for k, v in asdict(obj).items()}, ensure_ascii=False)


def _settings_from_json(cls: type[T], text: str | None) -> T:
    """A settings group from its stored JSON; anything malformed or of the wrong type is the default.

    A shop file may come from anyone: a value is kept only when it has the type of the default.
    """
    if not text or not isinstance(text, str):
        return cls()
    try:
        data = json.loads(text)
    except ValueError:
        return cls()
    if not isinstance(data, dict):
        return cls()
    known = {f.name: f for f in fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    defaults = cls()
    for name, value in data.items():
        if name not in known:
            continue  # a setting from a newer version: ignore, keep the file readable
        current = getattr(defaults, name)
        if isinstance(current, Enum):
            try:
                value = type(current)(value)
            except ValueError:
                continue  # a choice only a newer version knows: keep the default
        elif not _same_kind(current, value):
            continue
        kwargs[name] = value
    if "logo" in kwargs and not is_image_key(kwargs["logo"]):
        kwargs["logo"] = None  # an image key, never a path
    for name in _URL_FIELDS & kwargs.keys():
        if not is_address_draft(kwargs[name]):
            kwargs[name] = ""  # a javascript: address is no address (pages use only safe_web_url)
    return cls(**kwargs)


_URL_FIELDS = frozenset({"public_url", "mediator_url"})
_PRODUCT_URLS = ("payment_link", "external_url", "download_url")


def _same_kind(default: Any, value: Any) -> bool:
    """True when a stored value has the type of the setting's default (None: an optional text)."""
    if default is None:
        return value is None or isinstance(value, str)
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 65_535
    if isinstance(default, str):
        return isinstance(value, str) and len(value) <= 100_000 and "\x00" not in value
    return False


_SETTINGS = {
    "identity": ShopIdentity,
    "legal": LegalIdentity,
    "payment": PaymentSettings,
    "target": PublishTarget,
}

_PRODUCT_COLUMNS = (
    "name, slug, description, description_format, price, compare_at_price, sku, stock, weight_g, "
    "category_id, tags, published, featured, payment_link, external_url, option_names, kind, "
    "duration_minutes, event_date, download_url, location, position, created_at, updated_at, legal"
)
_VARIANT_COLUMNS = "options, sku, price, compare_at_price, stock, id, quantity, unit"


def _variant_from_row(v: Sequence[Any]) -> Variant:
    """A variant from the columns of ``_VARIANT_COLUMNS``."""
    return Variant(
        tuple(tuple(o) for o in json.loads(v[0])), v[1], _dec(v[2]), _dec(v[3]), _count(v[4]), v[5], _dec(v[6]),
        unit_from_text(v[7]),
    )


def variant_key(variant: Variant) -> str:
    """How the price history names a variant: its options (``""`` names the product itself)."""
    return _json_pairs(variant.options)


_DAMAGE = (TypeError, ValueError, ArithmeticError, AttributeError, KeyError, IndexError, sqlite3.DatabaseError)
R = TypeVar("R")


def _reading(method: Callable[..., R]) -> Callable[..., R]:
    """Turn a value no version of Échoppe stores (a received or damaged file) into one clear error."""

    def wrapper(self: ShopFile, *args: Any, **kwargs: Any) -> R:
        try:
            return method(self, *args, **kwargs)
        except ShopFileError:
            raise
        except _DAMAGE as exc:
            raise ShopFileError(
                msg("{name} holds damaged or foreign data that Échoppe cannot read.", name=self.path.name),
                msg("Open your own backup of the shop, or ask the sender for a new copy."),
            ) from exc

    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper


def _count(value: Any) -> int | None:
    """A stored whole number (stock, grams): anything else, as a tampered file may hold, is no number."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("text expected")
    return value


class ShopFile:
    """An open shop file. Thread-safe: one connection, serialised by a lock."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()
        self._depth = 0
        self._listeners: list[Callable[[str], None]] = []
        self._pending_changes: set[str] = set()
        self._pending_products: set[int] = set()
        self._pending_global = False
        self.revision = 0

    # ----------------------------------------------------------------- opening and closing
    @classmethod
    def create(cls, path: str | Path, identity: ShopIdentity | None = None) -> ShopFile:
        """Create a new, empty shop file; refuse to overwrite an existing file."""
        path = Path(path)
        if path.exists():
            raise ShopFileError(
                msg("A file named {name} already exists.", name=path.name),
                msg("Choose another name, or open that shop instead."),
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        shop = cls._connect(path, creating=True)
        if identity is not None:
            shop.save_settings(identity)
        return shop

    @classmethod
    def open(cls, path: str | Path) -> ShopFile:
        """Open an existing shop file, migrating it to the current schema."""
        path = Path(path)
        if not path.is_file():
            raise ShopFileError(
                msg("The shop file {name} was not found.", name=str(path)),
                msg("Check the name and folder, or create a new shop."),
            )
        return cls._connect(path, creating=False)

    @classmethod
    def _connect(cls, path: Path, creating: bool) -> ShopFile:
        # Changed since Échoppe last closed it (another program, a copy, a restore, a crash)? Then the
        # journal cannot say what changed: the open adds an "anything changed" row.
        foreign_change = not creating and _file_identity(path) != _known_identity(path)
        conn = sqlite3.connect(path, timeout=0.2, isolation_level=None, check_same_thread=False)
        try:
            # Defence in depth: SQL functions with side effects never run from the file's own schema.
            conn.execute("PRAGMA trusted_schema=OFF")
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=NORMAL")
            # Take the lock now and keep it for as long as the shop is open.
            conn.execute("BEGIN EXCLUSIVE")
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if creating:
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            elif app_id != APPLICATION_ID:
                raise ShopFileError(
                    msg("{name} is not an Échoppe shop file.", name=path.name),
                    msg("Open a file ending in .echoppe."),
                )
            if version > SCHEMA_VERSION:
                raise ShopFileError(
                    msg("{name} was made by a newer version of Échoppe.", name=path.name),
                    msg("Update Échoppe to open it."),
                )
            if version < 0:
                raise ShopFileError(
                    msg("{name} is not an Échoppe shop file.", name=path.name),
                    msg("Open a file ending in .echoppe."),
                )
            if not creating:
                _refuse_foreign_schema(conn, version, path)
            for number in range(version, SCHEMA_VERSION):
                for statement in split_sql(MIGRATIONS[number]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version={number + 1}")
            if not creating:
                before = conn.total_changes
                _repair_slugs(conn)
                if version < SCHEMA_VERSION or conn.total_changes != before or foreign_change:
                    # Migrated or repaired outside any journaled transaction: "anything changed".
                    conn.execute("INSERT INTO change_log(token, product_id) VALUES (?, NULL)",
                                 (secrets.token_hex(8),))
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            conn.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise ShopLocked(
                    msg("{name} is already open in another window or program.", name=path.name),
                    msg("Close it there first, then try again."),
                ) from exc
            detail = " ".join(str(exc).split())[:120]  # one line, whatever a damaged file made SQLite say
            raise ShopFileError(
                msg("{name} could not be opened: {error}", name=path.name, error=detail),
            ) from exc
        except (sqlite3.DatabaseError, UnicodeDecodeError, ValueError) as exc:
            # A damaged header can even make SQLite's own error text undecodable.
            conn.close()
            raise ShopFileError(
                msg("{name} is not an Échoppe shop file.", name=path.name),
                msg("Open a file ending in .echoppe."),
            ) from exc
        except BaseException:
            conn.close()
            raise
        return cls(path, conn)

    def close(self) -> None:
        with self._lock:
            with suppress(sqlite3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            _remember_identity(self.path)

    def __enter__(self) -> ShopFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- transactions and change signals
    @contextmanager
    def transaction(self, change: str = "shop", products: Iterable[int] | None = None) -> Iterator[sqlite3.Connection]:
        """Run a block in one transaction (nested blocks join the outer one).

        ``products``: the ids of the only products the block changes, when it changes nothing else the
        site shows (``()``: nothing a site shows, e.g. the publish history). Without it the block may
        have changed anything. The commit adds what it changed to the change journal (``change_log``),
        from which a build learns what to render again.
        """
        with self._lock:
            outer = self._depth == 0
            if outer:
                self._conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            self._pending_changes.add(change)
            if products is None:
                self._pending_global = True
            else:
                self._pending_products.update(products)
            try:
                yield self._conn
                if outer:
                    self._journal()
            except BaseException:
                self._depth -= 1
                if outer:
                    self._conn.execute("ROLLBACK")
                    self._pending_changes.clear()
                    self._pending_products.clear()
                    self._pending_global = False
                raise
            self._depth -= 1
            if outer:
                self._conn.execute("COMMIT")
                changes, self._pending_changes = self._pending_changes, set()
                self.revision += 1
        if outer:
            for listener in list(self._listeners):
                for kind in sorted(changes):
                    listener(kind)

    def _journal(self) -> None:
        """Add the pending transaction's changes to the change journal (inside the transaction)."""
        ids, everything = self._pending_products, self._pending_global
        self._pending_products, self._pending_global = set(), False
        if not ids and not everything:
            return
        token = secrets.token_hex(8)
        if everything or len(ids) > JOURNAL_MAX_IDS:
            rows: list[tuple[str, int | None]] = [(token, None)]
        else:
            rows = [(token, pid) for pid in sorted(ids)]
        self._conn.executemany("INSERT INTO change_log(token, product_id) VALUES (?, ?)", rows)
        last = self._conn.execute("SELECT MAX(seq) FROM change_log").fetchone()[0]
        if isinstance(last, int) and last % JOURNAL_PRUNE_EVERY == 0:
            self._conn.execute("DELETE FROM change_log WHERE seq <= ?", (last - JOURNAL_KEEP,))

    @_reading
    def journal_head(self) -> tuple[int, str] | None:
        """The last row of the change journal as ``(seq, token)``; None when it is empty."""
        row = self._query("SELECT seq, token FROM change_log ORDER BY seq DESC LIMIT 1")
        if not row or not isinstance(row[0][0], int) or not isinstance(row[0][1], str):
            return None
        return int(row[0][0]), str(row[0][1])

    @_reading
    def changes_since(self, seq: int, token: str, limit: int = JOURNAL_MAX_IDS) -> set[int] | None:
        """The ids of the products changed after the journal row ``(seq, token)``.

        None when that is not known: the row is gone (pruned, or another file: a restored backup, a
        copy) or has another token, a change since then was not a product's, or more than ``limit``
        products changed. An empty set: nothing the site shows changed since.
        """
        mark = self._query("SELECT token FROM change_log WHERE seq=?", (seq,))
        if not mark or mark[0][0] != token:
            return None
        ids: set[int] = set()
        for (product_id,) in self._query("SELECT product_id FROM change_log WHERE seq > ?", (seq,)):
            if type(product_id) is not int:  # a received file may hold anything
                return None
            ids.add(product_id)
            if len(ids) > limit:
                return None
        return ids

    @_reading
    def products_by_ids(self, ids: Iterable[int]) -> dict[int, Product]:
        """The stored products among ``ids`` (published or not), by id."""
        found: dict[int, Product] = {}
        for pid in sorted(set(ids)):
            for p in self._products_where("id=?", (pid,)):
                found[p.id] = p
        return found

    def add_listener(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(kind)`` after each committed change ("identity", "products", …)."""
        self._listeners.append(callback)

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cur = self._conn.execute(sql, params)
            return cur.fetchall()

    def backup_into(self, target: sqlite3.Connection) -> None:
        """Copy the whole shop into ``target`` with SQLite's online backup API (one committed state:
        it waits for the transaction in flight in any thread)."""
        with self._lock:
            if self._depth:
                raise RuntimeError("backup_into inside a transaction would copy uncommitted changes")
            self._conn.backup(target)

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Run one read-only query (for the store's other modules, e.g. ``store/orders.py``)."""
        return self._query(sql, params)

    def integrity_ok(self) -> bool:
        return bool(self._query("PRAGMA integrity_check")[0][0] == "ok")

    @property
    def schema_version(self) -> int:
        return int(self._query("PRAGMA user_version")[0][0])

    # ----------------------------------------------------------------- settings
    @_reading
    def shop(self) -> Shop:
        """All settings as one :class:`Shop`."""
        rows: dict[str, str] = {key: value for key, value in self._query("SELECT key, value FROM settings")}
        return Shop(**{key: _settings_from_json(cls, rows.get(key)) for key, cls in _SETTINGS.items()})

    def save_settings(self, *settings: ShopIdentity | LegalIdentity | PaymentSettings | PublishTarget) -> None:
        """Save one or more settings groups."""
        names = {cls: key for key, cls in _SETTINGS.items()}
        for group in settings:
            for name in _URL_FIELDS & set(vars(group)):
                address_draft(getattr(group, name))  # InvalidAddress: nothing is saved
        with self.transaction("settings") as conn:
            for group in settings:
                key = names[type(group)]
                self._pending_changes.add(key)
                conn.execute(
                    "INSERT INTO settings(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                    (key, _settings_to_json(group)),
                )

    def get_value(self, key: str, default: Any = None) -> Any:
        """A free-form JSON setting (e.g. ``publish.manifest_hint``)."""
        rows = self._query("SELECT value FROM settings WHERE key=?", (f"x:{key}",))
        if not rows or not isinstance(rows[0][0], str):
            return default
        try:
            return json.loads(rows[0][0])
        except ValueError:  # a damaged or crafted value: the caller's default, not a traceback
            return default

    def set_value(self, key: str, value: Any) -> None:
        with self.transaction("settings") as conn:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (f"x:{key}", json.dumps(value, ensure_ascii=False)),
            )

    # ----------------------------------------------------------------- images
    def add_image(self, raw: bytes) -> PreparedImage:
        """Downscale, strip and store an image; returns it (its ``key`` goes into an ImageRef)."""
        prepared = prepare_image(raw)
        self.store_prepared_image(prepared)
        return prepared

    def store_prepared_image(self, prepared: PreparedImage) -> None:
        with self.transaction("images") as conn:
            conn.execute(
                "INSERT OR IGNORE INTO images(key, mime, width, height, data) VALUES (?, ?, ?, ?, ?)",
                (prepared.key, prepared.mime, prepared.width, prepared.height, prepared.data),
            )

    def image(self, key: str) -> PreparedImage | None:
        """The stored image of ``key``; None when absent, malformed or not matching its key.

        A key is the SHA-256 of the bytes: an image whose bytes do not hash to it was tampered with,
        and serving it would poison the image cache that every shop shares.
        """
        if not is_image_key(key):
            return None
        rows = self._query("SELECT key, data, mime, width, height FROM images WHERE key=?", (key,))
        if not rows:
            return None
        r = rows[0]
        if not isinstance(r[1], bytes) or key_of(r[1]) != key:
            return None
        if r[2] not in ("image/jpeg", "image/png", "image/webp") or not _pixels(r[3], r[4]):
            return None
        return PreparedImage(key, bytes(r[1]), r[2], r[3], r[4])

    @_reading
    def image_keys(self) -> list[str]:
        """Keys of the stored images (malformed keys, which no image of ours has, are left out)."""
        return [r[0] for r in self._query("SELECT key FROM images ORDER BY key") if is_image_key(r[0])]

    # ----------------------------------------------------------------- categories
    @_reading
    def categories(self) -> list[Category]:
        rows = self._query(
            "SELECT id, name, slug, parent_id, description, position FROM categories ORDER BY position, id"
        )
        return [Category(r[0], _text(r[1]), _text(r[2]), r[3], _text(r[4]), r[5]) for r in rows]

    def add_category(self, name: str, parent_id: int | None = None, description: str = "") -> Category:
        with self.transaction("categories") as conn:
            taken = {r[0] for r in conn.execute("SELECT slug FROM categories")}
            slug = unique_slug(name, taken, "category")
            position = conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM categories").fetchone()[0]
            cur = conn.execute(
                "INSERT INTO categories(name, slug, parent_id, description, position) VALUES (?, ?, ?, ?, ?)",
                (name.strip(), slug, parent_id, description, position),
            )
            return Category(cur.lastrowid or 0, name.strip(), slug, parent_id, description, position)

    def update_category(self, category: Category) -> None:
        with self.transaction("categories") as conn:
            conn.execute(
                "UPDATE categories SET name=?, parent_id=?, description=?, position=? WHERE id=?",
                (category.name, category.parent_id, category.description, category.position, category.id),
            )

    def delete_category(self, category_id: int) -> None:
        with self.transaction("categories") as conn:
            conn.execute("DELETE FROM categories WHERE id=?", (category_id,))

    def category_for_path(self, path: str) -> int | None:
        """Find or create ``"Vêtements > T-shirts"``; returns the deepest category's id."""
        parts = [p.strip() for p in path.replace("›", ">").split(">") if p.strip()]
        if not parts:
            return None
        with self.transaction("categories") as conn:
            parent: int | None = None
            for name in parts:
                row = conn.execute(
                    "SELECT id FROM categories WHERE name=? AND parent_id IS ?", (name, parent)
                ).fetchone()
                parent = row[0] if row else self.add_category(name, parent).id
            return parent

    # ----------------------------------------------------------------- products
    @_reading
    def products(self, published_only: bool = False) -> list[Product]:
        """All products, in shop order, with their variants and images."""
        where = "WHERE published=1" if published_only else ""
        rows = self._query(f"SELECT id, {_PRODUCT_COLUMNS} FROM products {where} ORDER BY position, id")
        variants: dict[int, list[Variant]] = {}
        for r in self._query(
            f"SELECT product_id, {_VARIANT_COLUMNS} FROM variants ORDER BY product_id, position"
        ):
            variants.setdefault(r[0], []).append(_variant_from_row(r[1:]))
        images: dict[int, list[ImageRef]] = {}
        for r in self._query(
            "SELECT product_id, image_key, url, alt FROM product_images ORDER BY product_id, position"
        ):
            images.setdefault(r[0], []).append(_image_ref(r[1], r[2], r[3]))
        return [self._product_from_row(r, variants.get(r[0], []), images.get(r[0], [])) for r in rows]

    def product(self, slug: str) -> Product | None:
        for p in self._products_where("slug=?", (slug,)):
            return p
        return None

    def product_by_id(self, product_id: int) -> Product | None:
        for p in self._products_where("id=?", (product_id,)):
            return p
        return None

    @_reading
    def _products_where(self, where: str, params: Sequence[Any]) -> list[Product]:
        rows = self._query(f"SELECT id, {_PRODUCT_COLUMNS} FROM products WHERE {where}", params)
        result = []
        for r in rows:
            vs = [
                _variant_from_row(v)
                for v in self._query(
                    f"SELECT {_VARIANT_COLUMNS} FROM variants WHERE product_id=? ORDER BY position", (r[0],)
                )
            ]
            ims = [
                _image_ref(i[0], i[1], i[2])
                for i in self._query(
                    "SELECT image_key, url, alt FROM product_images WHERE product_id=? ORDER BY position",
                    (r[0],),
                )
            ]
            result.append(self._product_from_row(r, vs, ims))
        return result

    @staticmethod
    def _product_from_row(r: sqlite3.Row, variants: list[Variant], images: list[ImageRef]) -> Product:
        return Product(
            id=r[0],
            name=_text(r[1]),
            slug=_text(r[2]),
            description=_text(r[3]),
            description_format=_text(r[4]),
            price=_amount(r[5]),
            compare_at_price=_dec(r[6]),
            sku=_text(r[7]),
            stock=_count(r[8]),
            weight_g=_count(r[9]),
            category_id=r[10],
            tags=tuple(map(_text, json.loads(r[11]))),
            published=bool(r[12]),
            featured=bool(r[13]),
            payment_link=safe_web_url(r[14]),
            external_url=safe_web_url(r[15]),
            option_names=tuple(map(_text, json.loads(r[16]))),
            kind=ProductKind(r[17]),
            duration_minutes=r[18],
            event_date=dt.datetime.fromisoformat(r[19]) if r[19] else None,
            download_url=safe_web_url(r[20]),
            location=_text(r[21]),
            position=r[22],
            created_at=_moment(r[23]),
            updated_at=_moment(r[24]),
            legal=legal_from_json(r[25]),
            variants=tuple(variants),
            images=tuple(images),
        )

    def slugs(self) -> set[str]:
        return {r[0] for r in self._query("SELECT slug FROM products")}

    def add_product(self, product: Product) -> Product:
        """Store a new product (a unique slug is made from its name when needed)."""
        return self.add_products([product])[0]

    def add_products(self, products: Iterable[Product]) -> list[Product]:
        """Store many products in one transaction: all of them, or none."""
        stored: list[Product] = []
        with self.transaction("products") as conn:
            taken = {r[0] for r in conn.execute("SELECT slug FROM products")}
            position = conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM products").fetchone()[0]
            now = _now()
            insert = f"INSERT INTO products({_PRODUCT_COLUMNS}) VALUES ({','.join('?' * 25)})"
            prices: list[tuple[int, str, str, str]] = []
            for product in products:
                # A slug becomes a file name: normalised as any other (``Savon`` and ``savon`` collide).
                given = slugify(product.slug, "product") if product.slug else ""
                slug = given if given and given not in taken else unique_slug(given or product.name, taken, "product")
                taken.add(slug)
                cur = conn.execute(insert, self._product_params(product, now, now, slug, position))
                product_id = cur.lastrowid or 0
                self._write_children(conn, product_id, product)
                prices.extend((product_id, key, price, now) for key, price in _prices(product))
                stored.append(_evolve(product, slug=slug, position=position, id=product_id))
                position += 1
            conn.executemany(
                "INSERT INTO price_history(product_id, variant, price, since) VALUES (?, ?, ?, ?)", prices
            )
        return stored

    def update_product(self, product: Product) -> Product:
        """Save every field of a stored product (its slug stays unique)."""
        if not product.id:
            raise ValueError("update_product needs a stored product")
        with self.transaction("products", products=(product.id,)) as conn:
            row = conn.execute("SELECT created_at, slug FROM products WHERE id=?", (product.id,)).fetchone()
            if row is None:
                raise ShopFileError(msg("This product no longer exists."))
            if product.slug != row[1]:
                taken = {r[0] for r in conn.execute("SELECT slug FROM products WHERE id<>?", (product.id,))}
                product = replace(product, slug=unique_slug(product.slug or product.name, taken, "product"))
            now = _now()
            params = self._product_params(product, row[0], now)
            conn.execute(
                "UPDATE products SET "
                + ", ".join(f"{c.strip()}=?" for c in _PRODUCT_COLUMNS.split(","))
                + " WHERE id=?",
                (*params, product.id),
            )
            conn.execute("DELETE FROM variants WHERE product_id=?", (product.id,))
            conn.execute("DELETE FROM product_images WHERE product_id=?", (product.id,))
            self._write_children(conn, product.id, product)
            self._record_prices(conn, product.id, product, now)
        return product

    # ----------------------------------------------------------------- price history
    @staticmethod
    def _record_prices(conn: sqlite3.Connection, product_id: int, product: Product, now: str) -> None:
        """Add a dated row for each price of ``product`` (itself, each variant) that changed."""
        last = {
            r[0]: r[1]
            for r in conn.execute(
                "SELECT variant, price FROM price_history WHERE id IN "
                "(SELECT MAX(id) FROM price_history WHERE product_id=? GROUP BY variant)",
                (product_id,),
            )
        }
        rows = [
            (product_id, key, price, now)
            for key, price in _prices(product)
            if key not in last or Decimal(last[key]) != Decimal(price)
        ]
        if rows:
            conn.executemany(
                "INSERT INTO price_history(product_id, variant, price, since) VALUES (?, ?, ?, ?)", rows
            )

    def price_history(self, product_id: int) -> dict[str, list[PricePoint]]:
        """The dated prices of a product, by variant key (``""``: the product's own price)."""
        return self.price_histories([product_id]).get(product_id, {})

    @_reading
    def price_histories(self, product_ids: Iterable[int] | None = None) -> dict[int, dict[str, list[PricePoint]]]:
        """The dated prices of many products (all when ``product_ids`` is None), oldest first."""
        sql = "SELECT product_id, variant, price, since FROM price_history"
        params: list[Any] = []
        if product_ids is not None:
            ids = list(product_ids)
            sql += f" WHERE product_id IN ({','.join('?' * len(ids))})"
            params = ids
        result: dict[int, dict[str, list[PricePoint]]] = {}
        for r in self._query(sql + " ORDER BY product_id, id", params):
            point = PricePoint(_moment(r[3]), _amount(r[2]))
            result.setdefault(r[0], {}).setdefault(r[1], []).append(point)
        return result

    def delete_product(self, product_id: int) -> None:
        with self.transaction("products") as conn:
            conn.execute("DELETE FROM products WHERE id=?", (product_id,))

    def reorder_products(self, ids_in_order: Sequence[int]) -> None:
        with self.transaction("products") as conn:
            conn.executemany(
                "UPDATE products SET position=? WHERE id=?", [(i, pid) for i, pid in enumerate(ids_in_order)]
            )

    def product_count(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM products")[0][0])

    @staticmethod
    def _product_params(
        p: Product, created: str, updated: str, slug: str | None = None, position: int | None = None
    ) -> tuple[Any, ...]:
        """SQL parameters of a product (``slug``/``position`` override the product's own)."""
        for name in _PRODUCT_URLS:
            web_url(getattr(p, name))  # InvalidAddress before anything is written
        return (
            p.name,
            p.slug if slug is None else slug,
            p.description,
            p.description_format,
            format(p.price, "f"),
            _dec_text(p.compare_at_price),
            p.sku,
            p.stock,
            p.weight_g,
            p.category_id,
            _json_list(p.tags),
            int(p.published),
            int(p.featured),
            p.payment_link,
            p.external_url,
            _json_list(p.option_names),
            p.kind.value if isinstance(p.kind, Enum) else p.kind,
            p.duration_minutes,
            p.event_date.isoformat() if p.event_date else None,
            p.download_url,
            p.location,
            p.position if position is None else position,
            created,
            updated,
            legal_to_json(p.legal),
        )

    @staticmethod
    def _write_children(conn: sqlite3.Connection, product_id: int, p: Product) -> None:
        if p.variants:
            conn.executemany(
                "INSERT INTO variants(product_id, position, options, sku, price, compare_at_price, stock, "
                "quantity, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        product_id,
                        i,
                        _json_pairs(v.options),
                        v.sku,
                        _dec_text(v.price),
                        _dec_text(v.compare_at_price),
                        v.stock,
                        _dec_text(v.quantity),
                        v.unit.value if v.unit else "",
                    )
                    for i, v in enumerate(p.variants)
                ],
            )
        if len(p.images) == 1:  # the common case: execute() is cheaper than executemany()
            im = p.images[0]
            conn.execute(
                "INSERT INTO product_images(product_id, position, image_key, url, alt) VALUES (?, 0, ?, ?, ?)",
                (product_id, im.key, im.url, im.alt),
            )
        elif p.images:
            conn.executemany(
                "INSERT INTO product_images(product_id, position, image_key, url, alt) VALUES (?, ?, ?, ?, ?)",
                [(product_id, i, im.key, im.url, im.alt) for i, im in enumerate(p.images)],
            )

    # ----------------------------------------------------------------- coupons and shipping
    @_reading
    def coupons(self) -> list[Coupon]:
        rows = self._query(
            "SELECT code, kind, value, min_order, starts, ends, active, id FROM coupons ORDER BY code"
        )
        return [
            Coupon(
                r[0],
                CouponKind(r[1]),
                _amount(r[2]),
                _dec(r[3]),
                dt.date.fromisoformat(r[4]) if r[4] else None,
                dt.date.fromisoformat(r[5]) if r[5] else None,
                bool(r[6]),
                r[7],
            )
            for r in rows
        ]

    def save_coupon(self, coupon: Coupon) -> Coupon:
        """Insert or update (by code) a coupon."""
        with self.transaction("coupons") as conn:
            params = (
                coupon.code,
                coupon.kind.value,
                format(coupon.value, "f"),
                _dec_text(coupon.min_order),
                coupon.starts.isoformat() if coupon.starts else None,
                coupon.ends.isoformat() if coupon.ends else None,
                int(coupon.active),
            )
            if coupon.id:
                conn.execute(
                    "UPDATE coupons SET code=?, kind=?, value=?, min_order=?, starts=?, ends=?, active=? "
                    "WHERE id=?",
                    (*params, coupon.id),
                )
                return coupon
            cur = conn.execute(
                "INSERT INTO coupons(code, kind, value, min_order, starts, ends, active) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET kind=excluded.kind, "
                "value=excluded.value, min_order=excluded.min_order, starts=excluded.starts, "
                "ends=excluded.ends, active=excluded.active",
                params,
            )
            row = conn.execute("SELECT id FROM coupons WHERE code=?", (coupon.code,)).fetchone()
            return replace(coupon, id=row[0] if row else cur.lastrowid or 0)

    def delete_coupon(self, coupon_id: int) -> None:
        with self.transaction("coupons") as conn:
            conn.execute("DELETE FROM coupons WHERE id=?", (coupon_id,))

    @_reading
    def shipping_rates(self) -> list[ShippingRate]:
        rows = self._query(
            "SELECT name, zone, kind, price, free_above, max_weight_g, id, delivery_days, pickup, address, hours "
            "FROM shipping_rates ORDER BY position, id"
        )
        return [
            ShippingRate(
                r[0], ShippingZone(r[1]), ShippingKind(r[2]), _amount(r[3]), _dec(r[4]), r[5], r[6], r[7],
                bool(r[8]), r[9], r[10],
            )
            for r in rows
        ]

    def save_shipping_rate(self, rate: ShippingRate) -> ShippingRate:
        with self.transaction("shipping") as conn:
            params = (
                rate.name,
                rate.zone.value,
                rate.kind.value,
                format(rate.price, "f"),
                _dec_text(rate.free_above),
                rate.max_weight_g,
                rate.delivery_days,
                int(rate.pickup),
                rate.address,
                rate.hours,
            )
            if rate.id:
                conn.execute(
                    "UPDATE shipping_rates SET name=?, zone=?, kind=?, price=?, free_above=?, max_weight_g=?, "
                    "delivery_days=?, pickup=?, address=?, hours=? WHERE id=?",
                    (*params, rate.id),
                )
                return rate
            cur = conn.execute(
                "INSERT INTO shipping_rates(name, zone, kind, price, free_above, max_weight_g, delivery_days, "
                "pickup, address, hours, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "(SELECT COALESCE(MAX(position), -1) + 1 FROM shipping_rates))",
                params,
            )
            return replace(rate, id=cur.lastrowid or 0)

    def delete_shipping_rate(self, rate_id: int) -> None:
        with self.transaction("shipping") as conn:
            conn.execute("DELETE FROM shipping_rates WHERE id=?", (rate_id,))

    # ----------------------------------------------------------------- publish history
    def record_publish(
        self,
        target: str,
        outcome: PublishOutcome,
        started_at: str,
        files_sent: int = 0,
        files_deleted: int = 0,
        bytes_sent: int = 0,
        detail: str = "",
    ) -> None:
        with self.transaction("history", products=()) as conn:  # no site shows it
            conn.execute(
                "INSERT INTO publish_history(started_at, finished_at, target, outcome, files_sent, "
                "files_deleted, bytes_sent, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (started_at, _now(), target, PublishOutcome(outcome).value, files_sent, files_deleted,
                 bytes_sent, detail),
            )

    @_reading
    def publish_history(self) -> list[dict[str, Any]]:
        rows = self._query(
            "SELECT started_at, finished_at, target, outcome, files_sent, files_deleted, bytes_sent, detail "
            "FROM publish_history ORDER BY id"
        )
        keys = ("started_at", "finished_at", "target", "outcome", "files_sent", "files_deleted",
                "bytes_sent", "detail")
        entries = [dict(zip(keys, r, strict=True)) for r in rows]
        for entry in entries:  # a value written by a newer version stays a plain string
            if entry["outcome"] in PublishOutcome.__members__.values():
                entry["outcome"] = PublishOutcome(entry["outcome"])
        return entries


def _image_ref(key: Any, url: Any, alt: Any) -> ImageRef:
    """A product's picture as read from the file: a malformed key is no key (a missing picture)."""
    return ImageRef(key if is_image_key(key) else None, url if isinstance(url, str) else None,
                    alt if isinstance(alt, str) else "")


def _pixels(width: Any, height: Any) -> bool:
    """Stored dimensions an image of ours can have (prepared images are at most a few thousand px)."""
    return isinstance(width, int) and isinstance(height, int) and 0 < width <= 10_000 and 0 < height <= 10_000


def _file_identity(path: Path) -> list[int]:
    """Size, modification time, inode and device of the shop file and of its write-ahead log."""
    found: list[int] = []
    for name in (path, path.with_name(path.name + "-wal")):
        try:
            st = os.stat(name)
            found += [st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev]
        except OSError:
            found += [-1, -1, -1, -1]
    return found


def _identity_file(path: Path) -> Path:
    from wizard.paths import cache_dir

    key = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return cache_dir() / "shops" / f"{key}.json"


def _known_identity(path: Path) -> list[int] | None:
    """The identity of the file when Échoppe last closed it (kept in the user's cache)."""
    try:
        data = json.loads(_identity_file(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, list) and all(type(v) is int for v in data) else None


def _remember_identity(path: Path) -> None:
    with suppress(OSError):
        target = _identity_file(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}.part")
        tmp.write_text(json.dumps(_file_identity(path)), encoding="utf-8")
        os.replace(tmp, target)


def _repair_slugs(conn: sqlite3.Connection) -> None:
    """Give every product and category a safe slug (``[a-z0-9-]``, short, unique, not reserved).

    Slugs become file names: one written by another program (``../x``, ``CON``, ``Savon`` beside
    ``savon``, 300 characters) would break or misdirect every build. Done once, on open.
    """
    for table, fallback in (("products", "product"), ("categories", "category")):
        rows = conn.execute(f"SELECT id, slug FROM {table} ORDER BY id").fetchall()
        taken = {slug for _, slug in rows if is_safe_slug(slug)}
        for row_id, slug in rows:
            if is_safe_slug(slug):
                continue
            new = unique_slug(slug if isinstance(slug, str) else "", taken, fallback)
            taken.add(new)
            conn.execute(f"UPDATE {table} SET slug=? WHERE id=?", (new, row_id))


def _refuse_foreign_schema(conn: sqlite3.Connection, version: int, path: Path) -> None:
    """Refuse a file whose schema is not exactly what our migrations make (triggers, views, …)."""
    unexpected = unexpected_objects(conn, version)
    if not unexpected:
        return
    first = unexpected[0]
    raise ShopFileError(
        msg(
            "{name} holds database parts Échoppe did not make ({kind} “{object}”): it may have been "
            "tampered with, so Échoppe does not open it.",
            name=path.name,
            kind=printable_name(first.type, 12),
            object=printable_name(first.name),
        ),
        msg("Ask the sender for a new copy, or open your own backup of the shop."),
    )


def _prices(product: Product) -> list[tuple[str, str]]:
    """(variant key, price text) of everything buyable in ``product``: itself, then each variant."""
    rows = [("", format(product.price, "f"))]
    for v in product.variants:
        rows.append((variant_key(v), format(v.price if v.price is not None else product.price, "f")))
    return rows

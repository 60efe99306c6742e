"""The shop file's schema, as an ordered list of migrations. ``PRAGMA user_version`` is the version."""

from __future__ import annotations

APPLICATION_ID = 0x45434850  # "ECHP": tells a shop file from any other SQLite file

MIGRATIONS: list[str] = [
    # v1: the first shop files.
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE images (
        key TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        data BLOB NOT NULL
    );
    CREATE TABLE categories (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        slug TEXT NOT NULL UNIQUE,
        parent_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,
        description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE products (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        slug TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT '',
        description_format TEXT NOT NULL DEFAULT 'markdown',
        price TEXT NOT NULL,
        compare_at_price TEXT,
        sku TEXT NOT NULL DEFAULT '',
        stock INTEGER,
        weight_g INTEGER,
        category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        published INTEGER NOT NULL DEFAULT 1,
        featured INTEGER NOT NULL DEFAULT 0,
        payment_link TEXT NOT NULL DEFAULT '',
        external_url TEXT NOT NULL DEFAULT '',
        option_names TEXT NOT NULL DEFAULT '[]',
        kind TEXT NOT NULL DEFAULT 'goods',
        duration_minutes INTEGER,
        event_date TEXT,
        download_url TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE variants (
        id INTEGER PRIMARY KEY,
        product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        options TEXT NOT NULL,
        sku TEXT NOT NULL DEFAULT '',
        price TEXT,
        compare_at_price TEXT,
        stock INTEGER
    );
    CREATE INDEX variants_product ON variants(product_id, position);
    CREATE TABLE product_images (
        product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        image_key TEXT REFERENCES images(key),
        url TEXT,
        alt TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (product_id, position)
    );
    CREATE TABLE coupons (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        min_order TEXT,
        starts TEXT,
        ends TEXT,
        active INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE shipping_rates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        zone TEXT NOT NULL,
        kind TEXT NOT NULL,
        price TEXT NOT NULL,
        free_above TEXT,
        max_weight_g INTEGER,
        position INTEGER NOT NULL DEFAULT 0
    );
    """,
    # v2: experiences happen somewhere; publishing keeps a history.
    """
    ALTER TABLE products ADD COLUMN location TEXT NOT NULL DEFAULT '';
    CREATE TABLE publish_history (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        target TEXT NOT NULL,
        outcome TEXT NOT NULL,
        files_sent INTEGER NOT NULL DEFAULT 0,
        files_deleted INTEGER NOT NULL DEFAULT 0,
        bytes_sent INTEGER NOT NULL DEFAULT 0,
        detail TEXT NOT NULL DEFAULT ''
    );
    """,
    # v3: orders from the order desk, their lines, status history, notes, withdrawal declarations, and
    # every stock change an order made (so cancelling it puts back exactly what it took).
    """
    CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        received_at TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        lang TEXT NOT NULL DEFAULT 'fr',
        currency TEXT NOT NULL,
        customer_name TEXT NOT NULL,
        customer_email TEXT NOT NULL,
        customer_phone TEXT NOT NULL DEFAULT '',
        address_line1 TEXT NOT NULL DEFAULT '',
        address_line2 TEXT NOT NULL DEFAULT '',
        address_postcode TEXT NOT NULL DEFAULT '',
        address_city TEXT NOT NULL DEFAULT '',
        address_country TEXT NOT NULL DEFAULT '',
        coupon_code TEXT,
        coupon_discount TEXT,
        shipping_method TEXT,
        shipping_zone TEXT,
        shipping_price TEXT,
        subtotal TEXT NOT NULL,
        total TEXT NOT NULL,
        payment TEXT NOT NULL,
        message TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'new',
        paid_at TEXT,
        tracking TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX orders_status ON orders(status, received_at);
    CREATE TABLE order_lines (
        order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        slug TEXT NOT NULL,
        sku TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '[]',
        quantity INTEGER NOT NULL,
        unit_price TEXT NOT NULL,
        PRIMARY KEY (order_id, position)
    );
    CREATE TABLE order_status_history (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX order_status_history_order ON order_status_history(order_id, id);
    CREATE TABLE order_notes (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE TABLE withdrawals (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        received_at TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        order_number TEXT NOT NULL,
        order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        lang TEXT NOT NULL DEFAULT 'fr',
        acknowledged_at TEXT,
        source TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX withdrawals_order ON withdrawals(order_number);
    CREATE TABLE stock_moves (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        variant_options TEXT,
        order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL,
        delta INTEGER NOT NULL,
        reason TEXT NOT NULL
    );
    CREATE INDEX stock_moves_order ON stock_moves(order_id);
    """,
    # Legal by default (issue 10): per-product legal information, net quantities of variants, the
    # delivery deadline and pickup of shipping methods, and a dated price history (L112-1-1), seeded
    # with the prices in force when the file is migrated.
    """
    ALTER TABLE products ADD COLUMN legal TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE variants ADD COLUMN quantity TEXT;
    ALTER TABLE variants ADD COLUMN unit TEXT NOT NULL DEFAULT '';
    ALTER TABLE shipping_rates ADD COLUMN delivery_days INTEGER;
    ALTER TABLE shipping_rates ADD COLUMN pickup INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE shipping_rates ADD COLUMN address TEXT NOT NULL DEFAULT '';
    ALTER TABLE shipping_rates ADD COLUMN hours TEXT NOT NULL DEFAULT '';
    CREATE TABLE price_history (
        id INTEGER PRIMARY KEY,
        product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
        variant TEXT NOT NULL DEFAULT '',
        price TEXT NOT NULL,
        since TEXT NOT NULL
    );
    CREATE INDEX price_history_product ON price_history(product_id, variant, id);
    INSERT INTO price_history(product_id, variant, price, since)
        SELECT id, '', price, updated_at FROM products;
    INSERT INTO price_history(product_id, variant, price, since)
        SELECT v.product_id, v.options, COALESCE(v.price, p.price), p.updated_at
        FROM variants v JOIN products p ON p.id = v.product_id;
    """,
    # v5: visitor statistics from the host's access logs (issue 11). Only per-day totals are kept, never
    # an address or a log line; visitor hashes only for the last days still being read (their salt is
    # kept outside the file); and per log, a hash of its first line and how far it was read.
    """
    CREATE TABLE stats_days (
        day TEXT PRIMARY KEY,
        visits INTEGER NOT NULL DEFAULT 0,
        pageviews INTEGER NOT NULL DEFAULT 0,
        searches INTEGER NOT NULL DEFAULT 0,
        cart_adds INTEGER NOT NULL DEFAULT 0,
        orders INTEGER NOT NULL DEFAULT 0,
        bot_requests INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE stats_counts (
        day TEXT NOT NULL,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (day, kind, name)
    ) WITHOUT ROWID;
    CREATE TABLE stats_visitors (
        day TEXT NOT NULL,
        visitor BLOB NOT NULL,
        PRIMARY KEY (day, visitor)
    ) WITHOUT ROWID;
    CREATE TABLE stats_logs (
        fingerprint TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime INTEGER NOT NULL,
        consumed INTEGER NOT NULL,
        lines INTEGER NOT NULL DEFAULT 0,
        broken INTEGER NOT NULL DEFAULT 0,
        read_at TEXT NOT NULL
    );
    CREATE INDEX stats_logs_name ON stats_logs(name, size, mtime);
    """,
    # v6: a change journal (issue 16), written by ShopFile.transaction at each commit: one row per
    # product a commit changed, or one row with no product when it changed anything else. A build
    # remembers the last row it saw (its seq and random token) and renders only what the rows since
    # then touched; a missing row or another token (a restored or replaced file) means a full check.
    """
    CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY,
        token TEXT NOT NULL,
        product_id INTEGER
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)

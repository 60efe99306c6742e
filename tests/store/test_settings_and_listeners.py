"""Settings survive a close and reopen exactly; listeners hear about changes only once committed."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from wizard.domain.model import (
    AuthMethod,
    LegalIdentity,
    PaymentSettings,
    Product,
    PublishTarget,
    Shop,
    ShopIdentity,
    VatStatus,
)
from wizard.store import ShopFile

IDENTITY = ShopIdentity(
    name="Les Bocaux de Léa", tagline="Du jardin au bocal", about="# Qui suis-je ?\n\nLéa, *bocalière*.",
    logo="ab" * 32, primary_color="#3f6b2a", accent_color="#b0441f", language="fr", currency="EUR",
    email="lea@example.fr", phone="+33 2 99 00 00 00", public_url="https://bocaux.example.fr/",
    niche="local-food", theme="market",
)
LEGAL = LegalIdentity(
    owner_name="Léa Martin", legal_form="EI", trade_name="Les Bocaux de Léa",
    address="3 rue des Lilas\n35000 Rennes", siret="73282932000074", vat_status=VatStatus.SUBJECT,
    vat_number="FR12732829320", mediator_name="CM2C", mediator_url="https://www.cm2c.net/",
    host_name="OVH SAS", host_address="2 rue Kellermann, 59100 Roubaix", host_phone="1007",
)
PAYMENT = PaymentSettings(
    order_by_email=False, order_email="commandes@example.fr", payment_links=True, paypal_me="leabocaux",
    promotion_text="-10 % sur tout", promotion_coupon="BOCAL10",
)
TARGET = PublishTarget(
    preset="ovh", host="ssh.cluster0.hosting.ovh.net", port=2222, user="leabocaux", path="www/",
    auth=AuthMethod.KEY, key_file="/home/lea/.ssh/id_ed25519", public_url="https://bocaux.example.fr/",
)


def test_settings_round_trip(shop_path):
    with ShopFile.create(shop_path) as shop:
        assert shop.shop() == Shop()
        shop.save_settings(IDENTITY, LEGAL, PAYMENT, TARGET)
        shop.set_value("publish.last_url", "https://bocaux.example.fr/")
        shop.set_value("ui.columns", {"prix": [1, 2.5, None, True], "œuvre": "ça"})
    with ShopFile.open(shop_path) as shop:
        assert shop.shop() == Shop(IDENTITY, LEGAL, PAYMENT, TARGET)
        assert isinstance(shop.shop().legal.vat_status, VatStatus)
        assert shop.shop().target.auth is AuthMethod.KEY
        assert shop.get_value("publish.last_url") == "https://bocaux.example.fr/"
        assert shop.get_value("ui.columns") == {"prix": [1, 2.5, None, True], "œuvre": "ça"}
        assert shop.get_value("missing", 42) == 42


def test_saving_one_group_keeps_the_others(shop_path):
    with ShopFile.create(shop_path, IDENTITY) as shop:
        shop.save_settings(LEGAL)
        shop.save_settings(ShopIdentity(name="Renamed"))
        assert shop.shop().legal == LEGAL and shop.shop().identity.name == "Renamed"


def test_no_password_field_exists_in_settings():
    assert not any("password" in name for name in PublishTarget.__dataclass_fields__)


def test_unknown_keys_from_a_newer_version_are_ignored(shop_path):
    ShopFile.create(shop_path, IDENTITY).close()
    conn = sqlite3.connect(shop_path)
    value = conn.execute("SELECT value FROM settings WHERE key='identity'").fetchone()[0]
    conn.execute("UPDATE settings SET value=? WHERE key='identity'",
                 (value[:-1] + ', "mascot": "un hérisson"}',))
    conn.commit()
    conn.close()
    with ShopFile.open(shop_path) as shop:
        assert shop.shop().identity == IDENTITY


def test_listeners_fire_after_commit_only(shop_path):
    with ShopFile.create(shop_path) as shop:
        heard: list[tuple[str, int, int]] = []
        shop.add_listener(lambda kind: heard.append((kind, shop.revision, shop.product_count())))
        start = shop.revision

        with shop.transaction("import"):
            shop.add_product(Product(name="Miel", price=Decimal(6)))
            shop.add_category("Miels")
            assert heard == []  # nested changes wait for the outer commit
            shop.add_product(Product(name="Confiture", price=Decimal(5)))
            assert heard == []
        # One commit: each kind once, the data already there, the revision already counted.
        assert sorted(kind for kind, _, _ in heard) == ["categories", "import", "products"]
        assert {(rev, count) for _, rev, count in heard} == {(start + 1, 2)}

        heard.clear()
        with pytest.raises(ValueError), shop.transaction("import"):
            shop.add_product(Product(name="Pas gardé", price=Decimal(1)))
            raise ValueError("cancelled")
        assert heard == [] and shop.product_count() == 2 and shop.revision == start + 1

        shop.save_settings(IDENTITY)
        assert sorted(kind for kind, _, _ in heard) == ["identity", "settings"]
        assert shop.revision == start + 2


def test_a_choice_from_a_newer_version_falls_back_to_the_default(shop_path):
    ShopFile.create(shop_path).close()
    conn = sqlite3.connect(shop_path)
    conn.execute("""INSERT INTO settings(key, value) VALUES ('target', '{"host": "h", "auth": "agent"}')""")
    conn.commit()
    conn.close()
    with ShopFile.open(shop_path) as shop:
        target = shop.shop().target
        assert target.host == "h" and target.auth is AuthMethod.PASSWORD

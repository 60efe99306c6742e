"""``echoppe check``, ``echoppe legal`` and the former-price rule of ``echoppe edit --compare-at``."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from tests.site.browser.demo import NICHES, make_demo_shop
from tests.site.pagecheck import html_files
from wizard.cli import EXIT_ERROR, EXIT_USAGE, main
from wizard.domain.model import Product, PublishTarget, ShopIdentity, Variant, VatStatus
from wizard.site import build_site
from wizard.store import ShopFile


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_check_on_every_demo_shop(tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    for niche in NICHES:
        complete = tmp_path / f"{niche}-{lang}.echoppe"
        make_demo_shop(complete, niche, lang, photos=False).close()
        status, out, err = run(capsys, "check", complete, "--json")
        assert (status, json.loads(out), err) == (0, [], ""), niche
        raw = tmp_path / f"{niche}-{lang}-raw.echoppe"
        make_demo_shop(raw, niche, lang, photos=False, legal_details=False).close()
        status, out, _ = run(capsys, "check", raw, "--json")
        codes = {f["code"] for f in json.loads(out)}
        assert "shipping.deadline" not in codes, niche  # a new shop's delivery options promise a deadline
        if niche == "local-food":
            assert {"product.food.ingredients", "product.food.quantity"} <= codes and status == EXIT_ERROR


def test_check_names_identity_gaps_in_plain_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.echoppe"
    ShopFile.create(path, ShopIdentity(name="Chez Léa", niche="crafts")).close()
    status, out, err = run(capsys, "check", path)
    assert status == EXIT_ERROR and err == ""
    assert "MISSING: Your SIRET number is missing." in out and "echoppe legal" in out


def test_legal_fills_the_identity_and_the_host_from_the_preset(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.echoppe"
    with ShopFile.create(path, ShopIdentity(name="Chez Léa", language="fr", niche="services")) as shop:
        shop.save_settings(PublishTarget(preset="ovh", host="ftp.cluster0.hosting.ovh.net", user="lea"))
    status, out, err = run(capsys, "legal", path, "--owner", "Léa Petit", "--address", r"3 rue Haute\n44000 Nantes",
                           "--siret", "73282932000074", "--vat", "franchise", "--mediator", "CM2C",
                           "--mediator-url", "https://www.cm2c.net/", "--email", "lea@example.fr", "--json")
    assert status == 0 and err == ""
    data = json.loads(out)
    assert data["host_name"] == "OVH SAS" and data["address"] == "3 rue Haute\n44000 Nantes"
    with ShopFile.open(path) as shop:
        settings = shop.shop()
        assert settings.legal.vat_status == VatStatus.FRANCHISE and settings.identity.email == "lea@example.fr"
        build_site(shop, tmp_path / "sftp-site")
    for page in html_files(tmp_path / "sftp-site"):  # an SFTP target: the host comes from its preset
        assert "[à compléter" not in page.read_text(), page
    assert run(capsys, "check", path, "--json")[:2] == (0, "[]\n")
    status, _, err = run(capsys, "legal", path, "--siret", "123")
    assert status == EXIT_USAGE and "SIRET" in err


def test_a_folder_target_gets_its_host_from_the_form(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.echoppe"
    with ShopFile.create(path, ShopIdentity(name="Chez Léa", language="fr", email="lea@example.fr")) as shop:
        shop.save_settings(PublishTarget(local_folder=str(tmp_path / "out")))
    run(capsys, "legal", path, "--owner", "Léa Petit", "--address", "3 rue Haute, 44000 Nantes", "--siret",
        "73282932000074", "--mediator", "CM2C", "--host-name", "o2switch", "--host-address",
        "222 Boulevard Gustave Flaubert, 63000 Clermont-Ferrand", "--host-phone", "04 44 44 60 40")
    with ShopFile.open(path) as shop:
        build_site(shop, tmp_path / "site")
    for page in html_files(tmp_path / "site"):
        assert "[à compléter" not in page.read_text(), page


def test_edit_refuses_a_former_price_the_history_does_not_support(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.echoppe"
    with ShopFile.create(path, ShopIdentity(name="Chez Léa")) as shop:
        shop.add_product(Product(name="Bol", price=Decimal("20")))
        shop.add_product(Product(name="Tasse", price=Decimal("12"), option_names=("Couleur",), variants=(
            Variant(options=(("Couleur", "Blanc"),), sku="T-B"),)))
    status, _, err = run(capsys, "edit", path, "bol", "--compare-at", "25")
    assert status == EXIT_ERROR and "cannot be shown" in err and "L112-1-1" in err
    status, _, err = run(capsys, "edit", path, "bol", "--price", "15", "--compare-at", "30")
    assert status == EXIT_ERROR and "must be 20" in err and "-25 %" in err
    with ShopFile.open(path) as shop:
        bol = shop.product("bol")
        assert bol is not None and (bol.price, bol.compare_at_price) == (Decimal("20"), None)  # nothing saved
    assert run(capsys, "edit", path, "bol", "--price", "15", "--compare-at", "20")[0] == 0
    assert run(capsys, "edit", path, "tasse", "--sku", "T-B", "--price", "9", "--compare-at", "auto")[0] == 0
    with ShopFile.open(path) as shop:
        bol, tasse = shop.product("bol"), shop.product("tasse")
        assert bol is not None and (bol.price, bol.compare_at_price) == (Decimal("15"), Decimal("20"))
        assert tasse is not None and tasse.variants[0].compare_at_price == Decimal("12")
    status, _, err = run(capsys, "edit", path, "bol", "--price", "25", "--compare-at", "auto")
    assert status == EXIT_ERROR and "No former price" in err

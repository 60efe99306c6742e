"""The legal rules a small French shop must meet, as data per niche, and the checklist computed
from a shop: every missing or doubtful item, with what to do. ``docs/legal.md`` maps each rule to
where the generated site meets it and to the test that proves it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from wizard.domain.claims import find_claims
from wizard.domain.legalinfo import WithdrawalException
from wizard.domain.model import Product, ProductKind, ShippingRate, Shop
from wizard.domain.pricing import PricePoint, reduction
from wizard.domain.validation import missing_legal_fields
from wizard.i18n import Message, msg

DEFAULT_DELIVERY_DAYS = 30  # L216-1: without a stated deadline, delivery within 30 days
NAMED_PRODUCTS = 5  # how many product names a checklist line quotes
HOST_FIELDS = frozenset({"host_name", "host_address", "host_phone"})  # set on the Publish page, not Your shop


@dataclass(frozen=True)
class NicheLegal:
    """Which product-level obligations apply to a niche."""

    food: bool = False  # Regulation (EU) 1169/2011: ingredients, allergens, net quantity…
    safety: bool = True  # GPSR (EU) 2023/988 art. 19 for non-food consumer goods
    unit_price: bool = False  # sold by weight or volume: the merchant is offered the unit price
    withdrawal: WithdrawalException = WithdrawalException.NONE  # the usual exception of the niche


# Living plants and animals, food and services are outside the GPSR (art. 2(2)).
NICHE_LEGAL: Mapping[str, NicheLegal] = {
    "local-food": NicheLegal(food=True, safety=False, unit_price=True),
    "cosmetics": NicheLegal(unit_price=True, withdrawal=WithdrawalException.SEALED_HYGIENE),
    "pets": NicheLegal(unit_price=True),
    "plants": NicheLegal(safety=False),
    "services": NicheLegal(safety=False),
    "experiences": NicheLegal(safety=False),
    "digital": NicheLegal(safety=False, withdrawal=WithdrawalException.DIGITAL_IMMEDIATE),
}


def niche_legal(niche: str) -> NicheLegal:
    return NICHE_LEGAL.get(niche, NicheLegal())


def needs_safety(niche: str, product: Product) -> bool:
    """Whether the product page shows the GPSR block (non-food goods of a niche it applies to)."""
    return product.kind == ProductKind.GOODS and niche_legal(niche).safety


def is_food(niche: str, product: Product) -> bool:
    return product.kind == ProductKind.GOODS and niche_legal(niche).food


class Severity(StrEnum):
    MISSING = "missing"  # the law asks for it and the site cannot show it yet
    DOUBTFUL = "doubtful"  # probably needed, or shown with a default: check it


@dataclass(frozen=True)
class Finding:
    """One line of the legal checklist."""

    code: str  # stable, for scripts: "identity.siret", "product.safety"…
    severity: Severity
    message: Message  # what is wrong
    todo: Message  # what to do
    products: tuple[str, ...] = ()  # the products concerned, by name

    def as_dict(self, lang: str | None = None) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message.text(lang),
            "todo": self.todo.text(lang),
            "products": list(self.products),
        }


def _names(products: Sequence[Product]) -> str:
    names = [p.name for p in products[:NAMED_PRODUCTS]]
    return "; ".join(names) + ("; …" if len(products) > NAMED_PRODUCTS else "")


def _product_finding(code: str, severity: Severity, products: Sequence[Product], message: Message,
                     todo: Message) -> Finding:
    return Finding(code, severity, message, todo, tuple(p.name for p in products))


def check_shop(
    shop: Shop,
    products: Sequence[Product],
    rates: Sequence[ShippingRate],
    histories: Mapping[int, Mapping[str, Sequence[PricePoint]]],
) -> list[Finding]:
    """Every missing or doubtful legal item of a shop (published products only count)."""
    findings: list[Finding] = []
    for problem in missing_legal_fields(shop.legal, shop.identity):
        if problem.field in HOST_FIELDS:  # the host's identity is filled in on the Publish page
            todo = msg("Fill it in on the Publish page (Who hosts your site), or with: echoppe legal SHOP "
                       "--host-name, --host-address and --host-phone")
        else:
            todo = msg("Fill it in on the Your shop page, or with: echoppe legal SHOP --help")
        findings.append(Finding(f"identity.{problem.field}", Severity.MISSING, problem.message, todo))
    legal = shop.legal
    if legal.host_name.strip() and not (legal.host_address.strip() and legal.host_phone.strip()):
        findings.append(Finding("identity.host", Severity.MISSING, msg("Your web host's address or phone is missing."),
                                msg("Choose your host on the Publish page (Who hosts your site) to fill them in, "
                                    "or give --host-address and --host-phone.")))
    niche = shop.identity.niche
    rules = niche_legal(niche)
    live = [p for p in products if p.published]

    goods = [p for p in live if needs_safety(niche, p)]
    no_maker = [p for p in goods if not p.legal.safety.made_by_seller and not (
        p.legal.safety.manufacturer_name.strip() and p.legal.safety.manufacturer_address.strip()
        and p.legal.safety.manufacturer_email.strip())]
    if no_maker:
        findings.append(_product_finding(
            "product.safety.manufacturer", Severity.MISSING, no_maker,
            msg("Product safety (GPSR): the manufacturer's name, postal and email address are missing for: "
                "{names}.", names=_names(no_maker)),
            msg("Give them in each product's Legal information, or tick \"I make it myself\".")))
    no_person = [p for p in goods if p.legal.safety.manufacturer_outside_eu and not (
        p.legal.safety.responsible_name.strip() and p.legal.safety.responsible_address.strip())]
    if no_person:
        findings.append(_product_finding(
            "product.safety.responsible", Severity.MISSING, no_person,
            msg("Product safety (GPSR): the maker is outside the EU and no EU responsible person is named "
                "for: {names}.", names=_names(no_person)),
            msg("Give the name, postal and email address of the responsible person in the EU.")))
    # Art. 19(c): the type, a picture and "where available" another identifier (batch, model, SKU).
    no_ref = [p for p in goods if not (p.legal.safety.reference.strip() or p.sku.strip()
                                       or any(v.sku.strip() for v in p.variants))]
    if no_ref:
        findings.append(_product_finding(
            "product.safety.reference", Severity.DOUBTFUL, no_ref,
            msg("Product safety (GPSR): no batch, model or reference number for: {names}.", names=_names(no_ref)),
            msg("Give a reference (or a SKU, used by default) to each product.")))

    if rules.food:
        food = [p for p in live if is_food(niche, p)]
        no_ingredients = [p for p in food if not p.legal.food.ingredients.strip()]
        if no_ingredients:
            findings.append(_product_finding(
                "product.food.ingredients", Severity.MISSING, no_ingredients,
                msg("Food information: the list of ingredients is missing for: {names}.",
                    names=_names(no_ingredients)),
                msg("Write the ingredients in each product's Legal information; allergens are emphasised "
                    "on the page by themselves.")))
        no_quantity = [p for p in food if p.legal.quantity is None and not any(v.quantity for v in p.variants)]
        if no_quantity:
            findings.append(_product_finding(
                "product.food.quantity", Severity.MISSING, no_quantity,
                msg("Food information: the net quantity is missing for: {names}.", names=_names(no_quantity)),
                msg("Give the net quantity (g, kg, ml or l) of each product.")))
    elif rules.unit_price:
        no_quantity = [p for p in live if p.kind == ProductKind.GOODS and p.legal.quantity is None
                       and not any(v.quantity for v in p.variants)]
        if no_quantity:
            findings.append(_product_finding(
                "product.quantity", Severity.DOUBTFUL, no_quantity,
                msg("No net quantity for: {names}. Products sold by weight or volume must show their price "
                    "per kilogram or litre.", names=_names(no_quantity)),
                msg("Give the net quantity of these products if they are sold by weight or volume.")))

    unsupported = []
    for p in live:
        history = histories.get(p.id, {})
        if p.compare_at_price is not None and reduction(history.get("", ())) is None and not p.variants:
            unsupported.append(p)
    if unsupported:
        findings.append(_product_finding(
            "product.compare_at", Severity.DOUBTFUL, unsupported,
            msg("A former price is set but the price history does not support a reduction for: {names}. The "
                "site shows no crossed-out price for them.", names=_names(unsupported)),
            msg("A former price must be the lowest price of the 30 days before the reduction: lower the "
                "price itself, the app then shows the right former price.")))

    claims: dict[str, list[str]] = {}
    texts = [(shop.identity.name, shop.identity.name), (shop.identity.tagline, shop.identity.tagline),
             (shop.identity.about, shop.identity.name)]
    texts += [(f"{p.name}\n{p.description}", p.name) for p in live]
    for text, where in texts:
        for word in find_claims(text):
            claims.setdefault(word, [])
            if where not in claims[word]:
                claims[word].append(where)
    if claims:
        words = ", ".join(f"« {w} »" for w in claims)
        wheres = sorted({w for ws in claims.values() for w in ws})
        findings.append(Finding(
            "text.environmental_claims", Severity.MISSING,
            msg("Banned environmental claims ({words}) in: {names}. Since 27 September 2026, generic claims "
                "like \"eco-friendly\" are forbidden unless an official ecolabel proves them (Directive (EU) "
                "2024/825).", words=words, names="; ".join(wheres[:NAMED_PRODUCTS])),
            msg("Say instead what is true and precise (\"cotton grown without pesticides\", \"glass jar, "
                "returnable\") or name the ecolabel."),
            tuple(wheres)))

    shipped = [p for p in live if p.kind == ProductKind.GOODS]
    if shipped and not rates:
        findings.append(Finding("shipping.none", Severity.DOUBTFUL, msg("No delivery or pickup option is set."),
                                msg("Add one on the Shipping page (pickup is free by default).")))
    no_days = [r for r in rates if not r.pickup and r.delivery_days is None]
    if no_days:
        findings.append(Finding(
            "shipping.deadline", Severity.DOUBTFUL,
            msg("No delivery deadline for: {names}. The terms of sale then promise delivery within 30 days.",
                names="; ".join(r.name for r in no_days)),
            msg("Give each delivery option its deadline in days on the Shipping page.")))
    bad_pickup = [r for r in rates if r.pickup and not (r.address.strip() and r.hours.strip())]
    if bad_pickup:
        findings.append(Finding(
            "shipping.pickup", Severity.MISSING,
            msg("The pickup option {names} has no address or opening hours.",
                names="; ".join(r.name for r in bad_pickup)),
            msg("Give the pickup address and opening hours on the Shipping page.")))
    return findings

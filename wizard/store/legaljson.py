"""A product's legal information as the JSON text of its ``legal`` column (``{}`` when empty)."""

from __future__ import annotations

import json
from dataclasses import fields
from decimal import Decimal, InvalidOperation
from typing import Any

from wizard.domain.legalinfo import FoodInfo, ProductLegal, QuantityUnit, Safety, WithdrawalException

_EMPTY = ProductLegal()


def unit_from_text(text: str | None) -> QuantityUnit | None:
    """A stored unit, or None (empty, or a unit only a newer version knows)."""
    try:
        return QuantityUnit(text) if text else None
    except ValueError:
        return None


def _texts(cls: type[Any], data: Any) -> Any:
    """A flat dataclass of strings and booleans from a JSON object (unknown keys ignored)."""
    if not isinstance(data, dict):
        return cls()
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        value = data.get(f.name)
        default = getattr(cls(), f.name)
        if type(value) is type(default) and isinstance(value, bool | str):
            kwargs[f.name] = value
    return cls(**kwargs)


def legal_to_json(legal: ProductLegal) -> str:
    if legal == _EMPTY:
        return "{}"
    data: dict[str, Any] = {}
    if legal.quantity is not None:
        data["quantity"] = format(legal.quantity, "f")
    if legal.unit:
        data["unit"] = QuantityUnit(legal.unit).value
    if legal.withdrawal:
        data["withdrawal"] = WithdrawalException(legal.withdrawal).value
    if legal.safety != Safety():
        data["safety"] = {f.name: getattr(legal.safety, f.name) for f in fields(Safety)}
    if legal.food != FoodInfo():
        data["food"] = {f.name: getattr(legal.food, f.name) for f in fields(FoodInfo)}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def legal_from_json(text: str | None) -> ProductLegal:
    """Never raises: a damaged or newer value keeps what it can and defaults the rest."""
    if not text or text == "{}":
        return _EMPTY
    try:
        data = json.loads(text)
    except ValueError:
        return _EMPTY
    if not isinstance(data, dict):
        return _EMPTY
    quantity: Decimal | None = None
    try:
        quantity = Decimal(str(data["quantity"])) if data.get("quantity") not in (None, "") else None
    except (InvalidOperation, ValueError):
        quantity = None
    if quantity is not None and not quantity.is_finite():
        quantity = None
    try:
        withdrawal = WithdrawalException(data.get("withdrawal", ""))
    except ValueError:
        withdrawal = WithdrawalException.NONE
    return ProductLegal(
        quantity=quantity,
        unit=unit_from_text(data.get("unit") if isinstance(data.get("unit"), str) else None),
        withdrawal=withdrawal,
        safety=_texts(Safety, data.get("safety")),
        food=_texts(FoodInfo, data.get("food")),
    )

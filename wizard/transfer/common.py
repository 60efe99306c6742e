"""Pieces shared by the format readers: validating a parsed product into an item or a rejected row."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from wizard.domain.model import Product
from wizard.domain.validation import validate_product
from wizard.i18n import Message
from wizard.transfer.results import ImportItem, ImportWarning, RejectedRow


@dataclass
class Outcome:
    """What a format reader collected (mutable while reading, frozen into a preview at the end)."""

    items: list[ImportItem] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)

    def reject(self, line: int, reasons: list[Message] | tuple[Message, ...], name: str = "") -> None:
        self.rejected.append(RejectedRow(line, tuple(reasons), name.strip()))

    def warn(self, message: Message, line: int | None = None) -> None:
        self.warnings.append(ImportWarning(message, line))

    def add(self, product: Product, line: int, category_path: str = "", lenient: bool = False) -> None:
        """Validate ``product``; keep it or reject its row.

        ``lenient`` (foreign exports): a former price not above the price is dropped instead of rejected.
        """
        if lenient:
            if product.compare_at_price is not None and product.compare_at_price <= product.price:
                product = replace(product, compare_at_price=None)
            if any(v.compare_at_price is not None and v.compare_at_price <= (v.price or product.price)
                   for v in product.variants):
                product = replace(product, variants=tuple(
                    replace(v, compare_at_price=None)
                    if v.compare_at_price is not None and v.compare_at_price <= (v.price or product.price)
                    else v
                    for v in product.variants
                ))
        problems = validate_product(product)
        if problems:
            self.reject(line, [p.message for p in problems], product.name)
        else:
            self.items.append(ImportItem(product, line, category_path))


def first(record: dict[str, str], *names: str) -> str:
    """The first non-empty cell among ``names`` (exact header names), stripped."""
    for name in names:
        value = record.get(name)
        if value and value.strip():
            return value.strip()
    return ""

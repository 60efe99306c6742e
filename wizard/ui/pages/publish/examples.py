"""Before the first publish: the niche's example products are still in the shop, so ask whether to
keep them (a merchant should not publish them as theirs without noticing)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from wizard.domain import niches
from wizard.domain.model import Product
from wizard.i18n import LANGUAGES
from wizard.store.shopfile import ShopFile

ASKED_KEY = "publish.examples_asked"  # set once the merchant answered: never asked again


def example_products(shop: ShopFile) -> list[Product]:
    """The shop's products that are still the niche's examples as they came (same name and reference)."""
    try:
        niche = niches.niche(shop.shop().identity.niche)
    except KeyError:
        return []
    known = {(e.name, e.sku) for lang in LANGUAGES for e in niche.examples(lang)}
    return [p for p in shop.products() if (p.name, p.sku) in known]


def should_ask(shop: ShopFile, published_before: bool) -> list[Product]:
    """The examples to ask about now (none: do not ask)."""
    if published_before or shop.get_value(ASKED_KEY, False):
        return []
    return example_products(shop)


def remember_answer(shop: ShopFile) -> None:
    shop.set_value(ASKED_KEY, True)


class ExamplesBox(QMessageBox):
    """Keep or remove the examples; ``keep_button`` and ``remove_button`` are the two answers."""

    def __init__(self, examples: list[Product], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examplesBox")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Example products"))
        self.setText(self.tr("Your shop still holds {n} example products from the start:").format(n=len(examples)))
        names = "\n".join(f"• {p.name}" for p in examples[:8])
        if len(examples) > 8:
            names += "\n" + self.tr("… and {n} more.").format(n=len(examples) - 8)
        self.setInformativeText(names + "\n\n" + self.tr(
            "Customers would see them as yours. Keep them only if you sell these products."))
        self.keep_button: QPushButton = self.addButton(self.tr("&Keep the examples"),
                                                       QMessageBox.ButtonRole.AcceptRole)
        self.keep_button.setObjectName("keepExamples")
        self.remove_button: QPushButton = self.addButton(self.tr("&Remove the examples"),
                                                         QMessageBox.ButtonRole.DestructiveRole)
        self.remove_button.setObjectName("removeExamples")
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setEscapeButton(cancel)
        self.setDefaultButton(self.remove_button)

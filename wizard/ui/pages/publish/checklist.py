"""The legal checklist before publishing: what the law asks of the shop that is still missing or
doubtful (computed by the engine, ``wizard.domain.legal``), each item in plain words with a button
that opens the page and the field that fixes it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.domain.legal import Finding, Severity, check_shop
from wizard.store.shopfile import ShopFile
from wizard.ui.pages.publish.navigate import fix_for
from wizard.ui.wizard import PageId


def shop_findings(shop: ShopFile) -> list[Finding]:
    """The legal checklist of an open shop (published products only count)."""
    return check_shop(shop.shop(), shop.products(published_only=True), shop.shipping_rates(),
                      shop.price_histories())


class LegalChecklist(QGroupBox):
    """One row per finding; ``fixRequested(code)`` when its button is clicked."""

    fixRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What the law asks before you open to the public"), parent)
        self.setObjectName("legalChecklist")
        self._layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("checklistSummary")
        self.summary.setWordWrap(True)
        self._layout.addWidget(self.summary)
        self.rows: dict[str, QWidget] = {}  # finding code → its row
        self.findings: list[Finding] = []

    def _button_text(self, page_id: PageId) -> str:
        return {
            PageId.SHOP: self.tr("Fill in on “Your shop”"),
            PageId.PRODUCTS: self.tr("Open “Products”"),
            PageId.SHIPPING: self.tr("Open “Shipping”"),
            PageId.SELLING: self.tr("Open “Selling”"),
            PageId.PUBLISH: self.tr("Fill in below"),
        }.get(page_id, self.tr("Fix it"))

    def show_findings(self, findings: Sequence[Finding], lang: str) -> None:
        for row in self.rows.values():
            row.hide()
            row.deleteLater()
        self.rows = {}
        self.findings = list(findings)
        missing = sum(1 for f in findings if f.severity == Severity.MISSING)
        if not findings:
            self.summary.setText(self.tr("Nothing the law asks for is missing: your shop can open to the public."))
        elif missing:
            self.summary.setText(self.tr("Before publishing on the Internet, complete the items marked "
                                         "\"Missing\" below (left: {n}). You can already publish to a folder "
                                         "to try your shop.").format(n=missing))
        else:
            self.summary.setText(self.tr("Nothing required is missing; please check these points:"))
        for finding in findings:
            self.rows[finding.code] = self._row(finding, lang)
            self._layout.addWidget(self.rows[finding.code])

    def _row(self, finding: Finding, lang: str) -> QWidget:
        row = QWidget()
        row.setObjectName(f"finding:{finding.code}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        mark = self.tr("Missing:") if finding.severity == Severity.MISSING else self.tr("To check:")
        words = f"{mark} {finding.message.text(lang)}"
        if not finding.code.startswith("identity"):  # the identity's "what to do" names the CLI: the button says it
            words += "\n" + finding.todo.text(lang)
        text = QLabel(words)
        text.setObjectName("findingText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text, 1)
        page_id, _field = fix_for(finding.code)
        button = QPushButton(self._button_text(page_id))
        button.setObjectName("fixButton")
        button.clicked.connect(lambda _checked=False, code=finding.code: self.fixRequested.emit(code))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

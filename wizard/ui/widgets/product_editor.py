"""The product editor: every field of a product, saved as soon as it is valid.

A half-typed product is never lost: while something is wrong, the editor stays open with the
message under the form; each valid change is written to the shop file at once (debounced).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.model import ImageRef, Product, ProductKind, Variant
from wizard.domain.money import NotAnAmount, parse_amount
from wizard.domain.niches import NicheFields
from wizard.domain.pricing import Reduction
from wizard.domain.validation import MAX_OPTIONS, validate_product
from wizard.i18n import EchoppeError
from wizard.store.reductions import accepted_former_price
from wizard.ui.i18n import ui_language
from wizard.ui.models import money_text
from wizard.ui.session import ShopSession
from wizard.ui.widgets.amount import AmountCheck
from wizard.ui.widgets.autosave import Debouncer
from wizard.ui.widgets.common import ProblemLabel, hint
from wizard.ui.widgets.images import IMAGE_SUFFIXES, ImageStrip
from wizard.ui.widgets.product_legal import (
    LegalFieldError,
    ProductLegalBox,
    ReductionNote,
    parse_quantity,
    quantity_text,
)
from wizard.ui.widgets.screen_fit import resize_to_fit


class FormError(ValueError):
    """A field that cannot be read (e.g. a price that is not a number); carries the message."""


def _int_or_none(text: str) -> int | None:
    text = text.strip().replace(" ", "")
    if not text:
        return None
    return int(text)


class ProductEditor(QDialog):
    """Edit one product (a new one is stored as soon as it has what it needs)."""

    imagesAdded = Signal(int)

    def __init__(self, session: ShopSession, product: Product | None, fields: NicheFields,
                 kind: ProductKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productEditor")
        self.session = session
        self.fields = fields
        self.product = product or Product(kind=kind)
        self.autosave = Debouncer(self.save, parent=self)
        self._warned = False
        self.setWindowTitle(self.tr("Product"))
        resize_to_fit(self, QSize(760, 720))  # a 1280×720 screen has less room than that

        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)

        main = QGroupBox(self.tr("The product"))
        form = QFormLayout(main)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("productName")
        form.addRow(self.tr("&Name *:"), self.name_edit)
        self.price_edit = QLineEdit()
        self.price_edit.setObjectName("productPrice")
        self.price_edit.setPlaceholderText(money_text(Decimal("12.50")))
        self.price_check = AmountCheck(self.price_edit, self)
        form.addRow(self.tr("&Price:"), self.price_check.field)
        self.reduction = ReductionNote()
        form.addRow(self.tr("Reduction:"), self.reduction)
        self.stock_edit = QLineEdit()
        self.stock_edit.setObjectName("productStock")
        self.stock_edit.setPlaceholderText(self.tr("empty = not counted"))
        form.addRow(self.tr("S&tock:"), self.stock_edit)
        self.weight_edit = QLineEdit()
        self.weight_edit.setObjectName("productWeight")
        self.weight_edit.setPlaceholderText(self.tr("in grams"))
        if fields.weight:
            form.addRow(self.tr("&Weight (g):"), self.weight_edit)
        self.sku_edit = QLineEdit()
        self.sku_edit.setObjectName("productSku")
        form.addRow(self.tr("&Reference:"), self.sku_edit)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("productCategory")
        self.category_combo.setEditable(True)
        self.category_combo.setToolTip(self.tr("Choose a category, or type a new one (use > for a "
                                               "sub-category: Clothes > T-shirts)."))
        form.addRow(self.tr("&Category:"), self.category_combo)
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("productTags")
        self.tags_edit.setPlaceholderText(self.tr("separated by commas"))
        form.addRow(self.tr("T&ags:"), self.tags_edit)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("productDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(100)
        description_label = QLabel(self.tr("&Description:"))
        description_label.setBuddy(self.description_edit)
        form.addRow(description_label, self.description_edit)
        flags_row = QHBoxLayout()
        self.published_check = QCheckBox(self.tr("&On sale (shown on the site)"))
        self.published_check.setObjectName("productPublished")
        self.featured_check = QCheckBox(self.tr("Feat&ured on the home page"))
        flags_row.addWidget(self.published_check)
        flags_row.addWidget(self.featured_check)
        flags_row.addStretch(1)
        form.addRow("", flags_row)
        self.payment_edit = QLineEdit()
        self.payment_edit.setObjectName("productPaymentLink")
        self.payment_edit.setPlaceholderText("https://buy.stripe.com/…")
        form.addRow(self.tr("Pa&yment link:"), self.payment_edit)
        form.addRow("", hint(self.tr("Optional: a Stripe or PayPal payment link for this product, copied "
                                     "from their website.")))
        layout.addWidget(main)

        # niche-specific fields
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("productDuration")
        self.duration_spin.setRange(0, 100_000)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setSpecialValueText(self.tr("not said"))
        self.date_check = QCheckBox(self.tr("Has a &date"))
        self.date_edit = QDateTimeEdit()
        self.date_edit.setObjectName("productDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.location_edit = QLineEdit()
        self.location_edit.setObjectName("productLocation")
        self.download_edit = QLineEdit()
        self.download_edit.setObjectName("productDownload")
        self.download_edit.setPlaceholderText("https://")
        if fields.duration or fields.dates or fields.location or fields.download:
            special = QGroupBox(self.tr("When, where, how"))
            sform = QFormLayout(special)
            if fields.duration:
                sform.addRow(self.tr("D&uration:"), self.duration_spin)
            if fields.dates:
                date_row = QHBoxLayout()
                date_row.addWidget(self.date_check)
                date_row.addWidget(self.date_edit, 1)
                sform.addRow(self.tr("Date:"), date_row)
            if fields.location:
                sform.addRow(self.tr("P&lace:"), self.location_edit)
            if fields.download:
                sform.addRow(self.tr("Download &link:"), self.download_edit)
                sform.addRow("", hint(self.tr("Where the buyer downloads the file once they have paid "
                                              "(a private link from your cloud storage).")))
            layout.addWidget(special)

        # images
        images_box = QGroupBox(self.tr("Photos"))
        ilayout = QVBoxLayout(images_box)
        self.images = ImageStrip()
        self.images.setObjectName("productImages")
        self.images.setAccessibleName(self.tr("Photos of the product"))
        ilayout.addWidget(self.images)
        irow = QHBoxLayout()
        self.add_images_button = QPushButton(self.tr("Add p&hotos…"))
        self.remove_image_button = QPushButton(self.tr("Remove the selected photo"))
        irow.addWidget(self.add_images_button)
        irow.addWidget(self.remove_image_button)
        irow.addStretch(1)
        ilayout.addLayout(irow)
        ilayout.addWidget(hint(self.tr("Drop photos here; drag them to change the order. The first one is "
                                       "the main photo.")))
        layout.addWidget(images_box)

        # options and variants
        self.options_edit = QLineEdit()
        self.options_edit.setObjectName("productOptions")
        self.options_edit.setPlaceholderText(self.tr("e.g. Size, Colour"))
        self.variants = QTableWidget(0, 0)
        self.variants.setObjectName("productVariants")
        self.variants.setAccessibleName(self.tr("Variants"))
        self.variants.setMinimumHeight(140)
        self.add_variant_button = QPushButton(self.tr("Add a &variant"))
        self.remove_variant_button = QPushButton(self.tr("Remove the selected variant"))
        if fields.variants:
            vbox = QGroupBox(self.tr("Options and variants"))
            vlayout = QFormLayout(vbox)
            vlayout.addRow(self.tr("O&ptions:"), self.options_edit)
            vlayout.addRow("", hint(self.tr("Up to three option names separated by commas. Then one row per "
                                            "combination you sell; an empty price means the product's "
                                            "price.")))
            vlayout.addRow(self.variants)
            vrow = QHBoxLayout()
            vrow.addWidget(self.add_variant_button)
            vrow.addWidget(self.remove_variant_button)
            vrow.addStretch(1)
            vlayout.addRow(vrow)
            layout.addWidget(vbox)
        # what the law asks the product page to show
        self.legal_box = ProductLegalBox(session.shop.shop().identity.niche, self.product.kind, ui_language())
        self.legal_box.setObjectName("productLegal")
        layout.addWidget(self.legal_box)
        layout.addStretch(1)

        self.problem = ProblemLabel()
        self.problem.setObjectName("productProblems")
        outer.addWidget(self.problem)
        self.status = QLabel()
        self.status.setObjectName("productStatus")
        outer.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        self._fill()
        for edit in (self.name_edit, self.price_edit, self.stock_edit, self.weight_edit,
                     self.sku_edit, self.tags_edit, self.payment_edit, self.location_edit,
                     self.download_edit, *self.legal_box.line_edits):
            edit.textChanged.connect(self.autosave.poke)
            edit.editingFinished.connect(self.autosave.flush)
        self.description_edit.textChanged.connect(self.autosave.poke)
        self.legal_box.changed.connect(self.autosave.poke)
        self.reduction.changed.connect(self.autosave.poke)
        self.reduction.changed.connect(self._explain_prices)
        self.price_edit.textChanged.connect(self._explain_prices)
        self.variants.itemChanged.connect(self._quantity_from_option)
        self.variants.itemChanged.connect(self._explain_prices)
        self.category_combo.currentTextChanged.connect(self.autosave.poke)
        for check in (self.published_check, self.featured_check, self.date_check):
            check.toggled.connect(self.autosave.poke)
        self.duration_spin.valueChanged.connect(self.autosave.poke)
        self.date_edit.dateTimeChanged.connect(self.autosave.poke)
        self.options_edit.editingFinished.connect(self._options_changed)
        self.variants.itemChanged.connect(self.autosave.poke)
        self.add_variant_button.clicked.connect(self.add_variant_row)
        self.remove_variant_button.clicked.connect(self._remove_variant_row)
        self.add_images_button.clicked.connect(self._choose_images)
        self.remove_image_button.clicked.connect(self._remove_image)
        self.images.filesDropped.connect(self.add_image_files)
        self.images.orderChanged.connect(self.autosave.poke)

    # ------------------------------------------------------------------ product -> widgets
    def _fill(self) -> None:
        p = self.product
        with self.autosave.mute():
            self.name_edit.setText(p.name)
            self.price_edit.setText(money_text(p.price) if p.id or p.price else "")
            self.reduction.check.setChecked(p.compare_at_price is not None
                                            or any(v.compare_at_price is not None for v in p.variants))
            self.stock_edit.setText("" if p.stock is None else str(p.stock))
            self.weight_edit.setText("" if p.weight_g is None else str(p.weight_g))
            self.sku_edit.setText(p.sku)
            self.category_combo.clear()
            self.category_combo.addItem("", None)
            for category in self.session.shop.categories():
                self.category_combo.addItem(category.name, category.id)
            index = self.category_combo.findData(p.category_id) if p.category_id else 0
            self.category_combo.setCurrentIndex(max(index, 0))
            self.tags_edit.setText(", ".join(p.tags))
            self.description_edit.setPlainText(p.description)
            self.published_check.setChecked(p.published)
            self.featured_check.setChecked(p.featured)
            self.payment_edit.setText(p.payment_link)
            self.duration_spin.setValue(p.duration_minutes or 0)
            self.date_check.setChecked(p.event_date is not None)
            when = p.event_date or dt.datetime.now().replace(minute=0, second=0, microsecond=0)
            self.date_edit.setDateTime(QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)))
            self.location_edit.setText(p.location)
            self.download_edit.setText(p.download_url)
            self.images.clear()
            for ref in p.images:
                image = self.session.shop.image(ref.key) if ref.key else None
                self.images.add_image(ref.key, image.data if image else None, ref.url or "")
            self.options_edit.setText(", ".join(p.option_names))
            self._rebuild_variant_columns(list(p.option_names))
            for variant in p.variants:
                self._append_variant(variant)
            self.legal_box.fill(p.legal, new=not p.id)
        self.setWindowTitle(p.name or self.tr("New product"))
        self._explain_prices()

    def option_names(self) -> list[str]:
        return [n.strip() for n in self.options_edit.text().split(",") if n.strip()]

    def _rebuild_variant_columns(self, names: list[str]) -> None:
        old_names = [_cell_text(self.variants.horizontalHeaderItem(c))
                     for c in range(max(self.variants.columnCount() - len(self._tail_headers()), 0))]
        rows = [[_cell_text(self.variants.item(r, c))
                 for c in range(self.variants.columnCount())] for r in range(self.variants.rowCount())]
        headers = [*names, *self._tail_headers()]
        self.variants.blockSignals(True)
        self.variants.clear()
        self.variants.setColumnCount(len(headers))
        self.variants.setHorizontalHeaderLabels(headers)
        self.variants.setRowCount(0)
        for row in rows:
            values = dict(zip(old_names, row, strict=False))
            tail = row[len(old_names):]
            self._append_row([values.get(n, "") for n in names] + tail)
        self.variants.blockSignals(False)

    def _tail_headers(self) -> list[str]:
        """The columns after the options: price, stock, reference and (goods) the net quantity."""
        tail = [self.tr("Price"), self.tr("Stock"), self.tr("Reference")]
        return [*tail, self.tr("Net quantity")] if self.legal_box.has_quantity else tail

    def _append_row(self, cells: list[str]) -> None:
        r = self.variants.rowCount()
        self.variants.insertRow(r)
        for c, text in enumerate(cells):
            self.variants.setItem(r, c, QTableWidgetItem(text))

    def _append_variant(self, v: Variant) -> None:
        values = v.option_dict()
        names = self.option_names()
        tail = [money_text(v.price), "" if v.stock is None else str(v.stock), v.sku]
        if self.legal_box.has_quantity:
            tail.append(quantity_text(v.quantity, v.unit, ui_language()))
        self._append_row([values.get(n, "") for n in names] + tail)

    def _quantity_from_option(self, item: QTableWidgetItem) -> None:
        """A variant named by its size ("250 g", "1 l") gets that net quantity, shown in its own cell to be
        corrected, when that cell is still empty."""
        names = self.option_names()
        if not self.legal_box.has_quantity or item.column() >= len(names):
            return
        column = len(names) + 3  # price, stock, reference, then the net quantity
        if _cell_text(self.variants.item(item.row(), column)).strip():
            return
        try:
            quantity, unit = parse_quantity(item.text())
        except ValueError:
            return
        if quantity is not None and quantity > 0:
            self.variants.setItem(item.row(), column, QTableWidgetItem(quantity_text(quantity, unit, ui_language())))

    def add_variant_row(self) -> None:
        if not self.option_names():
            self.problem.show_problems([self.tr("First name the options (e.g. Size), then add variants.")])
            self.options_edit.setFocus()
            return
        self.variants.blockSignals(True)
        self._append_row([""] * self.variants.columnCount())
        self.variants.blockSignals(False)
        self.variants.setCurrentCell(self.variants.rowCount() - 1, 0)
        self.variants.setFocus()

    def _remove_variant_row(self) -> None:
        row = self.variants.currentRow()
        if row >= 0:
            self.variants.removeRow(row)
            self.autosave.poke()

    def _options_changed(self) -> None:
        self._rebuild_variant_columns(self.option_names())
        self.autosave.poke()

    # ------------------------------------------------------------------ images
    def _choose_images(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
        chosen, _f = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), str(Path.home()),
                                                  self.tr("Images (%1)").replace("%1", patterns))
        if chosen:
            self.add_image_files([Path(c) for c in chosen])

    def add_image_files(self, paths: list[Path]):
        """Downscale and store the photos in a worker thread; they are appended when ready.

        Returns the worker (``imagesAdded(n)`` is emitted on the editor when it is done).
        """
        from wizard.ui.workers import ImageImportWorker, run_in_thread

        worker = ImageImportWorker(self.session.shop, [Path(p) for p in paths])
        worker.finished.connect(self._images_ready)
        worker.failed.connect(self._images_failed)
        self.status.setText(self.tr("Preparing %n photo(s)…", "", len(paths)))
        self.add_images_button.setEnabled(False)
        self._image_worker = worker  # keep a reference while it runs
        run_in_thread(worker)
        return worker

    def _images_ready(self, result) -> None:
        self.add_images_button.setEnabled(True)
        problems = []
        for path, error in result.refused:
            text = error.text(ui_language()) if isinstance(error, EchoppeError) else str(error)
            problems.append(f"{Path(path).name}: {text}")
        for prepared in result.images:
            self.images.add_image(prepared.key, prepared.data)
        if result.images:
            self.autosave.poke()
            self.autosave.flush()
        else:
            self.status.clear()
        if problems:  # after saving, which clears the messages of the form
            self.problem.show_problems([self.tr("Some photos could not be used:"), *problems])
        self.imagesAdded.emit(len(result.images))

    def _images_failed(self, error: object) -> None:
        self.add_images_button.setEnabled(True)
        text = error.text(ui_language()) if isinstance(error, EchoppeError) else str(error)
        self.problem.show_problems([self.tr("Some photos could not be used:"), text])
        self.imagesAdded.emit(0)

    def _remove_image(self) -> None:
        row = self.images.currentRow()
        if row >= 0:
            self.images.takeItem(row)
            self.autosave.poke()

    # ------------------------------------------------------------------ widgets -> product
    def _amount(self, edit: QLineEdit, label: str, required: bool = False) -> Decimal | None:
        try:
            value = parse_amount(edit.text())
        except NotAnAmount as exc:
            raise FormError(self.tr("%1: %2").replace("%1", label).replace("%2", exc.text(ui_language()))) from None
        if value is None and required:
            return Decimal("0")
        return value

    def _whole(self, edit: QLineEdit, label: str) -> int | None:
        try:
            return _int_or_none(edit.text())
        except ValueError:
            raise FormError(self.tr("%1: write a whole number, or leave it empty.").replace("%1", label)) from None

    def product_from_widgets(self) -> Product:
        """The product as the form shows it (raises :class:`FormError` for unreadable fields)."""
        names = tuple(self.option_names()[: MAX_OPTIONS + 1])
        variants = []
        for r in range(self.variants.rowCount()):
            cells = [_cell_text(self.variants.item(r, c)).strip()
                     for c in range(self.variants.columnCount())]
            if not any(cells):
                continue
            values = cells[: len(names)]
            price_text, stock_text, sku, quantity_cell = [*cells[len(names):], "", "", "", ""][:4]
            try:
                price = parse_amount(price_text)
            except NotAnAmount as exc:
                raise FormError(self.tr("Variant %1: %2").replace("%1", str(r + 1))
                                .replace("%2", exc.text(ui_language()))) from None
            try:
                stock = _int_or_none(stock_text)
            except ValueError:
                raise FormError(self.tr("Variant %1: the stock must be a whole number.")
                                .replace("%1", str(r + 1))) from None
            try:
                quantity, unit = parse_quantity(quantity_cell)
            except ValueError:
                raise FormError(self.tr("Variant %1: write the net quantity like 250 g, 1,5 kg, 75 ml or 1 l.")
                                .replace("%1", str(r + 1))) from None
            options = tuple((n, v) for n, v in zip(names, values, strict=False) if v)
            variants.append(Variant(options=options, sku=sku, price=price, stock=stock, quantity=quantity,
                                    unit=unit))
        old_images = {ref.key: ref for ref in self.product.images if ref.key}
        images = tuple(old_images.get(k) or ImageRef(key=k) for k in self.images.image_keys() if k)
        images += tuple(ref for ref in self.product.images if ref.key is None)
        date = _as_datetime(self.date_edit.dateTime().toPython()) if self.date_check.isChecked() else None
        try:
            legal = self.legal_box.legal(self.product.legal)
        except LegalFieldError as exc:
            raise FormError(str(exc)) from None
        product = replace(
            self.product,
            name=self.name_edit.text().strip(),
            price=self._amount(self.price_edit, self.tr("Price"), required=True) or Decimal("0"),
            compare_at_price=None,
            stock=self._whole(self.stock_edit, self.tr("Stock")),
            weight_g=self._whole(self.weight_edit, self.tr("Weight")) if self.fields.weight
            else self.product.weight_g,
            sku=self.sku_edit.text().strip(),
            tags=tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip()),
            description=self.description_edit.toPlainText(),
            published=self.published_check.isChecked(),
            featured=self.featured_check.isChecked(),
            payment_link=self.payment_edit.text().strip(),
            duration_minutes=self.duration_spin.value() or None,
            event_date=date,
            location=self.location_edit.text().strip(),
            download_url=self.download_edit.text().strip(),
            option_names=names,
            variants=tuple(variants),
            images=images,
            legal=legal,
        )
        return self._with_reductions(product)

    # ------------------------------------------------------------------ reductions (art. L112-1-1)
    def _reductions(self, product: Product) -> list[Reduction | None]:
        """The reduction the price history allows the product, then each variant, at these prices."""
        shop = self.session.shop
        return [accepted_former_price(shop, product, None),
                *(accepted_former_price(shop, product, i) for i in range(len(product.variants)))]

    def _with_reductions(self, product: Product) -> Product:
        """The former prices are never typed: when a reduction is asked, each part gets the one the law
        allows (none when its price has not gone down), which is what the site shows."""
        if not self.reduction.check.isChecked():
            return replace(product, compare_at_price=None,
                           variants=tuple(replace(v, compare_at_price=None) for v in product.variants))
        cuts = self._reductions(product)
        return replace(product, compare_at_price=cuts[0].former if cuts[0] else None, variants=tuple(
            replace(v, compare_at_price=r.former if r else None) for v, r in zip(product.variants, cuts[1:],
                                                                                   strict=True)))

    def _explain_prices(self, *_args: object) -> None:
        """Keep the unit price and the reduction explanation in step with what is typed."""
        try:
            price = parse_amount(self.price_edit.text())
        except NotAnAmount:
            price = None
        self.legal_box.set_price(price)
        try:
            product = self.product_from_widgets()
        except FormError:
            return
        cuts = self._reductions(product)
        lines = [("", cuts[0]), *((v.label(), r) for v, r in zip(product.variants, cuts[1:], strict=True))]
        self.reduction.show_reductions(lines, self._describe)
        self.reduction.note.setVisible(self.reduction.check.isChecked() or any(r for _, r in lines))

    def _describe(self, r: Reduction) -> str:
        return (self.tr("%1 instead of %2 (-%3 %), since %4")
                .replace("%1", money_text(r.current)).replace("%2", money_text(r.former))
                .replace("%3", str(r.percent)).replace("%4", r.began.date().isoformat()))

    def problems(self) -> list[str]:
        """What stops the product from being saved, in the person's language."""
        try:
            product = self.product_from_widgets()
        except FormError as exc:
            return [str(exc)]
        return [p.text(ui_language()) for p in validate_product(product)]

    def save(self) -> bool:
        """Save the product when it is valid; otherwise show why and keep everything typed."""
        try:
            product = self.product_from_widgets()
        except FormError as exc:
            self._show([str(exc)])
            return False
        problems = [p.text(ui_language()) for p in validate_product(product)]
        if problems:
            self._show(problems)
            return False
        product = replace(product, category_id=self._category_id())
        shop = self.session.shop
        if product.id:
            self.product = shop.update_product(product)
        else:
            self.product = shop.add_product(product)
        self._show([])
        self.status.setText(self.tr("Saved."))
        self.setWindowTitle(self.product.name)
        return True

    def _category_id(self) -> int | None:
        text = self.category_combo.currentText().strip()
        if not text:
            return None
        index = self.category_combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index > 0 and self.category_combo.itemData(index):
            return int(self.category_combo.itemData(index))
        return self.session.shop.category_for_path(text)

    def _show(self, problems: list[str]) -> None:
        self.problem.show_problems(problems)
        if problems:
            self.status.setText(self.tr("Not saved yet: correct what is shown above."))

    def reject(self) -> None:
        self.autosave.flush()
        if self.problems() and self.product_has_content() and not self._warned:
            self._warned = True
            self.problem.show_problems([
                self.tr("This product cannot be saved yet (click Close again to drop the unsaved changes):"),
                *self.problems()])
            return  # keep the editor open rather than lose what was typed
        super().reject()

    def product_has_content(self) -> bool:
        return bool(self.name_edit.text().strip() or self.price_edit.text().strip()
                    or self.description_edit.toPlainText().strip())


def _cell_text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


def _as_datetime(value: object) -> dt.datetime | None:
    return value if isinstance(value, dt.datetime) else None

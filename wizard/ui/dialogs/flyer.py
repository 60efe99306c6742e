"""Print a flyer: the paper size, the whole shop or one product, the source name the statistics will
show, an optional discount code; a preview of the QR code and its address; Save as PDF, then open it.

What the flyer says is decided on the GUI thread (:func:`wizard.flyer.plan.plan_flyer` only reads the
shop file); drawing the PDF and writing it (a few hundred milliseconds, more the first time fonts load)
runs in a worker that receives only that plan and the path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.model import Coupon
from wizard.flyer.plan import FlyerError, FlyerPlan, FlyerSize, plan_flyer
from wizard.flyer.render import QR_QUIET, qr_modules, render_pdf, write_flyer
from wizard.i18n import EchoppeError
from wizard.site.colors import ink_on
from wizard.store.shopfile import ShopFile
from wizard.ui.workers import Worker, run_in_thread

PREVIEW_PIXELS = 180
PREVIEW_DELAY_MS = 150  # the preview follows typing without redrawing at each key


class FlyerWorker(Worker):
    """Draw the flyer of ``plan`` and write it to ``path``; ``finished(Path)``."""

    def __init__(self, plan: FlyerPlan, path: Path) -> None:
        super().__init__()
        self.plan = plan
        self.path = path

    def work(self) -> Path:
        write_flyer(self.path, render_pdf(self.plan))
        return self.path


def qr_pixmap(url: str, color: str, pixels: int = PREVIEW_PIXELS) -> QPixmap:
    """The QR code of ``url`` drawn as on the flyer (a dark shade of ``color`` on white)."""
    modules = qr_modules(url)
    count = len(modules) + 2 * QR_QUIET
    image = QImage(count, count, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    ink = QColor(ink_on(color, "#ffffff", ratio=7.0))
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                painter.fillRect(QR_QUIET + c, QR_QUIET + r, 1, 1, ink)
    painter.end()
    return QPixmap.fromImage(image.scaled(pixels, pixels, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.FastTransformation))


def usable_coupons(coupons: list[Coupon], today: dt.date) -> list[Coupon]:
    """The codes a customer can use today or later (switched on, not ended)."""
    return [c for c in coupons if c.active and (c.ends is None or c.ends >= today)]


class FlyerDialog(QDialog):
    """``saved`` holds the written PDF's path once a flyer was saved."""

    def __init__(self, shop: ShopFile, lang: str, coupon: str | None = None, product: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flyerDialog")
        self.setWindowTitle(self.tr("Print a flyer"))
        self.shop = shop
        self.lang = lang
        self.saved: Path | None = None
        self.plan: FlyerPlan | None = None
        self._worker: FlyerWorker | None = None
        # Opens the saved PDF (the system viewer); tests put their own here.
        self.open_file: Callable[[QUrl], object] = QDesktopServices.openUrl
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A one-page flyer for your market stall or to slip in a parcel: your shop's name, "
                               "logo and colours, and a QR code that leads to your shop. Visits from it are "
                               "counted in your statistics under its source name."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        form = QFormLayout()
        self.size_combo = QComboBox()
        self.size_combo.setObjectName("flyerSize")
        self.size_combo.addItem(self.tr("A5 (half a sheet of A4)"), FlyerSize.A5.value)
        self.size_combo.addItem(self.tr("A6 (a quarter of A4, postcard size)"), FlyerSize.A6.value)
        form.addRow(self.tr("Paper &size:"), self.size_combo)
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("flyerTarget")
        self.target_combo.addItem(self.tr("The whole shop (its home page)"), "")
        for item in shop.products(published_only=True):
            self.target_combo.addItem(item.name, item.slug)
        form.addRow(self.tr("The QR code &leads to:"), self.target_combo)
        self.source_edit = QLineEdit(self.tr("flyer-market"))
        self.source_edit.setObjectName("flyerSource")
        self.source_edit.setMaxLength(40)
        form.addRow(self.tr("Source &name:"), self.source_edit)
        source_hint = QLabel(self.tr("Shown in your statistics for the visits from this flyer: one name per place "
                                     "you hand it out, like flyer-market or parcel."))
        source_hint.setWordWrap(True)
        source_hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", source_hint)
        self.coupon_combo = QComboBox()
        self.coupon_combo.setObjectName("flyerCoupon")
        self.coupon_combo.addItem(self.tr("No discount code"), "")
        for c in usable_coupons(shop.coupons(), dt.date.today()):
            self.coupon_combo.addItem(c.code, c.code)
        form.addRow(self.tr("&Discount code:"), self.coupon_combo)
        row.addLayout(form, 1)
        preview = QVBoxLayout()
        self.qr_label = QLabel()
        self.qr_label.setObjectName("flyerQrPreview")
        self.qr_label.setFixedSize(PREVIEW_PIXELS, PREVIEW_PIXELS)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        preview.addWidget(self.qr_label)
        preview.addStretch(1)
        row.addLayout(preview)
        layout.addLayout(row)
        self.url_label = QLabel()
        self.url_label.setObjectName("flyerUrl")
        self.url_label.setWordWrap(True)
        self.url_label.setTextFormat(Qt.TextFormat.PlainText)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.url_label)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("flyerProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet("color: #a12622; font-weight: 600;")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.status_label = QLabel()
        self.status_label.setObjectName("flyerStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("flyerSaveButton")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.size_combo.currentIndexChanged.connect(self.refresh)
        self.target_combo.currentIndexChanged.connect(self.refresh)
        self.coupon_combo.currentIndexChanged.connect(self.refresh)
        self.source_edit.textEdited.connect(lambda _text: self._timer.start())
        self.save_button.clicked.connect(self.choose_and_save)
        if coupon and (index := self.coupon_combo.findData(coupon)) >= 0:
            self.coupon_combo.setCurrentIndex(index)
        if product and (index := self.target_combo.findData(product)) >= 0:
            self.target_combo.setCurrentIndex(index)
        self.refresh()

    # ------------------------------------------------------------------ the plan and its preview
    def _error_text(self, error: object) -> str:
        if isinstance(error, EchoppeError):
            return error.text(self.lang)
        return self.tr("Something unexpected went wrong ({what}). Try again; if it happens again, "
                       "please tell us what you were doing.").format(what=type(error).__name__)

    @Slot()
    def refresh(self) -> None:
        """Decide the flyer from the choices; show its QR code and address, or what is wrong."""
        self._timer.stop()
        try:
            self.plan = plan_flyer(self.shop, size=FlyerSize(self.size_combo.currentData()),
                                   product=self.target_combo.currentData() or None,
                                   coupon=self.coupon_combo.currentData() or None, source=self.source_edit.text())
        except FlyerError as exc:
            self.plan = None
            self.problem_label.setText(exc.text(self.lang))
            self.problem_label.show()
            self.qr_label.clear()
            self.url_label.setText("")
        else:
            self.problem_label.hide()
            self.qr_label.setPixmap(qr_pixmap(self.plan.url, self.plan.primary_color))
            self.qr_label.setAccessibleName(self.tr("QR code leading to {url}").format(url=self.plan.url))
            self.url_label.setText(self.tr("The QR code leads to: {url}").format(url=self.plan.url))
        self.save_button.setEnabled(self.plan is not None and self._worker is None)

    # ------------------------------------------------------------------ saving
    def default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
        name = self.tr("flyer") + (f"-{self.plan.source}" if self.plan is not None else "") + ".pdf"
        return base / name

    @Slot()
    def choose_and_save(self) -> None:
        self.refresh()  # the source name may have been typed a moment ago
        if self.plan is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the flyer"), str(self.default_path()),
                                                      self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.save(path)

    def save(self, path: Path) -> None:
        """Draw and write the flyer to ``path`` in a worker, then open it."""
        if self.plan is None or self._worker is not None:
            return
        worker = FlyerWorker(self.plan, path)
        worker.finished.connect(self._on_saved)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Making the flyer…"))
        run_in_thread(worker)

    @Slot(object)
    def _on_saved(self, path: Path) -> None:
        self._worker = None
        self.saved = path
        self.save_button.setEnabled(self.plan is not None)
        self.status_label.setText(self.tr("Flyer saved as {path}. Print it at actual size (100 %).")
                                  .format(path=str(path)))
        self.open_file(QUrl.fromLocalFile(str(path)))

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._worker = None
        self.save_button.setEnabled(self.plan is not None)
        self.status_label.setText("")
        self.problem_label.setText(self._error_text(error))
        self.problem_label.show()

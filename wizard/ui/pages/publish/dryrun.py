"""What a publish would change (the dry run): what customers would see, in plain words; the list of
files and their size only behind "Details"."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.pages.publish.results import SiteChanges, changes_lines


class ChangesDialog(QDialog):
    """The planned changes; ``list`` holds the files to send and delete (shown on "Details")."""

    def __init__(self, changes: SiteChanges, files: tuple[str, ...], deletions: tuple[str, ...],
                 bytes_total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changesDialog")
        self.setWindowTitle(self.tr("What will change"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        if not files and not deletions:
            summary = self.tr("Nothing to publish: your shop online is already up to date.")
        else:
            lines = changes_lines(changes) or [self.tr("Only technical files change: customers will see no "
                                                       "difference.")]
            summary = "\n".join([self.tr("If you publish now, your customers will see:"), *lines])
        self.summary = QLabel(summary)
        self.summary.setObjectName("changesSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.details_button = QPushButton(self.tr("&Details"))
        self.details_button.setObjectName("detailsButton")
        self.details_button.setCheckable(True)
        self.details_button.setVisible(bool(files or deletions))
        self.details_button.toggled.connect(self._show_details)
        layout.addWidget(self.details_button)
        self.details = QLabel(self.tr("{sent} files to send ({size}), {deleted} to delete.").format(
            sent=len(files), size=QLocale().formattedDataSize(bytes_total), deleted=len(deletions)))
        self.details.setObjectName("changesDetails")
        self.list = QListWidget()
        self.list.setObjectName("changesList")
        for path in files:
            self.list.addItem(self.tr("send: {path}").format(path=path))
        for path in deletions:
            self.list.addItem(self.tr("delete: {path}").format(path=path))
        layout.addWidget(self.details)
        layout.addWidget(self.list, 1)
        self._show_details(False)
        note = QLabel(self.tr("Nothing was sent: this only shows what \"Publish\" would do."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @Slot(bool)
    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.list.setVisible(shown)

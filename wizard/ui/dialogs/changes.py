"""What a publish would change (the dry run), in plain words with the list of files."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget


class ChangesDialog(QDialog):
    """Lists the files a publish would send and delete."""

    def __init__(self, files: tuple[str, ...], deletions: tuple[str, ...], bytes_total: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changesDialog")
        self.setWindowTitle(self.tr("What will change"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        if not files and not deletions:
            summary = self.tr("Nothing to publish: your site online is already up to date.")
        else:
            summary = self.tr("{sent} files to send ({size}), {deleted} to delete from your site.").format(
                sent=len(files), size=QLocale().formattedDataSize(bytes_total), deleted=len(deletions))
        self.summary = QLabel(summary)
        self.summary.setObjectName("changesSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setObjectName("changesList")
        for path in files:
            self.list.addItem(self.tr("send: {path}").format(path=path))
        for path in deletions:
            self.list.addItem(self.tr("delete: {path}").format(path=path))
        self.list.setVisible(bool(files or deletions))
        layout.addWidget(self.list, 1)
        note = QLabel(self.tr("Nothing was sent: this only shows what \"Publish\" would do."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

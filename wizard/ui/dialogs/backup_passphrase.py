"""Choose the backup passphrase that seals the copy of the shop sent to the host after each publish."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

MIN_LENGTH = 10


class BackupPassphraseDialog(QDialog):
    """Two fields that must match; OK stays disabled until they do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupPassphraseDialog")
        self.setWindowTitle(self.tr("Backup passphrase"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "After each publish, Échoppe sends an encrypted copy of your shop to your host, so a lost or "
            "broken computer does not take your shop with it. Only this passphrase opens it: write it down "
            "somewhere safe (it is not your host password). It is kept in this computer's password store."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.first = QLineEdit()
        self.first.setObjectName("backupPassphrase1")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Backup passphrase"))
        self.second = QLineEdit()
        self.second.setObjectName("backupPassphrase2")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("The same passphrase again"))
        layout.addWidget(QLabel(self.tr("Passphrase (at least {n} characters):").format(n=MIN_LENGTH)))
        layout.addWidget(self.first)
        layout.addWidget(QLabel(self.tr("The same again:")))
        layout.addWidget(self.second)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = len(self.first.text()) >= MIN_LENGTH and self.first.text() == self.second.text()
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(ok)

    def passphrase(self) -> str:
        return self.first.text()

"""Ask for the host password (or key passphrase) when it is not stored anywhere."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PasswordDialog(QDialog):
    """One password field, with a "remember" box only when a safe store exists."""

    def __init__(self, user: str, host: str, *, passphrase: bool = False, can_remember: bool = False,
                 storage_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Password needed"))
        layout = QVBoxLayout(self)
        if passphrase:
            text = self.tr("Passphrase of your key file, to connect as {user} to {host}:")
        else:
            text = self.tr("Password of {user} on {host} (it is in the e-mail your host sent you):")
        label = QLabel(text.format(user=user, host=host))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.edit = QLineEdit()
        self.edit.setObjectName("passwordDialogEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Password"))
        label.setBuddy(self.edit)
        layout.addWidget(self.edit)
        self.remember = QCheckBox(self.tr("&Remember it on this computer"))
        self.remember.setObjectName("passwordDialogRemember")
        self.remember.setVisible(can_remember)
        layout.addWidget(self.remember)
        if storage_text:
            where = QLabel(storage_text)
            where.setObjectName("hint")
            where.setWordWrap(True)
            layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit.setFocus()

    def password(self) -> str:
        return self.edit.text()

"""The host-key dialog: show the server's SHA-256 fingerprint, explain it, accept or refuse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class HostKeyDialog(QDialog):
    """Ask whether to trust a server seen for the first time. ``accepted`` = trust this fingerprint."""

    def __init__(self, host: str, port: int, key_type: str, fingerprint: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hostKeyDialog")
        self.fingerprint = fingerprint
        self.setWindowTitle(self.tr("Is this really your host?"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        where = host if port == 22 else f"{host}:{port}"
        intro = QLabel(self.tr(
            "This is the first time Échoppe connects to {server}. Every server has an identity card, "
            "its key; below is a short summary of it, called a fingerprint."
        ).format(server=where))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.fingerprint_label = QLabel(fingerprint)
        self.fingerprint_label.setObjectName("fingerprint")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.15)
        mono.setWeight(QFont.Weight.Bold)
        self.fingerprint_label.setFont(mono)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint of the server"))
        layout.addWidget(self.fingerprint_label)
        kind = QLabel(self.tr("Key type: {kind}").format(kind=key_type))
        kind.setObjectName("hint")
        layout.addWidget(kind)

        how = QLabel(self.tr(
            "How to check it: your host shows the fingerprint of its server in its control panel or help "
            "pages (look for \"SSH fingerprint\" or \"SHA256\"), or its support can tell you. If it is the "
            "same, accept: Échoppe remembers it and will warn you loudly if it ever changes. If it differs, "
            "refuse: you may not be talking to your host."
        ))
        how.setWordWrap(True)
        layout.addWidget(how)

        buttons = QDialogButtonBox()
        self.accept_button = QPushButton(self.tr("&Accept, it matches"))
        self.accept_button.setObjectName("acceptHostKey")
        self.refuse_button = QPushButton(self.tr("&Refuse"))
        self.refuse_button.setObjectName("refuseHostKey")
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.refuse_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refuse_button.setDefault(True)  # Enter alone never trusts a server
        self.refuse_button.setFocus()


def host_key_changed_box(text: str, parent: QWidget | None = None) -> QMessageBox:
    """A loud, blocking-looking (but non-modal-call) warning for a server whose key changed."""
    box = QMessageBox(parent)
    box.setObjectName("hostKeyChangedBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("HostKeyDialog", "Danger: the server's identity changed"))
    box.setText(QCoreApplication.translate("HostKeyDialog",
                                           "Publishing was stopped to protect your site and your password."))
    box.setInformativeText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box

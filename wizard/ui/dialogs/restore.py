"""Restore a shop: from a backup on this computer, or from the encrypted copy on the host.

The restored shop is always a new file beside the original (or where the person chooses): never over it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wizard.i18n import EchoppeError
from wizard.store.backups import BackupInfo
from wizard.store.shopfile import ShopFile


class RestoreDialog(QDialog):
    """Two tabs; ``restored`` holds the new shop file's path once :meth:`accept` ran."""

    def __init__(self, shop_path: Path | None = None, lang: str = "en", parent: QWidget | None = None,
                 open_shop: ShopFile | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a shop"))
        self.lang = lang
        self.restored: Path | None = None
        self._open_shop = open_shop  # the ShopFile already open for ``shop_path``, if any
        self._shop_path = shop_path
        self._backups: list[BackupInfo] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The restored shop opens as a new file: your current shop file is never "
                               "replaced."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self._build_local()
        self._build_host()
        self.problem = QLabel()
        self.problem.setObjectName("restoreProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #a12622; font-weight: 600;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if shop_path is not None:
            self.load_backups(shop_path)

    # ------------------------------------------------------------------ this computer
    def _build_local(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.shop_label = QLabel(self.tr("Choose the shop whose backups you want to see."))
        self.shop_label.setWordWrap(True)
        choose = QPushButton(self.tr("&Shop file…"))
        choose.clicked.connect(self._choose_shop)
        row.addWidget(self.shop_label, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("Backups of this shop"))
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Products"), self.tr("Orders"),
                                              self.tr("Size")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.tabs.addTab(page, self.tr("From this &computer"))

    def _choose_shop(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Which shop?"), str(self._shop_path or ""),
                                                      self.tr("Échoppe shops (*.echoppe)"))
        if chosen:
            self._open_shop = None
            self.load_backups(Path(chosen))

    def load_backups(self, shop_path: Path) -> None:
        from wizard.store import backups

        self._shop_path = shop_path
        self.shop_label.setText(self.tr("Backups of {name}:").format(name=shop_path.name))
        try:
            if self._open_shop is not None:
                found = backups.list_backups(self._open_shop)
            else:
                with ShopFile.open(shop_path) as shop:
                    found = backups.list_backups(shop)
        except EchoppeError as exc:
            self.problem.setText(exc.text(self.lang))
            found = []
        self._backups = found
        locale = QLocale()
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            when = info.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
            cells = [when, str(info.products), "—" if info.orders is None else str(info.orders),
                     locale.formattedDataSize(info.bytes)]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if found:
            self.table.selectRow(0)

    # ------------------------------------------------------------------ the host
    def _build_host(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("restoreHost")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(22)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("restoreUser")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("restorePassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder_edit = QLineEdit("www")
        self.folder_edit.setObjectName("restoreFolder")
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("restorePassphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        out_row = QHBoxLayout()
        self.out_edit = QLineEdit()
        self.out_edit.setObjectName("restoreOut")
        browse = QPushButton(self.tr("C&hoose…"))
        browse.clicked.connect(self._choose_out)
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(browse)
        form.addRow(self.tr("Server:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_spin)
        form.addRow(self.tr("Login:"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Site folder:"), self.folder_edit)
        form.addRow(self.tr("Backup passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("New shop file:"), out_row)
        self.tabs.addTab(page, self.tr("From my &host"))

    def _choose_out(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the restored shop as"),
                                                      self.out_edit.text(), self.tr("Échoppe shops (*.echoppe)"))
        if chosen:
            self.out_edit.setText(chosen if chosen.endswith(".echoppe") else chosen + ".echoppe")

    def set_host_fields(self, host: str, port: int, user: str, folder: str) -> None:
        self.host_edit.setText(host)
        self.port_spin.setValue(port)
        self.user_edit.setText(user)
        self.folder_edit.setText(folder)

    # ------------------------------------------------------------------ restoring
    def _restore(self) -> None:
        self.problem.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.tabs.currentIndex() == 0:
                self.restored = self._restore_local()
            else:
                self.restored = self._restore_host(None)
        except EchoppeError as exc:
            self.problem.setText(exc.text(self.lang))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.restored is not None:
            self.accept()

    def _restore_local(self) -> Path | None:
        from wizard.store import backups

        row = self.table.currentRow()
        if row < 0 or row >= len(self._backups) or self._shop_path is None:
            self.problem.setText(self.tr("Choose a backup in the list first."))
            return None
        info = self._backups[row]
        return backups.restore(info.path, backups.restore_name(self._shop_path, info.made_at))

    def _restore_host(self, accept_fingerprint: str | None) -> Path | None:
        from wizard.domain.model import PublishTarget
        from wizard.publish import KnownHosts, UnknownHostKey
        from wizard.publish.host_backup import restore_from_host

        out = self.out_edit.text().strip()
        if not (self.host_edit.text().strip() and self.user_edit.text().strip() and out
                and self.passphrase_edit.text()):
            self.problem.setText(self.tr("Fill in the server, the login, the backup passphrase and the new "
                                         "file's name."))
            return None
        target = PublishTarget(host=self.host_edit.text().strip(), port=self.port_spin.value(),
                               user=self.user_edit.text().strip(), path=self.folder_edit.text().strip())
        try:
            return restore_from_host(target, self.password_edit.text(), self.passphrase_edit.text(), Path(out),
                                     known_hosts=KnownHosts(), accept_fingerprint=accept_fingerprint)
        except UnknownHostKey as exc:
            answer = QMessageBox.question(self, self.tr("Unknown server"), exc.text(self.lang))
            if answer == QMessageBox.StandardButton.Yes:
                return self._restore_host(exc.fingerprint)
            return None

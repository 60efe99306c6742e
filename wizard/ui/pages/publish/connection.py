"""Where the shop goes: a folder on this computer, or a web host over SFTP (server, login, key, folder),
and the shop's web address. The form only edits a :class:`PublishTarget`; the page saves it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.model import AuthMethod, PublishTarget, Shop
from wizard.domain.slugs import slugify
from wizard.domain.urls import InvalidAddress, address_draft
from wizard.publish.credentials import StorageInfo
from wizard.publish.presets import HOST_PRESETS, HostPreset
from wizard.ui.pages.publish.fields import add_field, add_row


class TargetForm(QObject):
    """The folder or host settings; ``edited`` after each change, ``editingDone`` when a field is left.

    The form's group boxes (``boxes``) go straight into the page's layout, so that showing the host
    box resizes the page at once, as it did before the split."""

    edited = Signal()
    editingDone = Signal()
    presetChosen = Signal()  # the person picked a host in the list

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.presets: list[HostPreset] = list(HOST_PRESETS)
        self._storage: StorageInfo | None = None
        self._lang = "en"
        self.boxes: list[QGroupBox] = []
        self._build_where()
        self._build_folder()
        self._build_host()
        self._build_address()
        for edit in (self.folder_edit, self.host_edit, self.user_edit, self.key_edit, self.path_edit,
                     self.url_edit):
            edit.textEdited.connect(self.edited)
            edit.editingFinished.connect(self.editingDone)
        self.port_spin.valueChanged.connect(self.edited)
        self.mode_folder.toggled.connect(self._on_toggled)
        self.auth_password.toggled.connect(self._on_toggled)
        self.preset_combo.activated.connect(self._on_preset_chosen)
        self.folder_button.clicked.connect(self._choose_folder)
        self.key_button.clicked.connect(self._choose_key)
        self.update_mode()

    # ------------------------------------------------------------------ widgets
    def _build_where(self) -> None:
        where = QGroupBox(self.tr("Where should your shop go?"))
        where_layout = QVBoxLayout(where)
        self.mode_folder = QRadioButton(self.tr("In a &folder on this computer (no host yet, or to try)"))
        self.mode_folder.setObjectName("modeFolder")
        self.mode_host = QRadioButton(self.tr("On my &web host, over SFTP"))
        self.mode_host.setObjectName("modeHost")
        self._mode_group = QButtonGroup(self)
        self._mode_group.addButton(self.mode_folder)
        self._mode_group.addButton(self.mode_host)
        self.mode_folder.setChecked(True)
        where_layout.addWidget(self.mode_folder)
        where_layout.addWidget(self.mode_host)
        self.boxes.append(where)

    def _build_folder(self) -> None:
        self.folder_box = QGroupBox(self.tr("Folder"))
        folder_row = QHBoxLayout(self.folder_box)
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("folderEdit")
        self.folder_edit.setAccessibleName(self.tr("Folder to publish into"))
        self.folder_button = QPushButton(self.tr("C&hoose…"))
        self.folder_button.setObjectName("folderButton")
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        self.boxes.append(self.folder_box)

    def _build_host(self) -> None:
        self.host_box = QGroupBox(self.tr("Your web host"))
        form = QFormLayout(self.host_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.preset_combo = QComboBox()
        add_row(form, self.tr("&Host:"), self.preset_combo, "presetCombo")
        self.preset_note = QLabel()
        self.preset_note.setWordWrap(True)
        add_row(form, "", self.preset_note, "presetNote")
        self.host_edit = add_field(form, self.tr("&Server:"), "hostEdit",
                                   placeholder=self.tr("e.g. ftp.my-shop.fr")).edit
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(22)
        add_row(form, self.tr("P&ort:"), self.port_spin, "portSpin")
        self.user_edit = add_field(form, self.tr("&Login:"), "userEdit").edit

        auth_row = QHBoxLayout()
        self.auth_password = QRadioButton(self.tr("Pass&word"))
        self.auth_password.setObjectName("authPassword")
        self.auth_key = QRadioButton(self.tr("&Key file"))
        self.auth_key.setObjectName("authKey")
        self._auth_group = QButtonGroup(self)
        self._auth_group.addButton(self.auth_password)
        self._auth_group.addButton(self.auth_key)
        self.auth_password.setChecked(True)
        auth_row.addWidget(self.auth_password)
        auth_row.addWidget(self.auth_key)
        auth_row.addStretch(1)
        form.addRow(self.tr("Sign in with:"), auth_row)

        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel(self.tr("&Password:"))
        self.password_label.setBuddy(self.password_edit)
        form.addRow(self.password_label, self.password_edit)
        self.remember_check = QCheckBox(self.tr("Re&member the password on this computer"))
        add_row(form, "", self.remember_check, "rememberCheck")
        self.storage_label = QLabel()
        self.storage_label.setWordWrap(True)
        add_row(form, "", self.storage_label, "storageLabel")

        key_row = QHBoxLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("keyFileEdit")
        self.key_edit.setAccessibleName(self.tr("Key file"))
        self.key_button = QPushButton(self.tr("Choose…"))
        self.key_button.setObjectName("keyFileButton")
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.key_button)
        self.key_label = QLabel(self.tr("Key file:"))
        form.addRow(self.key_label, key_row)
        self.key_row_widgets: tuple[QWidget, ...] = (self.key_label, self.key_edit, self.key_button)

        self.path_edit = add_field(form, self.tr("Fol&der of your site:"), "remotePathEdit",
                                   placeholder=self.tr("e.g. www/ or public_html/")).edit

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.test_button.setObjectName("testButton")
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addRow("", test_row)
        self.boxes.append(self.host_box)

    def _build_address(self) -> None:
        url_box = QGroupBox(self.tr("Address of your shop"))
        url_form = QFormLayout(url_box)
        row = add_field(
            url_form, self.tr("&Web address:"), "publicUrlEdit", placeholder=self.tr("https://www.my-shop.fr/"),
            help_text=self.tr("The address people type to visit your shop (your host or domain name "
                              "registrar tells you). Échoppe checks after publishing that it works."),
            problem=True)
        self.url_edit = row.edit
        assert row.problem is not None
        self.url_problem = row.problem  # a javascript: (or data:, file:) address: never saved, said at once
        self.url_edit.textChanged.connect(self._check_address)
        self.boxes.append(url_box)

    # ------------------------------------------------------------------ engine data
    def set_presets(self) -> None:
        """Fill the host list from the engine's presets (plus "Other host")."""
        self.preset_combo.clear()
        for preset in self.presets:
            self.preset_combo.addItem(preset.name, preset.id)
        if self.preset_combo.findData("custom") < 0:
            self.preset_combo.addItem(self.tr("Other host"), "custom")

    def set_storage(self, storage: StorageInfo | None, lang: str) -> None:
        self._storage = storage
        self._lang = lang
        self.update_mode()

    # ------------------------------------------------------------------ file <-> widgets
    def load(self, settings: Shop) -> None:
        target = settings.target
        self.host_edit.setText(target.host)
        self.port_spin.setValue(target.port or 22)
        self.user_edit.setText(target.user)
        self.path_edit.setText(target.path)
        self.key_edit.setText(target.key_file)
        (self.auth_key if target.auth == AuthMethod.KEY else self.auth_password).setChecked(True)
        self.url_edit.setText(target.public_url or settings.identity.public_url)
        index = self.preset_combo.findData(target.preset)
        self.preset_combo.setCurrentIndex(max(index, 0))
        folder = target.local_folder or self._default_folder(settings.identity.name)
        self.folder_edit.setText(folder)
        (self.mode_host if target.host else self.mode_folder).setChecked(True)
        self._show_preset_note()
        self.update_mode()

    def current_target(self) -> PublishTarget:
        """The target as typed (host fields are kept even in folder mode, and the other way round)."""
        use_host = self.mode_host.isChecked()
        return PublishTarget(
            preset=str(self.preset_combo.currentData() or "custom"),
            host=self.host_edit.text().strip() if use_host else "",
            port=self.port_spin.value(),
            user=self.user_edit.text().strip(),
            path=self.path_edit.text().strip(),
            auth=AuthMethod.KEY if self.auth_key.isChecked() else AuthMethod.PASSWORD,
            key_file=self.key_edit.text().strip(),
            public_url=self.url_edit.text().strip(),
            local_folder=self.folder_edit.text().strip(),
        )

    @staticmethod
    def _default_folder(shop_name: str) -> str:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        base = Path(docs or Path.home())
        return str(base / f"{slugify(shop_name) or 'shop'}-site")

    def current_preset(self) -> HostPreset | None:
        wanted = self.preset_combo.currentData()
        return next((p for p in self.presets if p.id == wanted), None)

    # ------------------------------------------------------------------ reactions
    @Slot(bool)
    def _on_toggled(self, _checked: bool) -> None:
        self.update_mode()
        self.edited.emit()

    def update_mode(self) -> None:
        host = self.mode_host.isChecked()
        self.host_box.setVisible(host)
        self.folder_box.setVisible(not host)
        by_key = self.auth_key.isChecked()
        for w in self.key_row_widgets:
            w.setVisible(by_key)
        self.password_label.setText(self.tr("Key &passphrase:") if by_key else self.tr("&Password:"))
        self.password_edit.setPlaceholderText(self.tr("leave empty if the key has none") if by_key else "")
        storage = self._storage
        safe = storage is not None and storage.safe
        self.remember_check.setVisible(safe)
        if storage is not None:
            self.storage_label.setText(storage.message.text(self._lang))
        else:
            self.storage_label.setText(self.tr("The password will be asked each time: it is never written "
                                               "in the shop file."))
        if not safe:
            self.remember_check.setChecked(False)

    @Slot(str)
    def choose_preset(self, preset_id: str) -> None:
        """Select the host ``preset_id`` as if chosen in the list (the host list of the folder mode)."""
        index = self.preset_combo.findData(preset_id)
        if index >= 0 and index != self.preset_combo.currentIndex():
            self.preset_combo.setCurrentIndex(index)
            self._on_preset_chosen(index)

    @Slot(int)
    def _on_preset_chosen(self, _index: int) -> None:
        preset = self.current_preset()
        if preset is not None:
            if preset.port:
                self.port_spin.setValue(preset.port)
            self.path_edit.setText(preset.path)
            if preset.host_hint and not self.host_edit.text().strip():
                self.host_edit.setPlaceholderText(preset.host_hint)
        self._show_preset_note()
        self.presetChosen.emit()
        self.edited.emit()

    def _show_preset_note(self) -> None:
        preset = self.current_preset()
        note = preset.note.text(self._lang) if preset is not None else ""
        self.preset_note.setText(note)
        self.preset_note.setVisible(bool(note))

    @Slot()
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.folder_box, self.tr("Folder to publish into"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
            self.edited.emit()
            self.editingDone.emit()

    @Slot()
    def _choose_key(self) -> None:
        start = str(Path.home() / ".ssh")
        path, _ = QFileDialog.getOpenFileName(self.host_box, self.tr("Your private key file"), start)
        if path:
            self.key_edit.setText(path)
            self.edited.emit()

    # ------------------------------------------------------------------ checks
    def address_problem(self) -> str | None:
        """Why the typed address can be neither saved nor used (``javascript:``…); None for an address or a
        draft still being typed (``www.my-shop.fr``)."""
        try:
            address_draft(self.url_edit.text().strip())
        except InvalidAddress as error:
            return error.text(self._lang)
        return None

    @Slot()
    def _check_address(self) -> None:
        problem = self.address_problem()
        self.url_problem.show_problems([problem] if problem else [])

    def problems(self) -> list[str]:
        """What stops a test or a publish before anything runs, in plain words."""
        target = self.current_target()
        problems = [address] if (address := self.address_problem()) else []
        if not target.host:
            if not target.local_folder:
                problems.append(self.tr("Choose the folder to publish into."))
            return problems
        if re.match(r"^\w+://", target.host):
            problems.append(self.tr("Type only the server's name, without \"sftp://\" or \"https://\"."))
        if not target.user:
            problems.append(self.tr("Type your login (the user name your host gave you)."))
        if target.auth == AuthMethod.KEY and not target.key_file:
            problems.append(self.tr("Choose your key file, or sign in with a password."))
        return problems

    def set_busy(self, busy: bool) -> None:
        for w in (self.test_button, self.mode_folder, self.mode_host, self.host_box, self.folder_box):
            w.setEnabled(not busy)


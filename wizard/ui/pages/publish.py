"""The last step: where the site goes (a host over SFTP, or a folder here), test, publish, open.

All network and build work runs in workers (``wizard.ui.workers``); this page only reacts to their
signals. Settings are saved to the shop file as they are typed; the password never is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
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
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.model import AuthMethod, LegalIdentity, PublishTarget
from wizard.domain.slugs import slugify
from wizard.i18n import EchoppeError
from wizard.publish.credentials import StorageInfo, get_password, password_storage, store_password
from wizard.publish.errors import (
    AuthenticationFailed,
    HostKeyChanged,
    SecretRequired,
    UnknownHostKey,
)
from wizard.publish.events import Probed
from wizard.publish.host_backup import HostCopy
from wizard.publish.options import PublishOptions
from wizard.publish.presets import HOST_PRESETS, HostPreset
from wizard.publish.retry import QuestionKind, RetryQuestion, question_for
from wizard.publish.sftp import ConnectionInfo
from wizard.publish.shop import Built
from wizard.ui.dialogs.changes import ChangesDialog
from wizard.ui.dialogs.hostkey import HostKeyDialog, host_key_changed_box
from wizard.ui.dialogs.password import PasswordDialog
from wizard.ui.pages.base import BasePage
from wizard.ui.session import ShopSession, StartMode
from wizard.ui.workers import (
    ConnectionTestWorker,
    PublishResult,
    PublishWorker,
    Stage,
    Worker,
    run_in_thread,
)


class _AutoLabel(QLabel):
    """A label that takes no room while it has nothing to say."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setVisible(bool(text))

    def setText(self, text: str) -> None:  # Qt naming
        super().setText(text)
        self.setVisible(bool(text))


class PublishPage(BasePage):
    """Host or folder, login, test, publish with progress and cancel, then the live address."""

    published = Signal(object)  # the engine's Finished event

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("publishPage")
        self.setTitle(self.tr("Publish your shop"))
        self.setSubTitle(self.tr("Put your shop on the Web, or in a folder on this computer to try it."))
        self.setCommitPage(True)
        self.set_help(self.tr(
            "Your web host gave you an SFTP login: a server name, a user name and a password, and the "
            "folder your site goes in. Choose your host in the list to fill the usual values, then click "
            "\"Test the connection\". No host yet? Publish to a folder on this computer: you can open "
            "your shop from there and publish it online later. Only what changed is sent each time."
        ))
        self._busy = False
        self._auto_started = False
        self._worker: Worker | None = None
        self._accepted_fingerprint: str | None = None
        self._force = False
        self._pending_secret: str | None = None
        self._pending_dry_run = False
        self._remember_after_success: str | None = None
        self.live_url = ""
        self.last_outcome: PublishResult | None = None
        self.last_error: object = None
        self.dialog: QWidget | None = None  # the dialog currently shown (tests look at it)
        # Where passwords go is asked when the page is first shown (the keyring may be slow to answer).
        self._storage: StorageInfo | None = None
        self._engine_ready = False
        self._build_form()
        self._build_actions()
        self._update_mode()

    # ------------------------------------------------------------------ widgets
    def _build_form(self) -> None:
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
        self.body.addWidget(where)

        # --- folder target
        self.folder_box = QGroupBox(self.tr("Folder"))
        folder_row = QHBoxLayout(self.folder_box)
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("folderEdit")
        self.folder_edit.setAccessibleName(self.tr("Folder to publish into"))
        self.folder_button = QPushButton(self.tr("C&hoose…"))
        self.folder_button.setObjectName("folderButton")
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        self.body.addWidget(self.folder_box)

        # --- host target
        self.host_box = QGroupBox(self.tr("Your web host"))
        form = QFormLayout(self.host_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("presetCombo")
        self._preset_objects: list[HostPreset] = list(HOST_PRESETS)
        form.addRow(self.tr("&Host:"), self.preset_combo)
        self.preset_note = QLabel()
        self.preset_note.setObjectName("presetNote")
        self.preset_note.setWordWrap(True)
        form.addRow("", self.preset_note)
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("hostEdit")
        self.host_edit.setPlaceholderText(self.tr("e.g. ftp.my-shop.fr"))
        form.addRow(self.tr("&Server:"), self.host_edit)
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("portSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(22)
        form.addRow(self.tr("P&ort:"), self.port_spin)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userEdit")
        form.addRow(self.tr("&Login:"), self.user_edit)

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
        self.remember_check.setObjectName("rememberCheck")
        form.addRow("", self.remember_check)
        self.storage_label = QLabel()
        self.storage_label.setObjectName("storageLabel")
        self.storage_label.setWordWrap(True)
        form.addRow("", self.storage_label)

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
        self.key_row_widgets = (self.key_label, self.key_edit, self.key_button)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("remotePathEdit")
        self.path_edit.setPlaceholderText(self.tr("e.g. www/ or public_html/"))
        form.addRow(self.tr("Fol&der of your site:"), self.path_edit)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.test_button.setObjectName("testButton")
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addRow("", test_row)
        self.body.addWidget(self.host_box)

        url_box = QGroupBox(self.tr("Address of your shop"))
        url_form = QFormLayout(url_box)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("publicUrlEdit")
        self.url_edit.setPlaceholderText(self.tr("https://www.my-shop.fr/"))
        url_form.addRow(self.tr("&Web address:"), self.url_edit)
        url_hint = QLabel(self.tr("The address people type to visit your shop (your host or domain name "
                                  "registrar tells you). Échoppe checks after publishing that it works."))
        url_hint.setObjectName("hint")
        url_hint.setWordWrap(True)
        url_form.addRow("", url_hint)
        self.body.addWidget(url_box)

        # Every change saves the settings (never the password).
        for edit in (self.folder_edit, self.host_edit, self.user_edit, self.key_edit, self.path_edit,
                     self.url_edit):
            edit.textEdited.connect(self.autosave.poke)
            edit.editingFinished.connect(self.autosave.flush)
        self.port_spin.valueChanged.connect(self.autosave.poke)
        self.mode_folder.toggled.connect(self._on_mode_toggled)
        self.auth_password.toggled.connect(self._on_auth_toggled)
        self.preset_combo.activated.connect(self._on_preset_chosen)
        self.folder_button.clicked.connect(self._choose_folder)
        self.key_button.clicked.connect(self._choose_key)
        self.test_button.clicked.connect(self.test_connection)

    def _build_actions(self) -> None:
        box = QGroupBox(self.tr("Publish"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.publish_button = QPushButton(self.tr("&Publish"))
        self.publish_button.setObjectName("publishButton")
        self.publish_button.setDefault(True)
        self.dry_run_button = QPushButton(self.tr("What will &change?"))
        self.dry_run_button.setObjectName("dryRunButton")
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        row.addWidget(self.publish_button)
        row.addWidget(self.dry_run_button)
        self.passphrase_button = QPushButton(self.tr("Back&up passphrase…"))
        self.passphrase_button.setObjectName("backupPassphraseButton")
        self.passphrase_button.clicked.connect(self.choose_backup_passphrase)
        row.addWidget(self.passphrase_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("publishProgress")
        self.progress_bar.setVisible(False)
        self.progress_bar.setAccessibleName(self.tr("Publishing progress"))
        layout.addWidget(self.progress_bar)
        self.progress_label = _AutoLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setWordWrap(True)
        layout.addWidget(self.progress_label)
        self.error_label = QLabel()
        self.error_label.setObjectName("publishError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #a12622; font-weight: 600;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("buildWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.setStyleSheet("color: #7a4b00;")
        self.warnings_label.hide()
        layout.addWidget(self.warnings_label)
        done_row = QHBoxLayout()
        self.live_label = _AutoLabel()
        self.live_label.setObjectName("liveLabel")
        self.live_label.setWordWrap(True)
        self.live_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open my shop"))
        self.open_button.setObjectName("openShopButton")
        self.open_button.hide()
        done_row.addWidget(self.live_label, 1)
        done_row.addWidget(self.open_button)
        layout.addLayout(done_row)
        self.body.addStretch(1)
        # Pinned under the scrolled form: the Publish button and the progress are always in sight.
        outer = self.layout()
        if outer is not None:
            outer.addWidget(box)
        else:
            self.body.addWidget(box)

        self.publish_button.clicked.connect(self.publish)
        self.dry_run_button.clicked.connect(self.dry_run)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self.open_shop)

    # ------------------------------------------------------------------ file <-> widgets
    def _ensure_engine(self) -> None:
        """Fill what comes from the publishing engine: host presets, where passwords are stored."""
        if self._engine_ready:
            return
        self._engine_ready = True
        self._storage = password_storage()
        self.preset_combo.clear()
        for preset in self._preset_objects:
            self.preset_combo.addItem(preset.name, preset.id)
        if self.preset_combo.findData("custom") < 0:
            self.preset_combo.addItem(self.tr("Other host"), "custom")
        self._update_mode()

    def initializePage(self) -> None:
        self._ensure_engine()
        super().initializePage()
        if self.session.start_mode == StartMode.PUBLISH_NOW and not self._auto_started:
            # "Publish my changes" on the welcome page: one click, publishing starts at once.
            self._auto_started = True
            QTimer.singleShot(0, self.publish)

    def load(self) -> None:
        shop = self.session.shop
        settings = shop.shop()
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
        self._update_mode()
        again = self.session.published_before()
        self.publish_button.setText(self.tr("&Publish my changes") if again else self.tr("&Publish"))

    def save(self) -> None:
        shop = self.session.shop
        settings = shop.shop()
        target = self.current_target()
        legal = settings.legal
        changes: list[PublishTarget | LegalIdentity] = [target]
        preset = self._current_preset()
        identity = preset.host_identity if preset is not None else None
        if identity is not None and target.host and not legal.host_name:
            # The "mentions légales" must name the host: fill it from the preset when still empty.
            changes.append(replace(legal, host_name=identity.name, host_address=identity.address,
                                   host_phone=identity.phone))
        if target != settings.target or len(changes) > 1:
            shop.save_settings(*changes)

    def _save_now(self) -> None:
        """Write the form to the shop file now (the engine publishes what the file says)."""
        self.autosave.flush()
        if self.session.is_open:
            self.save()

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

    def _default_folder(self, shop_name: str) -> str:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        base = Path(docs or Path.home())
        return str(base / f"{slugify(shop_name) or 'shop'}-site")

    # ------------------------------------------------------------------ reactions
    @Slot(bool)
    def _on_mode_toggled(self, _checked: bool) -> None:
        self._update_mode()
        self.autosave.poke()

    @Slot(bool)
    def _on_auth_toggled(self, _checked: bool) -> None:
        self._update_mode()
        self.autosave.poke()

    def _update_mode(self) -> None:
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
            self.storage_label.setText(storage.message.text(self.lang))
        else:
            self.storage_label.setText(self.tr("The password will be asked each time: it is never written "
                                               "in the shop file."))
        if not safe:
            self.remember_check.setChecked(False)
        self.dry_run_button.setEnabled(not self._busy)

    def _current_preset(self) -> HostPreset | None:
        wanted = self.preset_combo.currentData()
        return next((p for p in self._preset_objects if p.id == wanted), None)

    @Slot(int)
    def _on_preset_chosen(self, _index: int) -> None:
        preset = self._current_preset()
        if preset is not None:
            if preset.port:
                self.port_spin.setValue(preset.port)
            self.path_edit.setText(preset.path)
            if preset.host_hint and not self.host_edit.text().strip():
                self.host_edit.setPlaceholderText(preset.host_hint)
        self._show_preset_note()
        self.autosave.poke()

    def _show_preset_note(self) -> None:
        preset = self._current_preset()
        note = preset.note.text(self.lang) if preset is not None else ""
        self.preset_note.setText(note)
        self.preset_note.setVisible(bool(note))

    @Slot()
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder to publish into"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
            self.autosave.poke()
            self.autosave.flush()

    @Slot()
    def _choose_key(self) -> None:
        start = str(Path.home() / ".ssh")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Your private key file"), start)
        if path:
            self.key_edit.setText(path)
            self.autosave.poke()

    # ------------------------------------------------------------------ checks
    def _problems(self) -> list[str]:
        target = self.current_target()
        problems = []
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

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _error_text(self, error: object) -> str:
        if isinstance(error, EchoppeError):
            return error.text(self.lang)
        return self.tr("Something unexpected went wrong ({what}). Try again; if it happens again, "
                       "please tell us what you were doing.").format(what=type(error).__name__)

    def isComplete(self) -> bool:
        return not self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (self.publish_button, self.dry_run_button, self.test_button, self.mode_folder,
                  self.mode_host, self.host_box, self.folder_box):
            w.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.completeChanged.emit()

    @property
    def busy(self) -> bool:
        return self._busy

    # ------------------------------------------------------------------ secrets
    def _secret_or_ask(self, then: str) -> bool:
        """Find the password/passphrase; when none is known, ask in a dialog and resume ``then``.

        Returns True when ``self._pending_secret`` is ready now.
        """
        target = self.current_target()
        if not target.host:
            self._pending_secret = None
            return True
        typed = self.password_edit.text()
        if typed:
            self._pending_secret = typed
            if self.remember_check.isChecked():
                self._remember_after_success = typed
            return True
        stored = self._stored_password(target)
        if stored or target.auth == AuthMethod.KEY:
            # A key may have no passphrase: the engine says so if it needs one.
            self._pending_secret = stored or None
            return True
        storage = self._storage
        dialog = PasswordDialog(
            target.user, target.host, passphrase=False, can_remember=storage is not None and storage.safe,
            storage_text=storage.message.text(self.lang) if storage is not None else "", parent=self)
        dialog.accepted.connect(lambda: self._on_password_given(dialog, then))
        dialog.rejected.connect(self._on_dialog_closed)
        self.dialog = dialog
        dialog.open()
        return False

    def _on_password_given(self, dialog: PasswordDialog, then: str) -> None:
        self.dialog = None
        self._pending_secret = dialog.password()
        if dialog.remember.isChecked():
            self._remember_after_success = dialog.password()
        if then == "test":
            self._start_test()
        else:
            self._start_publish()

    @Slot()
    def _on_dialog_closed(self) -> None:
        self.dialog = None

    @staticmethod
    def _stored_password(target: PublishTarget) -> str | None:
        return get_password(target)

    def _remember_password(self, target: PublishTarget) -> None:
        password, self._remember_after_success = self._remember_after_success, None
        if not password or self._storage is None or not self._storage.safe:
            return
        try:
            store_password(target, password)
        except Exception as exc:  # keep the publish result; say the password was not kept
            self.storage_label.setText(self._error_text(exc))

    @staticmethod
    def _make_secret(password: str | None) -> str | None:
        """The engine's secret: the password, or the key's passphrase (None: none typed)."""
        return password or None

    # ------------------------------------------------------------------ connection test
    @Slot()
    def test_connection(self) -> None:
        self._save_now()
        problems = self._problems()
        self._show_error("\n".join(problems))
        if problems or self._busy or not self.mode_host.isChecked():
            return
        if self._secret_or_ask("test"):
            self._start_test()

    def _start_test(self) -> None:
        self.test_result.setText(self.tr("Connecting…"))
        self._show_error("")
        worker = ConnectionTestWorker(self.current_target(), self._make_secret(self._pending_secret),
                                      accept_fingerprint=self._accepted_fingerprint)
        worker.finished.connect(self._on_test_ok)
        worker.failed.connect(self._on_test_failed)
        self._run(worker)

    @Slot(object)
    def _on_test_ok(self, info: ConnectionInfo) -> None:
        self._set_busy(False)
        self._worker = None
        target = self.current_target()
        folder = target.path or "/"
        exists = info.folder_exists
        writable = info.writable
        if exists and writable:
            text = self.tr("It works: connected to {server}, the folder {folder} is ready.")
        elif not exists:
            text = self.tr("Connected to {server}, but the folder {folder} does not exist yet: it will be "
                           "created when you publish. Check its name (for example www/ or public_html/).")
        else:
            text = ""
            self._show_error(self.tr("Connected to {server}, but this login may not write in the folder "
                                     "{folder}. Check the folder of your site, or ask your host.")
                             .format(server=target.host, folder=folder))
        self.test_result.setText(text.format(server=target.host, folder=folder))
        self._remember_password(target)

    @Slot(object)
    def _on_test_failed(self, error: object) -> None:
        self._set_busy(False)
        self._worker = None
        self.test_result.setText("")
        self._handle_failure(error, retry="test")

    # ------------------------------------------------------------------ publishing
    @Slot()
    def publish(self) -> None:
        self._begin(dry_run=False)

    @Slot()
    def dry_run(self) -> None:
        self._begin(dry_run=True)

    def _begin(self, dry_run: bool) -> None:
        if self._busy:
            return
        self._save_now()
        problems = self._problems()
        self._show_error("\n".join(problems))
        if problems:
            return
        self._pending_dry_run = dry_run
        if self._secret_or_ask("publish"):
            self._start_publish()

    def _start_publish(self) -> None:
        self._show_error("")
        self.warnings_label.hide()
        self.live_label.setText("")
        self.open_button.hide()
        self.progress_bar.setVisible(True)
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Preparing your pages…"))
        worker = PublishWorker(self.session.shop, self._make_secret(self._pending_secret), self._options())
        worker.stage.connect(self._on_stage)
        worker.progress.connect(self._on_progress)
        worker.bytesProgress.connect(self._on_bytes)
        worker.finished.connect(self._on_publish_done)
        worker.failed.connect(self._on_publish_failed)
        self._bytes_text = ""
        self._files_text = ""
        self._stage = Stage.BUILD
        self._run(worker)

    def _run(self, worker: Worker) -> None:
        self._worker = worker
        self._set_busy(True)
        run_in_thread(worker)

    @Slot()
    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping after the file being sent…"))

    @Slot(str)
    def _on_stage(self, stage: str) -> None:
        self._stage = stage
        texts = {
            Stage.BUILD: self.tr("Preparing your pages…"),
            Stage.CONNECT: self.tr("Connecting to your host…"),
            Stage.SEND: self.tr("Sending your shop…"),
            Stage.DELETE: self.tr("Removing pages you deleted…"),
            Stage.CHECK: self.tr("Checking your shop's address…"),
        }
        if stage in texts:
            self.progress_label.setText(texts[stage])
        if stage in (Stage.CONNECT, Stage.DELETE, Stage.CHECK):
            self.progress_bar.setRange(0, 0)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, _label: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if self._stage == Stage.BUILD:
            self.progress_label.setText(self.tr("Preparing your pages… {done} of {total}")
                                        .format(done=done, total=total))
        else:
            self._files_text = self.tr("{done} of {total} files").format(done=done, total=total)
            self._show_send_progress()

    @Slot(object, object, object)
    def _on_bytes(self, done: int, total: int, seconds_left: float | None) -> None:
        loc = QLocale()
        text = self.tr("{done} of {total}").format(done=loc.formattedDataSize(int(done)),
                                                   total=loc.formattedDataSize(int(total)))
        if seconds_left is not None:
            text += " · " + self._time_left(seconds_left)
        self._bytes_text = text
        self._show_send_progress()

    def _show_send_progress(self) -> None:
        parts = [p for p in (self._files_text, self._bytes_text) if p]
        self.progress_label.setText(self.tr("Sending your shop: {details}").format(details=" · ".join(parts)))

    def _time_left(self, seconds: float) -> str:
        if seconds < 5:
            return self.tr("a few seconds left")
        if seconds < 90:
            return self.tr("about {n} s left").format(n=int(round(seconds / 5) * 5) or 5)
        return self.tr("about {n} min left").format(n=round(seconds / 60))

    @Slot(object)
    def _on_publish_done(self, outcome: PublishResult) -> None:
        self.last_outcome = outcome
        self.last_error = None
        self._worker = None
        self._set_busy(False)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        target = self.current_target()
        self._remember_password(target)
        self._force = False
        if outcome.dry_run:
            planned = outcome.planned
            self.progress_label.setText(self.tr("Nothing was sent."))
            dialog = ChangesDialog(planned.files if planned else (), planned.deletions if planned else (),
                                   planned.bytes_total if planned else 0, parent=self)
            dialog.finished.connect(self._on_dialog_closed)
            self.dialog = dialog
            dialog.open()
            return
        self._show_build_warnings(outcome.built)
        fin = outcome.finished
        sent = fin.sent if fin else 0
        deleted = fin.deleted if fin else 0
        if sent == 0 and deleted == 0:
            summary = self.tr("Your shop was already up to date: nothing needed sending.")
        else:
            summary = self.tr("Done: {sent} files sent ({size}), {deleted} removed, in {seconds} s.").format(
                sent=sent, size=QLocale().formattedDataSize(fin.bytes if fin else 0), deleted=deleted,
                seconds=QLocale().toString(fin.seconds if fin else 0.0, "f", 1))
        self.progress_label.setText(summary)
        problems = [ev.problem for ev in outcome.events
                    if isinstance(ev, Probed) and not ev.ok and ev.problem is not None]
        if problems:
            self._show_error("\n".join(p.text(self.lang) for p in problems))
        copies = [ev.message for ev in outcome.events if isinstance(ev, HostCopy) and ev.message]
        if copies:  # the encrypted copy on the host: sent, failed, or the one-time no-passphrase note
            self.progress_label.setText(summary + "\n" + copies[-1].text(self.lang))
        url = (fin.url if fin else "") or self._folder_url(target)
        self.live_url = url
        if url:
            self.live_label.setText(self.tr("Your shop is at: {url}").format(url=url))
            self.open_button.show()
        else:
            self.live_label.setText(self.tr(
                "Your shop is online, in the folder {folder} of {server}. Type its web address in "
                "\"Address of your shop\" above: Échoppe will check it and you can open it from here."
            ).format(folder=target.path or "/", server=target.host))
        self.publish_button.setText(self.tr("&Publish my changes"))
        self.published.emit(fin)

    def choose_backup_passphrase(self) -> None:
        """Ask for the backup passphrase (twice) and keep it in the password store."""
        from wizard.ui.dialogs.backup_passphrase import BackupPassphraseDialog

        dialog = BackupPassphraseDialog(self)
        dialog.accepted.connect(lambda: self._keep_backup_passphrase(dialog.passphrase()))
        self.dialog = dialog
        dialog.open()

    def _keep_backup_passphrase(self, passphrase: str) -> None:
        from wizard.publish.host_backup import store_passphrase

        if store_passphrase(self.session.shop, passphrase):
            self.progress_label.setText(self.tr("Backup passphrase kept: an encrypted copy of your shop will "
                                                "go to your host after each publish."))
        else:
            self._show_error(self.tr("This computer has no safe password store, so the backup passphrase "
                                     "cannot be kept and no encrypted copy can go to your host."))

    def _show_build_warnings(self, report: Built | None) -> None:
        """What the site still lacks (legal notice fields, order e-mail…), said after each publish."""
        warnings = report.warnings if report is not None else ()
        lines = [w.text(self.lang) for w in warnings]
        lines = [line for line in lines if line]
        if lines:
            shown = lines[:6] + ([self.tr("… and {n} more.").format(n=len(lines) - 6)] if len(lines) > 6 else [])
            self.warnings_label.setText(self.tr("Before you open to the public, complete this:") + "\n"
                                        + "\n".join(f"• {line}" for line in shown))
        self.warnings_label.setVisible(bool(lines))

    @staticmethod
    def _folder_url(target: PublishTarget) -> str:
        if target.host or not target.local_folder:
            return ""
        return QUrl.fromLocalFile(str(Path(target.local_folder) / "index.html")).toString()

    @Slot(object)
    def _on_publish_failed(self, error: object) -> None:
        self._worker = None
        self._set_busy(False)
        self.progress_bar.setVisible(False)
        self.progress_label.setText("")
        self._handle_failure(error, retry="publish")

    def _options(self) -> PublishOptions:
        return PublishOptions(dry_run=self._pending_dry_run, force=self._force,
                              accept_fingerprint=self._accepted_fingerprint)

    def _handle_failure(self, error: object, retry: str) -> None:
        self.last_error = error
        question = question_for(error, self._options()) if isinstance(error, BaseException) else None
        if question is not None and isinstance(question.error, UnknownHostKey):
            error = question.error
            dialog = HostKeyDialog(error.host, error.port, error.key_type, error.fingerprint, parent=self)
            dialog.accepted.connect(lambda: self._on_host_key_accepted(question, retry))
            dialog.rejected.connect(self._on_host_key_refused)
            self.dialog = dialog
            dialog.open()
            return
        if isinstance(error, HostKeyChanged):
            self._show_error(self._error_text(error))
            box = host_key_changed_box(self._error_text(error), parent=self)
            box.finished.connect(self._on_dialog_closed)
            self.dialog = box
            box.open()
            return
        if question is not None and question.kind == QuestionKind.NOT_OUR_FOLDER and retry == "publish":
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("This folder is not empty"),
                              self._error_text(error), parent=self)
            box.setObjectName("notOurFolderBox")
            go = box.addButton(self.tr("Publish &anyway"), QMessageBox.ButtonRole.AcceptRole)
            go.setObjectName("publishAnywayButton")
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.accepted.connect(lambda: self._on_force_confirmed(question))
            box.finished.connect(self._on_dialog_closed)
            self.dialog = box
            box.open()
            self._show_error(self._error_text(error))
            return
        if isinstance(error, AuthenticationFailed | SecretRequired):
            self._remember_after_success = None
            self.password_edit.selectAll()
        self._show_error(self._error_text(error))

    def _on_host_key_accepted(self, question: RetryQuestion, retry: str) -> None:
        self.dialog = None
        self._accepted_fingerprint = question.accept().accept_fingerprint
        if retry == "test":
            self._start_test()
        else:
            self._start_publish()

    @Slot()
    def _on_host_key_refused(self) -> None:
        self.dialog = None
        self._accepted_fingerprint = None
        self._show_error(self.tr("You refused the server's identity: nothing was sent. Check the server "
                                 "name, or ask your host for its SSH fingerprint."))

    def _on_force_confirmed(self, question: RetryQuestion) -> None:
        self.dialog = None
        self._force = question.accept().force
        self._start_publish()

    @Slot()
    def open_shop(self) -> None:
        if self.live_url:
            QDesktopServices.openUrl(QUrl(self.live_url))

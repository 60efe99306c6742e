"""The last step: where the site goes (a host over SFTP, or a folder here), test, publish, open.

The page holds the publish flow (asking for a secret, testing, publishing, the retry conversations);
the target form (``connection``) and the progress panel (``progress``) hold the widgets. All network
and build work runs in workers (``wizard.ui.workers``); this page only reacts to their signals.
Settings are saved to the shop file as they are typed; the password never is.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from wizard.domain.model import AuthMethod, LegalIdentity, Product, PublishTarget
from wizard.domain.urls import InvalidAddress
from wizard.i18n import EchoppeError, Message
from wizard.publish.credentials import StorageInfo, get_password, password_storage, store_password
from wizard.publish.errors import (
    AuthenticationFailed,
    HostKeyChanged,
    SecretRequired,
    UnknownHostKey,
)
from wizard.publish.events import Probed
from wizard.publish.host_backup import HostCopy, store_passphrase
from wizard.publish.hostlegal import with_host_from_preset
from wizard.publish.options import PublishOptions
from wizard.publish.retry import QuestionKind, RetryQuestion, question_for
from wizard.publish.sftp import ConnectionInfo
from wizard.publish.shop import Built
from wizard.site.feeds import feed_addresses, left_out_warning
from wizard.ui.dialogs.backup_passphrase import BackupPassphraseDialog
from wizard.ui.dialogs.flyer import FlyerDialog
from wizard.ui.dialogs.hostkey import HostKeyDialog, host_key_changed_box
from wizard.ui.dialogs.password import PasswordDialog
from wizard.ui.pages.base import BasePage
from wizard.ui.pages.publish.checklist import LegalChecklist, shop_findings
from wizard.ui.pages.publish.connection import TargetForm
from wizard.ui.pages.publish.dryrun import ChangesDialog
from wizard.ui.pages.publish.examples import ExamplesBox, remember_answer, should_ask
from wizard.ui.pages.publish.host_identity import HostIdentityBox
from wizard.ui.pages.publish.navigate import fix_for, focus_field, go_to
from wizard.ui.pages.publish.outcome import OutcomeWords
from wizard.ui.pages.publish.progress import PublishPanel
from wizard.ui.pages.publish.results import site_changes
from wizard.ui.session import ShopSession, StartMode
from wizard.ui.wizard import PageId
from wizard.ui.workers import (
    ConnectionTestWorker,
    PublishResult,
    PublishWorker,
    Worker,
    run_in_thread,
)


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
        ) + " " + self.tr(
            "Your legal notice must also name your host: its name, address and phone, filled in when you "
            "choose it in the list. At the bottom, Échoppe lists what the law still asks of your shop, each "
            "with a button that takes you where to fill it in."
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

        self.form = TargetForm(self)
        for box in self.form.boxes:
            self.body.addWidget(box)
        self.host_identity = HostIdentityBox()
        self.body.addWidget(self.host_identity)
        self.checklist = LegalChecklist()  # last, just above the pinned Publish button
        self.body.addWidget(self.checklist)
        self.body.addStretch(1)
        self.words = OutcomeWords(self)
        self.panel = PublishPanel()
        # Pinned under the scrolled form: the Publish button and the progress are always in sight.
        self.outer.addWidget(self.panel)
        self._expose_widgets()
        self.form.edited.connect(self.autosave.poke)
        self.form.editingDone.connect(self.autosave.flush)
        self.form.presetChosen.connect(self._on_preset_chosen)
        self.host_identity.presetPicked.connect(self.form.choose_preset)
        self.form.mode_folder.toggled.connect(self.host_identity.set_folder_mode)
        self.host_identity.edited.connect(self.autosave.poke)
        self.host_identity.editingDone.connect(self.autosave.flush)
        self.checklist.fixRequested.connect(self.fix)
        session.changed.connect(self._on_changed)
        self.form.test_button.clicked.connect(self.test_connection)
        self.publish_button.clicked.connect(self.publish)
        self.dry_run_button.clicked.connect(self.dry_run)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self.open_shop)
        self.flyer_button.clicked.connect(self.open_flyer)
        self.passphrase_button.clicked.connect(self.choose_backup_passphrase)

    def _expose_widgets(self) -> None:
        """The form's and the panel's widgets under the page's names (the flow and the tests use them)."""
        form, panel = self.form, self.panel
        self.mode_folder, self.mode_host = form.mode_folder, form.mode_host
        self.folder_box, self.folder_edit = form.folder_box, form.folder_edit
        self.host_box, self.preset_combo, self.preset_note = form.host_box, form.preset_combo, form.preset_note
        self.host_edit, self.port_spin, self.user_edit = form.host_edit, form.port_spin, form.user_edit
        self.auth_password, self.auth_key, self.key_edit = form.auth_password, form.auth_key, form.key_edit
        self.password_edit, self.password_label = form.password_edit, form.password_label
        self.remember_check, self.storage_label = form.remember_check, form.storage_label
        self.path_edit, self.url_edit = form.path_edit, form.url_edit
        self.test_button, self.test_result = form.test_button, form.test_result
        self.publish_button, self.dry_run_button = panel.publish_button, panel.dry_run_button
        self.cancel_button, self.passphrase_button = panel.cancel_button, panel.passphrase_button
        self.progress_bar, self.progress_label = panel.progress_bar, panel.progress_label
        self.error_label, self.warnings_label = panel.error_label, panel.warnings_label
        self.live_label, self.open_button = panel.live_label, panel.open_button
        self.flyer_button, self.feeds_label = panel.flyer_button, panel.feeds_label

    # ------------------------------------------------------------------ file <-> widgets
    def _ensure_engine(self) -> None:
        """Fill what comes from the publishing engine: host presets, where passwords are stored."""
        if self._engine_ready:
            return
        self._engine_ready = True
        self._storage = password_storage()
        self.form.set_presets()
        self.form.set_storage(self._storage, self.lang)

    def initializePage(self) -> None:
        self._ensure_engine()
        super().initializePage()
        self.refresh_checklist()  # here and while shown, not on each change made on another page
        if self.session.start_mode == StartMode.PUBLISH_NOW and not self._auto_started:
            # "Publish my changes" on the welcome page: one click, publishing starts at once.
            self._auto_started = True
            QTimer.singleShot(0, self.publish)

    def load(self) -> None:
        settings = self.session.shop.shop()
        self.form.load(settings)
        self.host_identity.load(with_host_from_preset(settings.legal, settings.target))
        self.host_identity.show_choice(settings.target.preset)
        self.host_identity.set_folder_mode(self.mode_folder.isChecked())
        again = self.session.published_before()
        self.publish_button.setText(self.tr("&Publish my changes") if again else self.tr("&Publish"))
        self.flyer_button.setVisible(again and self._online_address(settings.target) is not None)

    def save(self) -> None:
        shop = self.session.shop
        settings = shop.shop()
        target = self.current_target()
        if self.form.address_problem() is not None:  # never saved; the field says why and Publish refuses
            target = replace(target, public_url=settings.target.public_url)
        changes: list[PublishTarget | LegalIdentity] = []
        if target != settings.target:
            changes.append(target)
        legal = self.host_identity.legal_with(settings.legal)
        if legal != settings.legal:  # the "mentions légales" must name the host
            changes.append(legal)
        if changes:
            shop.save_settings(*changes)

    def _save_now(self) -> None:
        """Write the form to the shop file now (the engine publishes what the file says)."""
        self.autosave.flush()
        if self.session.is_open:
            self.save()

    def current_target(self) -> PublishTarget:
        return self.form.current_target()

    # ------------------------------------------------------------------ legal checklist
    def refresh_checklist(self) -> None:
        if self.session.is_open:
            self.checklist.show_findings(shop_findings(self.session.shop), self.lang)

    @Slot(str)
    def _on_changed(self, _kind: str) -> None:
        if self._loaded and self.session.is_open and self.isVisible():
            self.refresh_checklist()

    @Slot()
    def _on_preset_chosen(self) -> None:
        preset = self.form.current_preset()
        self.host_identity.apply_preset(preset.host_identity if preset is not None else None)

    @Slot(str)
    def fix(self, code: str) -> None:
        """Open the page and the field that fix the checklist item ``code``."""
        self._save_now()
        page_id, field = fix_for(code)
        wizard = self.wizard()
        if page_id == PageId.PUBLISH or wizard is None:
            focus_field(self, field)
            return
        if go_to(wizard, self.session, page_id) and (page := wizard.page(page_id)) is not None:
            focus_field(page, field)

    # ------------------------------------------------------------------ checks
    def _problems(self) -> list[str]:
        return self.form.problems()

    def _show_error(self, text: str) -> None:
        self.panel.show_error(text)

    def _error_text(self, error: object) -> str:
        if isinstance(error, EchoppeError):
            return error.text(self.lang)
        return self.tr("Something unexpected went wrong ({what}). Try again; if it happens again, "
                       "please tell us what you were doing.").format(what=type(error).__name__)

    def isComplete(self) -> bool:
        return not self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.form.set_busy(busy)
        self.panel.set_busy(busy)
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
        if not dry_run and self._ask_about_examples():
            return
        if self._secret_or_ask("publish"):
            self._start_publish()

    def _ask_about_examples(self) -> bool:
        """Before the first publish, ask whether to keep the niche's examples; True while asking."""
        examples = should_ask(self.session.shop, self.session.published_before())
        if not examples:
            return False
        box = ExamplesBox(examples, parent=self)
        box.buttonClicked.connect(lambda button: self._on_examples_answer(box, button, examples))
        self.dialog = box
        box.open()
        return True

    def _on_examples_answer(self, box: ExamplesBox, button: QAbstractButton, examples: list[Product]) -> None:
        self.dialog = None
        if button is box.remove_button:
            for product in examples:
                self.session.shop.delete_product(product.id)
        elif button is not box.keep_button:
            return  # cancelled: nothing published, asked again next time
        remember_answer(self.session.shop)
        if self._secret_or_ask("publish"):
            self._start_publish()

    def _start_publish(self) -> None:
        self.panel.start()
        worker = PublishWorker(self.session.shop, self._make_secret(self._pending_secret), self._options())
        worker.stage.connect(self.panel.on_stage)
        worker.progress.connect(self.panel.on_progress)
        worker.bytesProgress.connect(self.panel.on_bytes)
        worker.finished.connect(self._on_publish_done)
        worker.failed.connect(self._on_publish_failed)
        self._run(worker)

    def _run(self, worker: Worker) -> None:
        self._worker = worker
        self._set_busy(True)
        run_in_thread(worker)

    @Slot()
    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.panel.stopping()

    @Slot(object)
    def _on_publish_done(self, outcome: PublishResult) -> None:
        self.last_outcome = outcome
        self.last_error = None
        self._worker = None
        self._set_busy(False)
        self.progress_bar.setVisible(False)  # the words say how it went; a full bar beside them says nothing
        target = self.current_target()
        self._remember_password(target)
        self._force = False
        planned = outcome.planned
        files, deletions = (planned.files, planned.deletions) if planned else ((), ())
        changes = site_changes(self.session.shop, files, deletions)
        if outcome.dry_run:
            self.progress_label.setText(self.tr("Nothing was sent."))
            dialog = ChangesDialog(changes, files, deletions, planned.bytes_total if planned else 0, parent=self)
            dialog.finished.connect(self._on_dialog_closed)
            self.dialog = dialog
            dialog.open()
            return
        fin = outcome.finished
        addresses = self._online_address(target)
        left_out = outcome.built.feed_left_out if outcome.built is not None else ()
        self._show_build_warnings(outcome.built, without=left_out_warning(left_out) if addresses else None)
        summary = self.words.summary(target, changes, bool(planned and planned.first_publish))
        self.progress_label.setText(summary)
        self.panel.show_details(self.words.details(target, fin, files, deletions))
        problems = [ev.problem for ev in outcome.events
                    if isinstance(ev, Probed) and not ev.ok and ev.problem is not None]
        if problems:
            self._show_error("\n".join(p.text(self.lang) for p in problems))
        copies = [ev.message for ev in outcome.events if isinstance(ev, HostCopy) and ev.message]
        if copies:  # the encrypted copy on the host: sent, failed, or the one-time no-passphrase note
            self.progress_label.setText(summary + "\n" + copies[-1].text(self.lang))
        url = (fin.url if fin else "") or self._folder_url(target)
        self.live_url = url
        self.live_label.setText(self.words.where_and_next(target, url))
        self.open_button.setVisible(bool(url))
        self.panel.show_feeds(addresses, left_out)
        self.flyer_button.setVisible(addresses is not None)
        self.publish_button.setText(self.tr("&Publish my changes"))
        self.published.emit(fin)

    def choose_backup_passphrase(self) -> None:
        """Ask for the backup passphrase (twice) and keep it in the password store."""
        dialog = BackupPassphraseDialog(self)
        dialog.accepted.connect(lambda: self._keep_backup_passphrase(dialog.passphrase()))
        self.dialog = dialog
        dialog.open()

    def _keep_backup_passphrase(self, passphrase: str) -> None:
        if store_passphrase(self.session.shop, passphrase):
            self.progress_label.setText(self.tr("Backup passphrase kept: an encrypted copy of your shop will "
                                                "go to your host after each publish."))
        else:
            self._show_error(self.tr("This computer has no safe password store, so the backup passphrase "
                                     "cannot be kept and no encrypted copy can go to your host."))

    def _show_build_warnings(self, report: Built | None, without: Message | None = None) -> None:
        """What the site still lacks (legal notice fields, order e-mail…), said after each publish;
        ``without``: a warning said elsewhere (the feeds' left-out products, beside the feeds)."""
        warnings = report.warnings if report is not None else ()
        self.panel.show_warnings([w.text(self.lang) for w in warnings if without is None or w != without])

    def _online_address(self, target: PublishTarget) -> tuple[str, str] | None:
        """The shopping feeds' addresses when the shop is on a host with a public address, else None."""
        if not target.host or not self.session.is_open:
            return None
        try:
            return feed_addresses(self.session.shop.shop(), target.public_url or None)
        except InvalidAddress:  # a draft typed in the form, not an address yet
            return None

    @Slot()
    def open_flyer(self) -> None:
        """The "Print a flyer" dialog (the shop must be online: its QR code leads there)."""
        self._save_now()
        dialog = FlyerDialog(self.session.shop, self.lang, parent=self)
        dialog.finished.connect(self._on_dialog_closed)
        self.dialog = dialog
        dialog.open()

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

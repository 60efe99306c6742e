"""The Statistics window's strip: fetch the host's logs (login, worker, progress, Cancel) or read picked files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.model import AuthMethod
from wizard.i18n import EchoppeError
from wizard.publish.credentials import get_password, password_storage
from wizard.publish.errors import (
    AuthenticationFailed,
    HostKeyChanged,
    PassphraseRequired,
    SecretRequired,
    UnknownHostKey,
)
from wizard.publish.hostkeys import KnownHosts
from wizard.stats.hostlogs import LOG_DIR_SETTING, LogsUnavailable, log_folder
from wizard.stats.salts import Salts
from wizard.ui.dialogs.hostkey import HostKeyDialog, host_key_changed_box
from wizard.ui.dialogs.password import PasswordDialog
from wizard.ui.i18n import ui_language
from wizard.ui.session import ShopSession
from wizard.ui.stats.worker import LogFileWorker, LogsFetchWorker, LogsRead
from wizard.ui.workers import Stage, Worker, run_in_thread


class LogsPanel(QWidget):
    """"Fetch the new visits from my host", "Read a log file…", progress, Stop, and what the read brought."""

    read = Signal(object)  # LogsRead
    storedSomething = Signal()  # the shop file may hold new days (after a read, even a stopped one)

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.known_hosts: KnownHosts | None = None  # None: the app's own (tests may give theirs)
        self.salts: Salts | None = None  # None: the app's own salts file (tests may give theirs)
        self.dialog: QWidget | None = None  # the open question (password, host key, file), for the tests
        self.last_result: LogsRead | None = None
        self.last_error: object = None
        self._worker: Worker | None = None
        self._secret: str | None = None
        self._fingerprint: str | None = None
        self._ask_secret = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button_row = row = QHBoxLayout()
        self.fetch_button = QPushButton(self.tr("&Fetch the new visits from my host"))
        self.fetch_button.setObjectName("fetchLogsButton")
        self.fetch_button.setToolTip(self.tr("Reads the access logs your host keeps, over the same login as "
                                             "publishing. Only what is new is read; nothing is changed there."))
        self.fetch_button.clicked.connect(self.fetch)
        self.file_button = QPushButton(self.tr("&Read a log file…"))
        self.file_button.setObjectName("readLogButton")
        self.file_button.setToolTip(self.tr("An access log you downloaded from your host's control panel "
                                            "(plain or .gz, from any host)."))
        self.file_button.clicked.connect(self.pick_files)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setObjectName("logsCancelButton")
        self.cancel_button.setEnabled(False)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("logsProgress")
        self.progress_bar.hide()
        row.addWidget(self.fetch_button)
        row.addWidget(self.file_button)
        row.addWidget(self.progress_bar, 2)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._build_folder_row(layout)
        self.status_label = QLabel()
        self.status_label.setObjectName("logsStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        layout.addWidget(self.status_label)

    def _build_folder_row(self, layout: QVBoxLayout) -> None:
        self.folder_row = QWidget()
        row = QHBoxLayout(self.folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Logs folder on your host:"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("logsFolder")
        self.folder_edit.setPlaceholderText(self.tr("for example: logs"))
        self.folder_edit.setMaximumWidth(260)
        label.setBuddy(self.folder_edit)
        self.folder_edit.editingFinished.connect(self._save_folder)
        hint = QLabel(self.tr("Your host's help or control panel says where it keeps the raw access logs."))
        hint.setWordWrap(True)
        row.addWidget(label)
        row.addWidget(self.folder_edit)
        row.addWidget(hint, 1)
        self.folder_row.hide()
        layout.addWidget(self.folder_row)

    @property
    def busy(self) -> bool:
        return self._worker is not None

    @property
    def lang(self) -> str:
        return ui_language()

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _set_busy(self, worker: Worker | None, can_stop: bool = True) -> None:
        self._worker = worker
        self.fetch_button.setEnabled(worker is None)
        self.file_button.setEnabled(worker is None)
        self.cancel_button.setEnabled(worker is not None and can_stop)
        self.cancel_button.setVisible(worker is not None)  # room for the period's row while nothing runs
        self.progress_bar.setVisible(worker is not None)

    def _error_text(self, error: object) -> str:
        if isinstance(error, EchoppeError):
            return error.text(self.lang)
        return self.tr("Something unexpected went wrong ({what}). Try again; if it happens again, "
                       "please tell us what you were doing.").format(what=type(error).__name__)

    @Slot()
    def _save_folder(self) -> None:
        if self.session.is_open and not self.busy and self.folder_row.isVisible():
            value = self.folder_edit.text().strip()
            if value != (self.session.shop.get_value(LOG_DIR_SETTING) or ""):
                self.session.shop.set_value(LOG_DIR_SETTING, value)

    # ------------------------------------------------------------------ fetching from the host
    @Slot()
    def fetch(self) -> None:
        """Ask for the login's password when it is not known, then fetch in a worker."""
        if self.busy or not self.session.is_open:
            return
        self._save_folder()
        shop = self.session.shop
        target = shop.shop().target
        if not target.host:
            self._say(self.tr("Your shop is not published on a host yet, so there are no logs to fetch. "
                              "Choose your host on the Publish step, or use “Read a log file…”."))
            return
        try:
            log_folder(shop)
        except LogsUnavailable:
            self.folder_edit.setText(str(shop.get_value(LOG_DIR_SETTING) or ""))
            self.folder_row.show()
            self.folder_edit.setFocus()
            self._say(self.tr("Échoppe does not know where your host keeps its access logs. Type the folder "
                              "below (your host's help names it, often “logs”), then fetch again. Or download "
                              "a log from your host's control panel and use “Read a log file…”."))
            return
        if self._secret is None and not self._ask_secret:
            self._secret = get_password(target)
        by_key = target.auth == AuthMethod.KEY
        if self._secret is None and (not by_key or self._ask_secret):
            storage = password_storage()
            dialog = PasswordDialog(target.user, target.host, passphrase=by_key, can_remember=False,
                                    storage_text=storage.message.text(self.lang), parent=self)
            dialog.accepted.connect(lambda: self._on_password(dialog))
            dialog.rejected.connect(self._on_dialog_closed)
            self.dialog = dialog
            dialog.open()
            return
        self._start_fetch()

    def _on_password(self, dialog: PasswordDialog) -> None:
        self.dialog = None
        self._secret = dialog.password()
        self._ask_secret = False
        self._start_fetch()

    @Slot()
    def _on_dialog_closed(self) -> None:
        self.dialog = None

    def _start(self, worker: Worker, text: str, can_stop: bool = True) -> None:
        self.last_result = None
        self.last_error = None
        self.progress_bar.setRange(0, 0)
        self._say(text)
        worker.stage.connect(self._on_stage)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_read)
        worker.failed.connect(self._on_failed)
        self._set_busy(worker, can_stop)
        run_in_thread(worker)

    def _start_fetch(self) -> None:
        worker = LogsFetchWorker(self.session.shop, self._secret or None, self._fingerprint, self.known_hosts,
                                 self.salts)
        self._start(worker, self.tr("Connecting to your host…"))

    @Slot()
    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Stopping after the log being read…"))

    @Slot(str)
    def _on_stage(self, stage: str) -> None:
        if self._worker is None or self._worker.cancelled:
            return
        if stage == Stage.IMPORT:
            self._say(self.tr("Counting the visits…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, _name: str) -> None:
        if self._worker is None or self._worker.cancelled:
            return
        if total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
        self._say(self.tr("Counting the visits… Logs read: {done}").format(done=done))

    # ------------------------------------------------------------------ reading picked files
    @Slot()
    def pick_files(self) -> None:
        if self.busy or not self.session.is_open:
            return
        dialog = QFileDialog(self, self.tr("Read access logs"))
        dialog.setObjectName("logFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([self.tr("Access logs (*.log *.gz *_log *log* *.txt)"), self.tr("All files (*)")])
        dialog.filesSelected.connect(lambda names: self.read_files([Path(n) for n in names]))
        dialog.finished.connect(self._on_dialog_closed)
        self.dialog = dialog
        dialog.open()

    def read_files(self, paths: list[Path]) -> None:
        """Count the picked logs in a worker (what ``echoppe stats --log FILE`` does)."""
        self.dialog = None
        if self.busy or not paths or not self.session.is_open:
            return
        self._start(LogFileWorker(self.session.shop, paths, self.salts), self.tr("Counting the visits…"),
                    can_stop=len(paths) > 1)

    # ------------------------------------------------------------------ results
    @Slot(object)
    def _on_read(self, result: LogsRead) -> None:
        self._set_busy(None)
        self.last_result = result
        self._say("\n".join(self.report_lines(result)))
        self.storedSomething.emit()
        self.read.emit(result)

    def report_lines(self, result: LogsRead) -> list[str]:
        counted = [r for r in result.reports if not r.unchanged and r.problem is None]
        lines = []
        if not counted and not any(r.problem for r in result.reports) and not result.problems:
            lines.append(self.tr("Nothing new: every log was read already."))
        elif counted:
            n = QLocale().toString
            lines.append(self.tr("Logs read: {logs} ({lines} lines). Requests from robots left out: {bots}. "
                                 "Days with visits: {days}.").format(
                logs=n(len(counted)), lines=n(sum(r.lines for r in counted)),
                bots=n(sum(r.bots for r in counted)), days=n(len({d for r in counted for d in r.days}))))
            broken = sum(r.broken for r in counted)
            if broken:
                lines.append(self.tr("{count} lines were not understood and were skipped (not an access "
                                     "log line).").format(count=broken))
        lines += [f"• {Path(r.name.split(':', 1)[-1]).name} — {r.problem.text(self.lang)}"
                  for r in result.reports if r.problem is not None]
        lines += [self.tr("• {name} could not be opened: {error}").format(name=p.name, error=p.error)
                  for p in result.problems]
        return lines

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._set_busy(None)
        self.last_error = error
        self.storedSomething.emit()  # a stopped fetch may have counted some logs before
        if isinstance(error, UnknownHostKey) and error.fingerprint != self._fingerprint:
            self._say("")
            dialog = HostKeyDialog(error.host, error.port, error.key_type, error.fingerprint, parent=self)
            dialog.accepted.connect(lambda: self._on_host_key_accepted(error.fingerprint))
            dialog.rejected.connect(self._on_host_key_refused)
            self.dialog = dialog
            dialog.open()
            return
        if isinstance(error, HostKeyChanged):
            box = host_key_changed_box(self._error_text(error), parent=self)
            box.finished.connect(self._on_dialog_closed)
            self.dialog = box
            box.open()
        if isinstance(error, AuthenticationFailed | SecretRequired | PassphraseRequired):
            self._secret = None  # asked again at the next click (a key's passphrase too)
            self._ask_secret = True
        if isinstance(error, LogsUnavailable):
            self.folder_edit.setText(str(self.session.shop.get_value(LOG_DIR_SETTING) or ""))
            self.folder_row.show()
        self._say(self._error_text(error))

    def _on_host_key_accepted(self, fingerprint: str) -> None:
        self.dialog = None
        self._fingerprint = fingerprint
        self._start_fetch()

    @Slot()
    def _on_host_key_refused(self) -> None:
        self.dialog = None
        self._say(self.tr("You refused the server's identity: nothing was fetched."))

    def close_dialog(self) -> None:
        if isinstance(self.dialog, QDialog | QMessageBox):
            self.dialog.close()
        self.dialog = None

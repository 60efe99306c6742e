"""The "Fetch orders" strip of the Orders window: login, worker, progress, Cancel, report, publish offer."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
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
from wizard.publish.options import PublishOptions
from wizard.publish.orders_fetch import FetchFinished, Refusal, Rejected
from wizard.ui.dialogs.hostkey import HostKeyDialog, host_key_changed_box
from wizard.ui.dialogs.password import PasswordDialog
from wizard.ui.i18n import ui_language
from wizard.ui.orders.worker import FetchWorker
from wizard.ui.session import ShopSession
from wizard.ui.workers import PublishResult, PublishWorker, Stage, Worker, run_in_thread


class FetchPanel(QWidget):
    """Fetch button, progress, Cancel, what came in, and "Publish now" when stock changed."""

    fetched = Signal(object)  # FetchFinished
    storedSomething = Signal()  # the shop file may hold new orders (after a fetch, even a stopped one)
    published = Signal(object)  # PublishResult

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.known_hosts: KnownHosts | None = None  # None: the app's own (tests may give theirs)
        self.dialog: QWidget | None = None  # the open question (password, host key), for the tests
        self.last_result: FetchFinished | None = None
        self.last_error: object = None
        self._worker: Worker | None = None
        self._secret: str | None = None
        self._fingerprint: str | None = None
        self._ask_secret = False  # the last login said the password or key passphrase is missing or wrong
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.fetch_button = QPushButton(self.tr("&Fetch orders from my host"))
        self.fetch_button.setObjectName("fetchOrdersButton")
        self.fetch_button.clicked.connect(self.fetch)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setObjectName("fetchCancelButton")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("fetchProgress")
        self.progress_bar.hide()
        row.addWidget(self.fetch_button)
        row.addWidget(self.progress_bar, 3)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status_label = QLabel()
        self.status_label.setObjectName("fetchStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.refused_label = QLabel()
        self.refused_label.setObjectName("fetchRefused")
        self.refused_label.setWordWrap(True)
        self.refused_label.setTextFormat(Qt.TextFormat.PlainText)
        self.refused_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refused_label.setStyleSheet("color: #a12a1a;")
        self.refused_label.hide()
        layout.addWidget(self.refused_label)
        self._build_offer(layout)

    def _build_offer(self, layout: QVBoxLayout) -> None:
        self.offer = QFrame()
        self.offer.setObjectName("publishOffer")
        self.offer.setFrameShape(QFrame.Shape.StyledPanel)
        self.offer.setStyleSheet("#publishOffer { background: #fff6df; border: 1px solid #e6d3a3; "
                                 "border-radius: 6px; }")
        row = QHBoxLayout(self.offer)
        self.offer_label = QLabel()
        self.offer_label.setObjectName("publishOfferText")
        self.offer_label.setWordWrap(True)
        self.offer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.publish_button = QPushButton(self.tr("P&ublish now"))
        self.publish_button.setObjectName("publishNowButton")
        self.publish_button.clicked.connect(self.publish_now)
        row.addWidget(self.offer_label, 1)
        row.addWidget(self.publish_button)
        self.offer.hide()
        layout.addWidget(self.offer)

    @property
    def busy(self) -> bool:
        return self._worker is not None

    @property
    def lang(self) -> str:
        return ui_language()

    def _set_busy(self, worker: Worker | None) -> None:
        self._worker = worker
        self.fetch_button.setEnabled(worker is None)
        self.publish_button.setEnabled(worker is None)
        self.cancel_button.setEnabled(worker is not None)
        self.progress_bar.setVisible(worker is not None)

    def _error_text(self, error: object) -> str:
        if isinstance(error, EchoppeError):
            return error.text(self.lang)
        return self.tr("Something unexpected went wrong ({what}). Try again; if it happens again, "
                       "please tell us what you were doing.").format(what=type(error).__name__)

    # ------------------------------------------------------------------ fetching
    @Slot()
    def fetch(self) -> None:
        """Ask for the login's password when it is not known, then fetch in a worker."""
        if self.busy or not self.session.is_open:
            return
        target = self.session.shop.shop().target
        if self._secret is None and target.host and not self._ask_secret:
            self._secret = get_password(target)
        by_key = target.auth == AuthMethod.KEY
        if self._secret is None and target.host and (not by_key or self._ask_secret):
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

    def _start_fetch(self) -> None:
        self.offer.hide()
        self.refused_label.hide()
        self.last_result = None
        self.last_error = None
        self.progress_bar.setRange(0, 0)
        self.status_label.setText(self.tr("Connecting to your host…"))
        worker = FetchWorker(self.session.shop, self._secret or None, self._fingerprint, self.known_hosts)
        worker.stage.connect(self._on_stage)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_fetched)
        worker.failed.connect(self._on_fetch_failed)
        self._set_busy(worker)
        run_in_thread(worker)

    @Slot()
    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Stopping after the order being stored…"))

    @Slot(str)
    def _on_stage(self, stage: str) -> None:
        if stage == Stage.IMPORT:
            self.status_label.setText(self.tr("Bringing in the orders…"))
        elif stage == Stage.BUILD:
            self.status_label.setText(self.tr("Preparing your pages…"))
        elif stage == Stage.SEND:
            self.status_label.setText(self.tr("Sending your shop…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, _name: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if isinstance(self._worker, FetchWorker):
            self.status_label.setText(self.tr("Bringing in the orders… {done} of {total}")
                                      .format(done=done, total=total))

    @Slot(object)
    def _on_fetched(self, result: FetchFinished) -> None:
        self._set_busy(None)
        self.last_result = result
        if not result.new_orders and not result.new_withdrawals and not result.rejected:
            self.status_label.setText(self.tr("No new orders on your host."))
        else:
            text = self.tr("New orders fetched: {orders}.").format(orders=len(result.new_orders))
            if result.new_withdrawals:
                text += " " + self.tr("Withdrawal declarations fetched: {withdrawals} (each shows under its "
                                      "order).").format(withdrawals=len(result.new_withdrawals))
            self.status_label.setText(text)
        self._show_refused(result)
        if result.stock_changed:
            changes = [f"{c.label}: {c.before} → {c.after}" for c in result.stock if c.before != c.after]
            shown = changes[:5] + (["…"] if len(changes) > 5 else [])
            self.offer_label.setText(self.tr("Stock changed ({changes}). Publish now so your site shows it, "
                                             "sold-out items included?").format(changes="; ".join(shown)))
            self.offer.show()
        self.storedSomething.emit()
        self.fetched.emit(result)

    def _show_refused(self, result: FetchFinished) -> None:
        lines = []
        if result.rejected:
            lines.append(self.tr("These files could not be opened: they stay on your host, nothing else "
                                 "was held up."))
            lines += [f"• {r.name} — {self._reason(r)}" for r in result.rejected]
        if result.not_deleted:
            lines.append(self.tr("Stored, but not yet removed from your host (the next fetch removes them): "
                                 "{names}").format(names=", ".join(result.not_deleted)))
        if lines and result.doubtful:
            lines.append("")  # the warnings about withdrawals apart from the files
        lines += [self.tr("Check before refunding: withdrawal {withdrawal} for order {order} was filed by {name} "
                          "({email}), not the name or e-mail of the order.").format(
                              withdrawal=d.withdrawal, order=d.order, name=d.name, email=d.email)
                  for d in result.doubtful]
        self.refused_label.setText("\n".join(lines))
        self.refused_label.setVisible(bool(lines))

    def _reason(self, rejected: Rejected) -> str:
        """The engine's typed reason in the person's words."""
        detail = rejected.detail
        texts = {
            Refusal.NOT_SEALED_FOR_THIS_KEY: self.tr("it does not open with this shop's key (was it left there by "
                                                     "another shop, or is this shop file an old copy?)"),
            Refusal.NOT_JSON: self.tr("it is not an order written by your order desk"),
            Refusal.INVALID_ORDER: self.tr("it is not a valid order ({detail})").format(detail=detail),
            Refusal.NUMBER_MISMATCH: self.tr("the number inside is not the file's name"),
            Refusal.UNREADABLE: self.tr("it could not be read ({detail})").format(detail=detail),
            Refusal.NOT_A_FILE: self.tr("it is not a regular file (perhaps a link): it is not read"),
            Refusal.CHANGED_WHILE_READ: self.tr("it changed while it was being read: fetch again"),
            Refusal.TOO_BIG: self.tr("it is too big to be an order"),
            Refusal.CONFLICT: self.tr("another order with this number is already in your shop file"),
        }
        return texts[rejected.kind]

    @Slot(object)
    def _on_fetch_failed(self, error: object) -> None:
        self._set_busy(None)
        self.last_error = error
        self.status_label.setText("")
        self.storedSomething.emit()  # a stopped fetch may have stored some files before
        if isinstance(error, UnknownHostKey) and error.fingerprint != self._fingerprint:
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
        self.status_label.setText(self._error_text(error))

    def _on_host_key_accepted(self, fingerprint: str) -> None:
        self.dialog = None
        self._fingerprint = fingerprint
        self._start_fetch()

    @Slot()
    def _on_host_key_refused(self) -> None:
        self.dialog = None
        self.status_label.setText(self.tr("You refused the server's identity: nothing was fetched."))

    # ------------------------------------------------------------------ publishing right after
    @Slot()
    def publish_now(self) -> None:
        if self.busy or not self.session.is_open:
            return
        self.offer.hide()
        self.progress_bar.setRange(0, 0)
        self.status_label.setText(self.tr("Preparing your pages…"))
        worker = PublishWorker(self.session.shop, self._secret or None,
                               PublishOptions(accept_fingerprint=self._fingerprint))
        worker.stage.connect(self._on_stage)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_published)
        worker.failed.connect(self._on_publish_failed)
        self._set_busy(worker)
        run_in_thread(worker)

    @Slot(object)
    def _on_published(self, outcome: PublishResult) -> None:
        self._set_busy(None)
        fin = outcome.finished
        self.status_label.setText(self.tr("Published: {sent} files sent ({size}). Your site shows the new stock.")
                                  .format(sent=fin.sent if fin else 0,
                                          size=QLocale().formattedDataSize(fin.bytes if fin else 0)))
        self.published.emit(outcome)

    @Slot(object)
    def _on_publish_failed(self, error: object) -> None:
        self._set_busy(None)
        self.last_error = error
        self.status_label.setText(self.tr("Publishing did not work: {error} Use the Publish step of the "
                                          "wizard to try again.").format(error=self._error_text(error)))

    def close_dialog(self) -> None:
        if isinstance(self.dialog, QDialog | QMessageBox):
            self.dialog.close()
        self.dialog = None

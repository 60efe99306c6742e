"""The panel pinned under the publish form: Publish / What will change / Stop, the progress while a
publish runs, and the lines that say how it went (error, what the site still lacks, where it is)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from wizard.ui.pages.publish.fields import AutoLabel
from wizard.ui.workers import Stage

SHOWN_WARNINGS = 6  # more than this are summed up as "… and N more"
FEED_NAMES = 10  # products named as left out of the shopping feeds; the rest are counted


def _named_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


def _status_label(name: str, style: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(style)
    label.hide()
    return label


class PublishPanel(QGroupBox):
    """The publish buttons, the progress bar and the outcome lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Publish"), parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.publish_button = _named_button(self.tr("&Publish"), "publishButton")
        self.publish_button.setDefault(True)
        self.dry_run_button = _named_button(self.tr("What will &change?"), "dryRunButton")
        self.cancel_button = _named_button(self.tr("&Stop"), "cancelButton")
        self.cancel_button.setEnabled(False)
        self.passphrase_button = _named_button(self.tr("Back&up passphrase…"), "backupPassphraseButton")
        row.addWidget(self.publish_button)
        row.addWidget(self.dry_run_button)
        row.addWidget(self.passphrase_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("publishProgress")
        self.progress_bar.setVisible(False)
        self.progress_bar.setAccessibleName(self.tr("Publishing progress"))
        layout.addWidget(self.progress_bar)
        self.progress_label = AutoLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setWordWrap(True)
        layout.addWidget(self.progress_label)
        self.error_label = _status_label("publishError", "color: #a12622; font-weight: 600;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.error_label)
        self.warnings_label = _status_label("buildWarnings", "color: #7a4b00;")
        layout.addWidget(self.warnings_label)
        self.details_button = _named_button(self.tr("&Details"), "resultDetailsButton")
        self.details_button.setCheckable(True)
        self.details_button.hide()
        self.details_button.toggled.connect(self._toggle_details)
        layout.addWidget(self.details_button)
        self.details_label = QLabel()
        self.details_label.setObjectName("resultDetails")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.hide()
        layout.addWidget(self.details_label)
        done_row = QHBoxLayout()
        self.live_label = AutoLabel()
        self.live_label.setObjectName("liveLabel")
        self.live_label.setWordWrap(True)
        self.live_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = _named_button(self.tr("&Open my shop"), "openShopButton")
        self.open_button.hide()
        self.flyer_button = _named_button(self.tr("Print a &flyer…"), "flyerButton")
        self.flyer_button.setToolTip(self.tr("A flyer with a QR code to your shop, for a market stall or a parcel"))
        self.flyer_button.hide()
        done_row.addWidget(self.live_label, 1)
        done_row.addWidget(self.open_button)
        done_row.addWidget(self.flyer_button)
        layout.addLayout(done_row)
        self.feeds_label = AutoLabel()
        self.feeds_label.setObjectName("feedsLabel")
        self.feeds_label.setWordWrap(True)
        self.feeds_label.setTextFormat(Qt.TextFormat.PlainText)
        self.feeds_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.feeds_label)
        self._stage = Stage.BUILD
        self._files_text = ""
        self._bytes_text = ""

    # ------------------------------------------------------------------ states
    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def start(self) -> None:
        """A publish begins: clear the last outcome, show a busy bar."""
        self.show_error("")
        self.warnings_label.hide()
        self.live_label.setText("")
        self.open_button.hide()
        self.feeds_label.setText("")
        self.show_details("")
        self.progress_bar.setVisible(True)
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Preparing your pages…"))
        self._files_text = ""
        self._bytes_text = ""
        self._stage = Stage.BUILD

    def show_details(self, text: str) -> None:
        """The technical account of the last publish, behind the "Details" button."""
        self.details_label.setText(text)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(text))
        self.details_label.hide()

    @Slot(bool)
    def _toggle_details(self, shown: bool) -> None:
        self.details_label.setVisible(shown and bool(self.details_label.text()))

    def set_busy(self, busy: bool) -> None:
        for w in (self.publish_button, self.dry_run_button):
            w.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def stopping(self) -> None:
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Stopping after the file being sent…"))

    def show_warnings(self, lines: list[str]) -> None:
        """What the site still lacks (legal notice fields, order e-mail…), said after each publish."""
        lines = [line for line in lines if line]
        if lines:
            shown = lines[:SHOWN_WARNINGS]
            if len(lines) > SHOWN_WARNINGS:
                shown.append(self.tr("… and {n} more.").format(n=len(lines) - SHOWN_WARNINGS))
            self.warnings_label.setText(self.tr("Before you open to the public, complete this:") + "\n"
                                        + "\n".join(f"• {line}" for line in shown))
        self.warnings_label.setVisible(bool(lines))

    def show_feeds(self, addresses: tuple[str, str] | None, left_out: tuple[str, ...]) -> None:
        """Where the shopping feeds now are, where to register them, and the products they leave out."""
        if addresses is None:
            self.feeds_label.setText("")
            return
        google, meta = addresses
        lines = [
            self.tr("Your products are also in two shopping feeds: {google} for Google and {meta} for Facebook "
                    "and Instagram.").format(google=google, meta=meta),
            self.tr("To show them for free, add the first address in Google Merchant Center under Products › "
                    "Feeds (Data sources in the newer Merchant Center), and the second in Meta Commerce Manager "
                    "under Catalogue › Data sources, as a scheduled feed."),
        ]
        if left_out:
            shown = ", ".join(left_out[:FEED_NAMES])
            if len(left_out) > FEED_NAMES:
                shown += " " + self.tr("and {n} more").format(n=len(left_out) - FEED_NAMES)
            lines.append(self.tr("Left out of the feeds because they have no picture ({n}): {names}. Add a "
                                 "picture on the Products page and publish again.")
                         .format(n=len(left_out), names=shown))
        self.feeds_label.setText("\n".join(lines))

    # ------------------------------------------------------------------ progress from the worker
    @Slot(str)
    def on_stage(self, stage: str) -> None:
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
    def on_progress(self, done: int, total: int, _label: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if self._stage == Stage.BUILD:
            self.progress_label.setText(self.tr("Preparing your pages… {done} of {total}")
                                        .format(done=done, total=total))
        else:
            self._files_text = self.tr("{done} of {total} files").format(done=done, total=total)
            self._show_send_progress()

    @Slot(object, object, object)
    def on_bytes(self, done: int, total: int, seconds_left: float | None) -> None:
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

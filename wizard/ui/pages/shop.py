"""Your shop: identity, logo, colours, language, currency, contact and the legal identity."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.legal import HOST_FIELDS
from wizard.domain.model import LegalIdentity, ShopIdentity, VatStatus
from wizard.domain.money import CURRENCIES
from wizard.domain.validation import (
    SIRET_EXAMPLE,
    is_email,
    is_url,
    missing_legal_fields,
    siret_problem,
    validate_identity,
)
from wizard.i18n import EchoppeError, msg
from wizard.ui.pages.base import BasePage
from wizard.ui.session import ShopSession
from wizard.ui.widgets.colors import ColorButton, contrast_problems
from wizard.ui.widgets.common import ProblemLabel, hint
from wizard.ui.widgets.images import IMAGE_SUFFIXES, LogoDrop


class ShopPage(BasePage):
    """Everything that says who the shop is and who sells."""

    logoChanged = Signal(bool)

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("shopPage")
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(self.tr("Who you are and how to reach you. Fields marked * are needed to go on."))
        self.set_help(self.tr(
            "The name, tagline and text about you appear on every page of your site. The law asks any "
            "online seller to say who they are, where they can be reached and how a customer can settle a "
            "dispute: Échoppe writes the legal pages from the “Who sells” part. You can fill it in later; "
            "publishing reminds you of what is missing."))

        # ---------------------------------------------------------------- identity
        identity_box = QGroupBox(self.tr("The shop"))
        form = QFormLayout(identity_box)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("shopName")
        form.addRow(self.tr("Shop na&me *:"), self.name_edit)
        self.name_problem = ProblemLabel()
        self.name_problem.setObjectName("nameProblem")
        form.addRow("", self.name_problem)
        self.tagline_edit = QLineEdit()
        self.tagline_edit.setObjectName("shopTagline")
        self.tagline_edit.setPlaceholderText(self.tr("One sentence: what you sell and for whom"))
        form.addRow(self.tr("&Tagline:"), self.tagline_edit)
        self.about_edit = QPlainTextEdit()
        self.about_edit.setObjectName("shopAbout")
        self.about_edit.setFixedHeight(90)
        self.about_edit.setPlaceholderText(self.tr("A few words about you and your work (shown on the "
                                                   "“About” page)"))
        self.about_edit.setTabChangesFocus(True)
        about_label = QLabel(self.tr("&About you:"))
        about_label.setBuddy(self.about_edit)
        form.addRow(about_label, self.about_edit)

        logo_row = QHBoxLayout()
        self.logo = LogoDrop()
        self.logo.setAccessibleName(self.tr("Logo"))
        logo_buttons = QVBoxLayout()
        self.logo_choose = QPushButton(self.tr("Choose a &logo…"))
        self.logo_choose.setObjectName("chooseLogo")
        self.logo_remove = QPushButton(self.tr("Remove the logo"))
        logo_buttons.addWidget(self.logo_choose)
        logo_buttons.addWidget(self.logo_remove)
        logo_buttons.addWidget(hint(self.tr("Or drop an image file on the frame.")))
        logo_buttons.addStretch(1)
        logo_row.addWidget(self.logo)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo:"), logo_row)

        color_row = QHBoxLayout()
        self.primary = ColorButton()
        self.primary.setObjectName("primaryColor")
        self.primary.setAccessibleName(self.tr("Main colour"))
        self.accent = ColorButton()
        self.accent.setObjectName("accentColor")
        self.accent.setAccessibleName(self.tr("Accent colour"))
        color_row.addWidget(QLabel(self.tr("Main:")))
        color_row.addWidget(self.primary)
        color_row.addSpacing(12)
        color_row.addWidget(QLabel(self.tr("Accent:")))
        color_row.addWidget(self.accent)
        color_row.addStretch(1)
        form.addRow(self.tr("Colours:"), color_row)
        self.contrast_warning = ProblemLabel()
        self.contrast_warning.setObjectName("contrastWarning")
        form.addRow("", self.contrast_warning)

        self.language = QComboBox()
        self.language.setObjectName("shopLanguage")
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        form.addRow(self.tr("Language of the &site:"), self.language)
        self.currency = QComboBox()
        self.currency.setObjectName("shopCurrency")
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        form.addRow(self.tr("C&urrency:"), self.currency)
        self.body.addWidget(identity_box)

        # ---------------------------------------------------------------- contact
        contact_box = QGroupBox(self.tr("How customers reach you"))
        form = QFormLayout(contact_box)
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("shopEmail")
        self.email_edit.setPlaceholderText("contact@example.fr")
        form.addRow(self.tr("&Email *:"), self.email_edit)
        self.email_problem = ProblemLabel()
        self.email_problem.setObjectName("emailProblem")
        form.addRow("", self.email_problem)
        form.addRow("", hint(self.tr("Orders arrive at this address, and the law asks that customers can "
                                     "write to you.")))
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("shopPhone")
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("shopUrl")
        self.url_edit.setPlaceholderText("https://www.example.fr/")
        form.addRow(self.tr("Address of the &website:"), self.url_edit)
        self.url_problem = ProblemLabel()
        self.url_problem.setObjectName("urlProblem")
        form.addRow("", self.url_problem)
        form.addRow("", hint(self.tr("Where your shop will be on the Web, if you know it already (your host "
                                     "gives it to you). Used for links shared on social networks.")))
        self.body.addWidget(contact_box)

        # ---------------------------------------------------------------- legal identity
        legal_box = QGroupBox(self.tr("Who sells (for the legal pages)"))
        form = QFormLayout(legal_box)
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("legalOwner")
        self.owner_edit.setPlaceholderText(self.tr("First and last name"))
        self.owner_edit.setToolTip(self.tr("The law asks a seller to give their real name, so customers "
                                           "know who they buy from."))
        self.form_edit = QLineEdit()
        self.form_edit.setObjectName("legalForm")
        self.form_edit.setMaximumWidth(90)
        self.form_edit.setToolTip(self.tr("A micro-entrepreneur writes “EI” (entrepreneur individuel) after "
                                          "their name: the law requires it since 2022."))
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner_edit, 1)
        owner_row.addWidget(self.form_edit)
        owner_label = QLabel(self.tr("Your &legal name:"))
        owner_label.setBuddy(self.owner_edit)
        form.addRow(owner_label, owner_row)
        form.addRow("", hint(self.tr("Your own name followed by “EI” if you are a micro-entrepreneur.")))
        self.address_edit = QPlainTextEdit()
        self.address_edit.setObjectName("legalAddress")
        self.address_edit.setFixedHeight(64)
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setToolTip(self.tr("A postal address where you can be reached is compulsory for "
                                             "any online seller."))
        address_label = QLabel(self.tr("Postal a&ddress:"))
        address_label.setBuddy(self.address_edit)
        form.addRow(address_label, self.address_edit)
        self.siret_edit = QLineEdit()
        self.siret_edit.setObjectName("legalSiret")
        self.siret_edit.setPlaceholderText(SIRET_EXAMPLE)
        self.siret_edit.setToolTip(self.tr("Your business number (14 digits), on your registration "
                                           "certificate or on annuaire-entreprises.data.gouv.fr."))
        form.addRow(self.tr("&SIRET:"), self.siret_edit)
        self.siret_problem = ProblemLabel()
        self.siret_problem.setObjectName("siretProblem")
        form.addRow("", self.siret_problem)
        self.vat_combo = QComboBox()
        self.vat_combo.setObjectName("legalVat")
        self.vat_combo.addItem(self.tr("Not subject to VAT (franchise en base)"), VatStatus.FRANCHISE.value)
        self.vat_combo.addItem(self.tr("Subject to VAT"), VatStatus.SUBJECT.value)
        self.vat_combo.setToolTip(self.tr("Most micro-entrepreneurs do not charge VAT: the site then shows "
                                          "“TVA non applicable, art. 293 B du CGI”, as the law asks."))
        form.addRow(self.tr("&VAT:"), self.vat_combo)
        self.vat_number_edit = QLineEdit()
        self.vat_number_edit.setObjectName("legalVatNumber")
        self.vat_number_edit.setPlaceholderText("FR12345678901")
        form.addRow(self.tr("VAT numbe&r:"), self.vat_number_edit)
        self.mediator_edit = QLineEdit()
        self.mediator_edit.setObjectName("legalMediator")
        self.mediator_edit.setToolTip(self.tr("Every seller to consumers must offer a free consumer mediator "
                                              "for disputes; you sign up with one (e.g. CM2C, Medicys)."))
        form.addRow(self.tr("Consumer &mediator:"), self.mediator_edit)
        self.mediator_url_edit = QLineEdit()
        self.mediator_url_edit.setObjectName("legalMediatorUrl")
        self.mediator_url_edit.setPlaceholderText("https://")
        form.addRow(self.tr("Mediator's &website:"), self.mediator_url_edit)
        form.addRow("", hint(self.tr("A customer who disagrees with you can turn to this mediator for free: "
                                     "the law asks you to name one.")))
        self.legal_missing = QLabel()
        self.legal_missing.setObjectName("legalMissing")
        self.legal_missing.setWordWrap(True)
        form.addRow("", self.legal_missing)
        self.body.addWidget(legal_box)
        self.body.addStretch(1)
        self.problem = ProblemLabel()
        self.problem.setObjectName("shopProblems")
        self.outer.addWidget(self.problem)  # below the scroll area: always in sight

        self.registerField("shopName*", self.name_edit)
        self.registerField("shopEmail*", self.email_edit)

        for edit in (self.name_edit, self.tagline_edit, self.email_edit, self.phone_edit, self.url_edit,
                     self.owner_edit, self.form_edit, self.siret_edit, self.vat_number_edit,
                     self.mediator_edit, self.mediator_url_edit):
            edit.textChanged.connect(self.autosave.poke)
            edit.editingFinished.connect(self.autosave.flush)
        for text_edit in (self.about_edit, self.address_edit):
            text_edit.textChanged.connect(self.autosave.poke)
        for combo in (self.language, self.currency, self.vat_combo):
            combo.currentIndexChanged.connect(self._save_now)
        self.primary.colorChanged.connect(self._on_color)
        self.accent.colorChanged.connect(self._on_color)
        self.siret_edit.textChanged.connect(self._check_siret)
        self.email_edit.editingFinished.connect(self._check_contact)
        self.url_edit.editingFinished.connect(self._check_contact)
        self.email_edit.textChanged.connect(self._clear_contact_problems)
        self.url_edit.textChanged.connect(self._clear_contact_problems)
        self.vat_combo.currentIndexChanged.connect(self._vat_changed)
        self.logo_choose.clicked.connect(self._choose_logo)
        self.logo_remove.clicked.connect(self._remove_logo)
        self.logo.fileDropped.connect(self.set_logo_file)

    # ------------------------------------------------------------------ file <-> widgets
    def load(self) -> None:
        shop = self.session.shop.shop()
        ident, legal = shop.identity, shop.legal
        self.name_edit.setText(ident.name)
        self.tagline_edit.setText(ident.tagline)
        self.about_edit.setPlainText(ident.about)
        self.primary.set_color(ident.primary_color, emit=False)
        self.accent.set_color(ident.accent_color, emit=False)
        self.language.setCurrentIndex(max(self.language.findData(ident.language), 0))
        self.currency.setCurrentIndex(max(self.currency.findData(ident.currency), 0))
        self.email_edit.setText(ident.email)
        self.phone_edit.setText(ident.phone)
        self.url_edit.setText(ident.public_url)
        self.owner_edit.setText(legal.owner_name)
        self.form_edit.setText(legal.legal_form)
        self.address_edit.setPlainText(legal.address)
        self.siret_edit.setText(legal.siret)
        self.vat_combo.setCurrentIndex(max(self.vat_combo.findData(legal.vat_status.value), 0))
        self.vat_number_edit.setText(legal.vat_number)
        self.mediator_edit.setText(legal.mediator_name)
        self.mediator_url_edit.setText(legal.mediator_url)
        self._show_logo(ident.logo)
        self._check_contrast()
        self._check_siret()
        self._check_contact()
        self._vat_changed()
        self._show_missing_legal()

    def identity_from_widgets(self, current: ShopIdentity) -> ShopIdentity:
        return replace(
            current,
            name=self.name_edit.text().strip(),
            tagline=self.tagline_edit.text().strip(),
            about=self.about_edit.toPlainText(),
            primary_color=self.primary.color(),
            accent_color=self.accent.color(),
            language=self.language.currentData(),
            currency=self.currency.currentData(),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            public_url=self.url_edit.text().strip(),
        )

    def legal_from_widgets(self, current: LegalIdentity) -> LegalIdentity:
        return replace(
            current,
            owner_name=self.owner_edit.text().strip(),
            legal_form=self.form_edit.text().strip(),
            address=self.address_edit.toPlainText().strip(),
            siret=self.siret_edit.text().strip(),
            vat_status=VatStatus(self.vat_combo.currentData()),
            vat_number=self.vat_number_edit.text().strip(),
            mediator_name=self.mediator_edit.text().strip(),
            mediator_url=self.mediator_url_edit.text().strip(),
        )

    def save(self) -> None:
        shop = self.session.shop
        current = shop.shop()
        identity = self.identity_from_widgets(current.identity)
        legal = self.legal_from_widgets(current.legal)
        if identity != current.identity or legal != current.legal:
            shop.save_settings(identity, legal)
        self._show_missing_legal()

    def _save_now(self, *_args: object) -> None:
        self.autosave.poke()
        self.autosave.flush()

    # ------------------------------------------------------------------ checks
    def contrast_problems(self) -> list[str]:
        """Colours too pale (or too dark) to read text on, with their ratio."""
        return contrast_problems(self.primary.color(), self.accent.color())

    def _check_contrast(self) -> None:
        self.contrast_warning.show_problems(self.contrast_problems())

    def _on_color(self, _color: str) -> None:
        self._check_contrast()
        self._save_now()

    def _check_contact(self) -> None:
        """Say at once when the email or the website address does not look right."""
        email = self.email_edit.text().strip()
        url = self.url_edit.text().strip()
        self.email_problem.show_problems(
            [msg("This email address does not look right.").text(self.lang)] if email and not is_email(email)
            else [])
        self.url_problem.show_problems(
            [msg("The shop's address must start with https:// or http://.").text(self.lang)]
            if url and not is_url(url) else [])

    def _clear_contact_problems(self, *_args: object) -> None:
        if self.email_problem.isVisible() and is_email(self.email_edit.text()):
            self.email_problem.show_problems([])
        if self.url_problem.isVisible() and is_url(self.url_edit.text()):
            self.url_problem.show_problems([])

    def _check_siret(self, *_args: object) -> None:
        """Say the true reason while it is true; the page may still go on (the publish checklist insists)."""
        reason = siret_problem(self.siret_edit.text())
        self.siret_problem.show_problems([reason.text(self.lang)] if reason else [])

    def _vat_changed(self, *_args: object) -> None:
        self.vat_number_edit.setEnabled(self.vat_combo.currentData() == VatStatus.SUBJECT.value)

    def _show_missing_legal(self) -> None:
        if not self.session.is_open:
            return
        shop = self.session.shop.shop()
        missing = missing_legal_fields(shop.legal, shop.identity)
        here = [p for p in missing if p.field not in HOST_FIELDS]
        host = len(here) < len(missing)  # the host's identity is not on this page: say where it is
        later = self.tr("Your web host's name is filled in later, on the Publish page (Who hosts your site).")
        if here:
            text = self.tr("Still needed before publishing: %1").replace(
                "%1", " ".join(p.text(self.lang) for p in here))
            self.legal_missing.setText(text + (" " + later if host else ""))
        elif host:
            self.legal_missing.setText(self.tr("Everything this page needs is there.") + " " + later)
        else:
            self.legal_missing.setText(self.tr("Everything the legal pages need is there."))

    # ------------------------------------------------------------------ logo
    def _show_logo(self, key: str | None) -> None:
        image = self.session.shop.image(key) if key else None
        self.logo.set_image(image.data if image else None, self.tr("Drop your logo here"))
        self.logo_remove.setEnabled(image is not None)

    def _choose_logo(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
        chosen, _f = QFileDialog.getOpenFileName(self, self.tr("Choose your logo"), str(Path.home()),
                                                 self.tr("Images (%1)").replace("%1", patterns))
        if chosen:
            self.set_logo_file(Path(chosen))

    def set_logo_file(self, path: Path):
        """Downscale and store the image as the shop's logo in a worker thread.

        ``logoChanged(ok)`` is emitted when done; a file that is not a usable image is explained.
        """
        from wizard.ui.workers import ImageImportWorker, run_in_thread

        worker = ImageImportWorker(self.session.shop, [Path(path)])
        worker.finished.connect(self._logo_ready)
        worker.failed.connect(lambda error: self._logo_refused(error))
        self.logo_choose.setEnabled(False)
        self._logo_worker = worker
        run_in_thread(worker)
        return worker

    def _logo_ready(self, result) -> None:
        self.logo_choose.setEnabled(True)
        if result.refused or not result.images:
            self._logo_refused(result.refused[0][1] if result.refused else None)
            return
        self.problem.show_problems([])
        key = result.images[0].key
        shop = self.session.shop
        shop.save_settings(replace(shop.shop().identity, logo=key))
        self._show_logo(key)
        self.logoChanged.emit(True)

    def _logo_refused(self, error: object) -> None:
        self.logo_choose.setEnabled(True)
        text = error.text(self.lang) if isinstance(error, EchoppeError) else str(error or "")
        self.problem.show_problems([self.tr("This image could not be used: %1").replace("%1", text)])
        self.logoChanged.emit(False)

    def _remove_logo(self) -> None:
        shop = self.session.shop
        shop.save_settings(replace(shop.shop().identity, logo=None))
        self._show_logo(None)

    # ------------------------------------------------------------------ QWizardPage
    def why_not_complete(self) -> tuple[str, ProblemLabel | None] | None:
        if not self.name_edit.text().strip():
            return self.tr("Give your shop a name to go on."), self.name_problem
        if not self.email_edit.text().strip():
            return self.tr("Give an email address where customers can reach you to go on."), self.email_problem
        return None

    def validatePage(self) -> bool:
        self.autosave.flush()
        shop = self.session.shop.shop()
        problems = [p.text(self.lang) for p in validate_identity(shop.identity)]
        # A wrong SIRET does not block: the page says it can be completed later, and the line under the
        # field (and the publish checklist) keep saying why.
        self.problem.show_problems(problems)
        return not problems

"""Who hosts the site: the host's name, address and phone that the legal notice must give, whatever
the target (a folder published later by hand is hosted somewhere too). Filled from the host preset."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from wizard.domain.model import LegalIdentity
from wizard.publish.presets import HOST_PRESETS, HostIdentity
from wizard.ui.pages.publish.fields import AutoLabel, add_field


class HostIdentityBox(QGroupBox):
    """Three fields kept in the shop's legal identity; ``edited`` after each change.

    Publishing to a folder, the host list of the SFTP form is hidden: a list of its own here fills the
    three fields in one choice (``presetPicked`` says which host, so the form remembers it).
    """

    edited = Signal()
    editingDone = Signal()
    presetPicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Who hosts your site"), parent)
        self.setObjectName("hostIdentityBox")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        self.choice = QComboBox()
        self.choice.setObjectName("hostIdentityChoice")
        self.choice.addItem(self.tr("Choose it to fill in its details…"), "")
        for host in HOST_PRESETS:
            if host.host_identity is not None:
                self.choice.addItem(host.name, host.id)
        self.choice.addItem(self.tr("Another host: type its details below"), "custom")
        self.choice_label = QLabel(self.tr("&Your host:"))
        self.choice_label.setBuddy(self.choice)
        form.addRow(self.choice_label, self.choice)
        self.choice.activated.connect(self._on_choice)
        self.name_edit = add_field(
            form, self.tr("Host's na&me:"), "hostNameEdit", placeholder=self.tr("e.g. OVH SAS"),
            help_text=self.tr("The law asks your legal notice to name the company that keeps your site on "
                              "the Internet, with its address and phone. Choosing your host in the list "
                              "above fills them in.")).edit
        self.address_edit = add_field(form, self.tr("Host's a&ddress:"), "hostAddressEdit").edit
        self.phone_edit = add_field(form, self.tr("Host's p&hone:"), "hostPhoneEdit").edit
        self.check_note = AutoLabel()
        self.check_note.setObjectName("hostIdentityCheck")
        self.check_note.setWordWrap(True)
        form.addRow("", self.check_note)
        for edit in (self.name_edit, self.address_edit, self.phone_edit):
            edit.textEdited.connect(self.edited)
            edit.textEdited.connect(self._clear_check_note)
            edit.editingFinished.connect(self.editingDone)

    def load(self, legal: LegalIdentity) -> None:
        self.name_edit.setText(legal.host_name)
        self.address_edit.setText(legal.host_address)
        self.phone_edit.setText(legal.host_phone)

    def set_folder_mode(self, folder: bool) -> None:
        """Show the host list of its own when publishing to a folder (the SFTP form has one otherwise)."""
        self._form.setRowVisible(self.choice, folder)

    def show_choice(self, preset_id: str) -> None:
        """Select ``preset_id`` in the list (the placeholder when it knows no identity)."""
        index = self.choice.findData(preset_id) if preset_id != "custom" else -1
        self.choice.setCurrentIndex(max(index, 0))

    @Slot(int)
    def _on_choice(self, _index: int) -> None:
        preset_id = str(self.choice.currentData() or "")
        if preset_id == "custom":  # after the list gives the focus back to itself
            QTimer.singleShot(0, self.name_edit.setFocus)
            return
        host = next((p for p in HOST_PRESETS if p.id == preset_id), None)
        if host is not None:
            self.presetPicked.emit(preset_id)
            self.apply_preset(host.host_identity)

    def apply_preset(self, identity: HostIdentity | None) -> None:
        """The host was chosen in the list: take its identity unless the merchant typed another one."""
        if identity is None:
            return
        typed = (self.name_edit.text().strip(), self.address_edit.text().strip(), self.phone_edit.text().strip())
        known = {(i.name, i.address, i.phone) for i in (p.host_identity for p in HOST_PRESETS) if i is not None}
        if any(typed) and typed not in known:
            return
        self.name_edit.setText(identity.name)
        self.address_edit.setText(identity.address)
        self.phone_edit.setText(identity.phone)
        self.check_note.setText("" if identity.checked else self.tr(
            "Please check these details against your host's own legal notice before going online."))
        self.edited.emit()

    def _clear_check_note(self) -> None:
        self.check_note.setText("")

    def legal_with(self, legal: LegalIdentity) -> LegalIdentity:
        """``legal`` with the host's details as typed."""
        return replace(legal, host_name=self.name_edit.text().strip(),
                       host_address=self.address_edit.text().strip(), host_phone=self.phone_edit.text().strip())

"""Who hosts the site: the host's name, address and phone that the legal notice must give, whatever
the target (a folder published later by hand is hosted somewhere too). Filled from the host preset."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from wizard.domain.model import LegalIdentity
from wizard.publish.presets import HOST_PRESETS, HostIdentity
from wizard.ui.pages.publish.fields import AutoLabel, add_field


class HostIdentityBox(QGroupBox):
    """Three fields kept in the shop's legal identity; ``edited`` after each change."""

    edited = Signal()
    editingDone = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Who hosts your site"), parent)
        self.setObjectName("hostIdentityBox")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
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

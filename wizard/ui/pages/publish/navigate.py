"""Take the person to the page and the field that fixes a checklist item (the wizard has no jump:
it moves back along the pages visited, or from the start forward, as Back and Next would)."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QWidget, QWizard

from wizard.ui.session import ShopSession, StartMode
from wizard.ui.wizard import PageId

# Finding code (exact, or its family before the first dot) → the page and the field that fixes it.
FIXES: dict[str, tuple[PageId, str]] = {
    "identity.owner_name": (PageId.SHOP, "legalOwner"),
    "identity.address": (PageId.SHOP, "legalAddress"),
    "identity.siret": (PageId.SHOP, "legalSiret"),
    "identity.vat_number": (PageId.SHOP, "legalVatNumber"),
    "identity.mediator_name": (PageId.SHOP, "legalMediator"),
    "identity.email": (PageId.SHOP, "shopEmail"),
    "identity.host_name": (PageId.PUBLISH, "hostNameEdit"),
    "identity.host": (PageId.PUBLISH, "hostAddressEdit"),
    "identity": (PageId.SHOP, "legalOwner"),
    "product": (PageId.PRODUCTS, "productsTable"),
    "text": (PageId.PRODUCTS, "productsTable"),
    "shipping": (PageId.SHIPPING, "shippingTable"),
}


def fix_for(code: str) -> tuple[PageId, str]:
    """Where a finding is fixed (the Your shop page when the code is unknown)."""
    return FIXES.get(code) or FIXES.get(code.split(".", 1)[0]) or (PageId.SHOP, "legalOwner")


def go_to(wizard: QWizard, session: ShopSession, page_id: int) -> bool:
    """Move ``wizard`` to ``page_id``; False when a page on the way refused to go on."""
    if page_id in wizard.visitedIds():
        while wizard.currentId() != page_id:
            before = wizard.currentId()
            wizard.back()
            if wizard.currentId() == before:
                return False
        return True
    # Not on the way here ("Publish my changes" went straight to this page): from the start, forward.
    while len(wizard.visitedIds()) > 1:
        wizard.back()
    if session.start_mode == StartMode.PUBLISH_NOW:
        session.start_mode = StartMode.OPEN
    while wizard.currentId() != page_id:
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            return False
    return True


def focus_field(page: QWidget, name: str) -> QWidget | None:
    """Give the named field the keyboard focus and scroll it into sight."""
    field = page.findChild(QWidget, name)
    if field is None:
        return None
    field.setFocus()
    parent = field.parentWidget()
    while parent is not None:
        scroll = parent.parentWidget()
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(field)
            break
        parent = parent.parentWidget()
    return field

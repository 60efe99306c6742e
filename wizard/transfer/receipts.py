"""The book of receipts as a CSV file (French Excel reads it) and as a printable PDF (fpdf2).

fpdf2 is pure Python, maintained, small (no C build), writes Unicode text with a TrueType font; a system
DejaVu or Liberation font is used when found, else the PDF core Helvetica (Latin-1 only).
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from wizard.domain.receipts import Receipt, total
from wizard.i18n import gettext_for
from wizard.pdffonts import unicode_font

PAYMENT_NAMES = {"paypalme": "PayPal", "transfer": "Bank transfer", "link": "Payment link",
                 "pickup": "Paid at pickup", "email": "Order by e-mail"}


def _headers(lang: str) -> list[str]:
    _ = gettext_for(lang)
    return [_("Date of payment"), _("Reference"), _("Customer"), _("Nature of the sale"), _("Amount"),
            _("Means of payment")]


def _amount(value: object, lang: str) -> str:
    text = format(value, "f")
    return text.replace(".", ",") if lang == "fr" else text


def _row(r: Receipt, lang: str) -> list[str]:
    _ = gettext_for(lang)
    return [r.day.isoformat(), r.reference, r.customer, r.nature, _amount(r.amount, lang),
            _(PAYMENT_NAMES.get(r.payment, r.payment))]


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def receipts_csv(rows: Sequence[Receipt], lang: str) -> bytes:
    """UTF-8 with BOM, ``;`` separated in French (what French Excel opens), ``,`` otherwise."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";" if lang == "fr" else ",", lineterminator="\r\n")
    writer.writerow(_headers(lang))
    for r in rows:
        writer.writerow(_row(r, lang))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def receipts_pdf(rows: Sequence[Receipt], lang: str, shop_name: str, period: str) -> bytes:
    from fpdf import FPDF

    _ = gettext_for(lang)
    pdf = FPDF(orientation="landscape", format="A4")
    font = unicode_font()
    if font:
        pdf.add_font("Body", "", font[0])
        pdf.add_font("Body", "B", font[1])
        family = "Body"
    else:
        family = "Helvetica"

    def clean(text: str) -> str:
        return text if font else text.encode("latin-1", "replace").decode("latin-1")

    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font(family, size=16)
    pdf.cell(0, 10, clean(_("Book of receipts") + f" — {shop_name} — {period}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=9)
    widths = (28, 28, 50, 115, 25, 31)
    with pdf.table(col_widths=widths, text_align=("LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "LEFT"),
                   line_height=6) as table:
        table.row([clean(h) for h in _headers(lang)])
        for r in rows:
            table.row([clean(c) for c in _row(r, lang)])
        currency = rows[0].currency if rows else ""
        table.row(["", "", "", clean(_("Total")), clean(_amount(total(rows), lang) + " " + currency), ""])
    return bytes(pdf.output())


def write_receipts(path: Path, rows: Sequence[Receipt], lang: str, shop_name: str, period: str) -> None:
    """Write the book to ``path``: PDF when it ends in .pdf, CSV otherwise."""
    if path.suffix.lower() == ".pdf":
        data = receipts_pdf(rows, lang, shop_name, period)
    else:
        data = receipts_csv(rows, lang)
    _write_atomic(path, data)

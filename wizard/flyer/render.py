"""Draw a :class:`~wizard.flyer.plan.FlyerPlan` as a one-page PDF (fpdf2), with a vector QR code (segno).

segno is maintained, pure Python and needs no Pillow: it gives the QR code's modules, drawn here as
filled rectangles, so the code stays sharp at any printer's resolution. The layout is drawn for A5 in
millimetres and scaled for A6 (A6 is A5 shrunk by 1/√2), so both sizes look the same.

Colours come from the shop's palette, made readable: the name is written in black or white, whichever
reads better on the main colour; the QR code is drawn in the main colour darkened until it has a 7:1
contrast with the white behind it (scanners need a dark code on a light ground and a quiet zone).
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.flyer.plan import FlyerError, FlyerPlan, FlyerSize, Picture
from wizard.i18n import Message, msg
from wizard.pdffonts import latin1, unicode_font
from wizard.site.colors import ink_on, parse_hex, text_on

if TYPE_CHECKING:
    from fpdf import FPDF

A5_WIDTH = 148.0
PAGE_MM = {FlyerSize.A5: (148.0, 210.0), FlyerSize.A6: (105.0, 148.0)}  # ISO 216 (fpdf2 knows no A6)
MARGIN = 12.0
QR_SIDE = 62.0  # on A5; 44 mm on A6, well above the 2 cm a phone needs at arm's length
QR_QUIET = 4  # modules of white around the code, as the standard asks
WHITE = (255, 255, 255)
GREY = (90, 90, 90)


class FlyerNotWritten(FlyerError):
    def __init__(self, path: Path, reason: str | Message) -> None:
        super().__init__(msg("The flyer could not be written to {path}: {reason}", path=str(path), reason=reason),
                         msg("Choose a folder you can write in, such as your Documents."))


def qr_modules(url: str) -> list[list[bool]]:
    """The QR code of ``url`` as rows of dark (True) modules, without the quiet zone."""
    import segno

    code = segno.make_qr(url, error="m", boost_error=True)
    return [[bool(v) for v in row] for row in code.matrix]


class _Flyer:
    def __init__(self, plan: FlyerPlan) -> None:
        from fpdf import FPDF

        self.plan = plan
        self.pdf: FPDF = FPDF(orientation="portrait", unit="mm", format=PAGE_MM[plan.size])
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(0, 0, 0)
        self.pdf.set_title(plan.shop_name)
        self.pdf.set_creator("Échoppe")
        self.k = self.pdf.w / A5_WIDTH
        font = unicode_font()
        self.unicode = font is not None
        if font is not None:
            self.pdf.add_font("Body", "", font[0])
            self.pdf.add_font("Body", "B", font[1])
            self.family = "Body"
        else:
            self.family = "Helvetica"
        self.primary = parse_hex(plan.primary_color)
        self.accent = parse_hex(plan.accent_color, "#e07a3f")
        self.on_primary = parse_hex(text_on(plan.primary_color))
        self.ink = parse_hex(ink_on(plan.primary_color, "#ffffff"))
        self.qr_ink = parse_hex(ink_on(plan.primary_color, "#ffffff", ratio=7.0))
        self.accent_ink = parse_hex(ink_on(plan.accent_color, "#ffffff"))

    # ------------------------------------------------------------------ helpers (A5 millimetres)
    def mm(self, value: float) -> float:
        return value * self.k

    def text(self, value: str) -> str:
        return value if self.unicode else latin1(value)

    def font(self, size: float, bold: bool = False) -> None:
        self.pdf.set_font(self.family, "B" if bold else "", size * self.k)

    def fitted(self, value: str, width: float, size: float, smallest: float, bold: bool = False) -> float:
        """The largest font size from ``size`` down to ``smallest`` at which ``value`` fits in ``width``."""
        while size > smallest:
            self.font(size, bold)
            # multi_cell keeps a cell margin on each side: the text must fit inside it.
            if self.pdf.get_string_width(self.text(value)) <= self.mm(width) - 2 * self.pdf.c_margin - 0.1:
                return size
            size -= 0.5
        self.font(smallest, bold)
        return smallest

    def lines(self, value: str, x: float, y: float, width: float, size: float, color: tuple[int, int, int],
              bold: bool = False, align: str = "C", max_lines: int = 3) -> float:
        """Write ``value`` wrapped in ``width`` from ``y``; returns the y under it."""
        self.font(size, bold)
        self.pdf.set_text_color(*color)
        height = size * 0.45
        self.pdf.set_xy(self.mm(x), self.mm(y))
        wrapped = self.pdf.multi_cell(self.mm(width), self.mm(height), self.text(value), align=align,
                                      dry_run=True, output="LINES")
        rows = [str(r) for r in wrapped] if isinstance(wrapped, list) else [self.text(value)]
        for row in rows[:max_lines]:
            self.pdf.set_x(self.mm(x))
            self.pdf.cell(self.mm(width), self.mm(height), row, align=align, new_x="LMARGIN", new_y="NEXT")
        return float(y + height * min(len(rows), max_lines))

    def picture(self, pic: Picture, x: float, y: float, box_w: float, box_h: float) -> None:
        """``pic`` fitted in the box, centred, its proportions kept.

        The bytes come from a shop file anyone may have made (their key only proves they were not
        changed since): a picture that cannot be decoded is left out, the flyer is still made.
        """
        from PIL import Image

        from wizard.store.images import guard_decoding

        guard_decoding()  # fpdf2 decodes with Pillow: with our bound

        ratio = min(box_w / max(pic.width, 1), box_h / max(pic.height, 1))
        w, h = pic.width * ratio, pic.height * ratio
        with contextlib.suppress(OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError):
            self.pdf.image(io.BytesIO(pic.data), x=self.mm(x + (box_w - w) / 2), y=self.mm(y + (box_h - h) / 2),
                           w=self.mm(w), h=self.mm(h))

    def qr(self, x: float, y: float, side: float) -> None:
        modules = qr_modules(self.plan.url)
        count = len(modules) + 2 * QR_QUIET
        cell = side / count
        self.pdf.set_fill_color(*WHITE)
        self.pdf.rect(self.mm(x), self.mm(y), self.mm(side), self.mm(side), style="F")
        self.pdf.set_fill_color(*self.qr_ink)
        for r, row in enumerate(modules):
            c = 0
            while c < len(row):  # one rectangle per run of dark modules: smaller file, no hairline gaps
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                self.pdf.rect(self.mm(x + (QR_QUIET + start) * cell), self.mm(y + (QR_QUIET + r) * cell),
                              self.mm((c - start) * cell), self.mm(cell), style="F")

    # ------------------------------------------------------------------ the page
    def draw(self) -> bytes:
        plan, pdf = self.plan, self.pdf
        pdf.add_page()
        width = A5_WIDTH - 2 * MARGIN
        # Header: the main colour, the logo, the name and the tagline.
        header = 38.0
        pdf.set_fill_color(*self.primary)
        pdf.rect(0, 0, pdf.w, self.mm(header), style="F")
        pdf.set_fill_color(*self.accent)
        pdf.rect(0, self.mm(header), pdf.w, self.mm(3), style="F")
        text_x = MARGIN
        if plan.logo is not None:
            pdf.set_fill_color(*WHITE)
            pdf.rect(self.mm(MARGIN), self.mm(5), self.mm(28), self.mm(28), style="F", round_corners=True,
                     corner_radius=self.mm(3))
            self.picture(plan.logo, MARGIN + 2, 7, 24, 24)
            text_x = MARGIN + 34
        name_width = A5_WIDTH - MARGIN - text_x
        size = self.fitted(plan.shop_name, name_width, 24, 13, bold=True)
        below = self.lines(plan.shop_name, text_x, 9 if plan.tagline else 14, name_width, size,
                           self.on_primary, bold=True, align="L", max_lines=2)
        if plan.tagline:
            self.lines(plan.tagline, text_x, below + 1.5, name_width, 10.5, self.on_primary, align="L", max_lines=2)
        # What the flyer is about: the shop, or one product and its price.
        y = header + 11
        y = self.lines(plan.headline, MARGIN, y, width, 17, self.ink, bold=True, max_lines=2)
        if plan.price:
            y = self.lines(plan.price, MARGIN, y + 1, width, 14, self.accent_ink, bold=True, max_lines=1)
        y += 5
        # The QR code (beside the product's picture when there is one).
        side = QR_SIDE
        if plan.picture is not None:
            gap = 6.0
            pic_w = width - side - gap
            self.picture(plan.picture, MARGIN, y, pic_w, side)
            qr_x = MARGIN + pic_w + gap
        else:
            qr_x = (A5_WIDTH - side) / 2
        self.qr(qr_x, y, side)
        y += side + 2
        hint_x, hint_w = (qr_x, side) if plan.picture is not None else (MARGIN, width)
        y = self.lines(plan.scan_hint, hint_x, y, hint_w, 10, GREY, max_lines=2)
        y = self.lines(plan.address, hint_x, y + 0.5, hint_w, 10, self.ink, bold=True, max_lines=2)
        if plan.coupon_code:
            self.coupon(y + 6)
        if plan.contact:
            self.lines(plan.contact, MARGIN, 210 - 11, width, 8.5, GREY, max_lines=1)
        return bytes(pdf.output())

    def coupon(self, top: float) -> None:
        plan, pdf = self.plan, self.pdf
        width = A5_WIDTH - 2 * MARGIN
        inner = width - 8
        height = 12 + 9 + 4.2 * len(plan.coupon_terms) + 4
        height = min(height, 210 - 14 - top)
        pdf.set_draw_color(*self.accent_ink)
        pdf.set_line_width(self.mm(0.6))
        pdf.set_dash_pattern(dash=self.mm(2.2), gap=self.mm(1.4))
        pdf.rect(self.mm(MARGIN), self.mm(top), self.mm(width), self.mm(height), style="D", round_corners=True,
                 corner_radius=self.mm(3))
        pdf.set_dash_pattern()
        y = self.lines(plan.coupon_offer, MARGIN + 4, top + 3.5, inner, 12, self.ink, bold=True, max_lines=1)
        size = self.fitted(plan.coupon_code, inner, 22, 12, bold=True)
        y = self.lines(plan.coupon_code, MARGIN + 4, y + 0.5, inner, size, self.accent_ink, bold=True, max_lines=1)
        for term in plan.coupon_terms:
            y = self.lines(term, MARGIN + 4, y + 0.3, inner, 8.5, GREY, max_lines=2)


def render_pdf(plan: FlyerPlan) -> bytes:
    """The flyer as the bytes of a one-page PDF."""
    return _Flyer(plan).draw()


def qr_png(url: str, scale: int = 4) -> bytes:
    """The QR code of ``url`` as PNG bytes (a preview on screen; segno writes PNG without Pillow)."""
    import segno

    buf = io.BytesIO()
    segno.make_qr(url, error="m", boost_error=True).save(buf, kind="png", scale=scale, border=QR_QUIET)
    return buf.getvalue()


def write_flyer(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (a temporary file beside it, then renamed over it)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise FlyerNotWritten(path, msg("the folder does not exist."))
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise FlyerNotWritten(path, exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise FlyerNotWritten(path, exc.strerror or str(exc)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

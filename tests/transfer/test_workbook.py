"""Spreadsheets as they are: .xlsx and .ods read directly, same preview, line numbers, all-or-nothing."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from xml.sax.saxutils import escape

import pytest

from wizard.domain.model import ShopIdentity
from wizard.store import ShopFile
from wizard.transfer import RowsRejected, apply_import, read_products
from wizard.transfer.workbook import cell_text


def _col(i: int) -> str:
    return chr(ord("A") + i)


def make_xlsx(rows: list[list[object]], skip: int = 0) -> bytes:
    """A minimal real .xlsx (inline strings, numbers as numbers), starting at row ``skip + 1``."""
    sheet_rows = []
    for r, row in enumerate(rows, start=1 + skip):
        cells = []
        for c, value in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(value, int | float):
                cells.append(f'<c r="{ref}"><v>{value!r}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Produits" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + "</sheetData></worksheet>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return buf.getvalue()


def make_ods(rows: list[list[object]]) -> bytes:
    """A minimal real .ods (LibreOffice's format)."""
    body = []
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, int | float):
                cells.append(f'<table:table-cell office:value-type="float" office:value="{value!r}"><text:p>{value}</text:p></table:table-cell>')
            else:
                cells.append(f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>')
        body.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="Produits">'
               + "".join(body) + "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)
    return buf.getvalue()


ROWS = [["Nom", "Prix", "Stock", "Catégorie"],
        ["Miel de lavande", 9.5, 12, "Miels"],
        ["Confiture de figues", 6, 4, "Confitures"],
        ["Pain d'épices", "12,99", "", "Gourmandises"]]


@pytest.mark.parametrize("make", [make_xlsx, make_ods])
def test_a_spreadsheet_is_imported_as_it_is(make, tmp_path):
    preview = read_products(make(ROWS))
    assert preview.rejected == ()
    got = [(i.line, i.product.name, i.product.price, i.product.stock, i.category_path) for i in preview.items]
    assert got == [(2, "Miel de lavande", Decimal("9.5"), 12, "Miels"),
                   (3, "Confiture de figues", Decimal("6"), 4, "Confitures"),
                   (4, "Pain d'épices", Decimal("12.99"), None, "Gourmandises")]
    with ShopFile.create(tmp_path / "s.echoppe", ShopIdentity(name="Les Ruches", currency="EUR")) as shop:
        report = apply_import(shop, preview)
        assert report.count == 3 and shop.product_count() == 3


def test_line_numbers_are_the_sheet_s_and_a_bad_row_stops_everything(tmp_path):
    rows = [*ROWS, ["Nougat", 12.345, 1, ""], ["Bonbons", "1,234", 1, ""]]
    data = make_xlsx(rows, skip=2)  # the table starts on row 3, as people often leave a title above
    preview = read_products(data)
    assert [(r.line, r.name) for r in preview.rejected] == [(7, "Nougat"), (8, "Bonbons")]
    assert "Price: “12.345”" in preview.rejected[0].text("en")  # three decimals: not a price
    assert "could be 1,234.00 or 1.234" in preview.rejected[1].text("en")
    with ShopFile.create(tmp_path / "s.echoppe", ShopIdentity(name="Les Ruches", currency="EUR")) as shop:
        with pytest.raises(RowsRejected):
            apply_import(shop, preview)
        assert shop.product_count() == 0


def test_cell_text():
    assert cell_text(12.0) == "12" and cell_text(12.99) == "12.99" and cell_text(None) == ""
    assert cell_text(True) == "1"


def test_a_broken_workbook_is_one_clear_error():
    from wizard.transfer.results import UnreadableFile

    with pytest.raises(UnreadableFile) as caught:
        read_products(b"PK\x03\x04 not really a zip")
    assert "spreadsheet" in caught.value.text("en")

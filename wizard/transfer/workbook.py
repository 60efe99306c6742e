"""Reading a spreadsheet as it is (``.xlsx``, ``.ods``, ``.xls``) into the same table a CSV gives.

The first sheet is read with python-calamine (a maintained reader, no macro ever runs). Row numbers
are the sheet's own, so an import names the line the person sees in their spreadsheet; numbers become
text the one price parser reads exactly (``12.5``, never ``12.499999``), dates become ISO dates.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from wizard.domain.text import strip_controls
from wizard.i18n import msg
from wizard.transfer.results import UnreadableFile
from wizard.transfer.table import Table

ZIP_MAGIC = b"PK\x03\x04"  # .xlsx and .ods are zip files
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # .xls (Excel 97-2003)


def is_workbook(raw: bytes) -> bool:
    """True for the first bytes of an .xlsx, .ods or .xls file."""
    return raw.startswith((ZIP_MAGIC, OLE_MAGIC))


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a person would have typed in it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)  # the shortest text that is this number: 12.99, not 12.990000000000002
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value)


def read_workbook(raw: bytes, kind: str = "") -> Table:
    """The first sheet of the workbook ``raw`` as a :class:`Table` (header = its first non-blank row)."""
    from python_calamine import CalamineWorkbook  # a declared dependency, imported when a workbook is read

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(raw))
        names = book.sheet_names
        if not names:
            raise UnreadableFile(msg("The file is empty."),
                                 msg("Choose a CSV file with a header row and one row per product."))
        values = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except UnreadableFile:
        raise
    except Exception as exc:  # calamine's own errors (zip, XML, password) are not one class
        raise UnreadableFile(
            msg("This spreadsheet could not be read: {error}", error=str(exc)[:200]),
            msg("Open it in your spreadsheet and save it again, or save it as CSV."),
        ) from exc
    header: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    for number, cells in enumerate(values, start=1):
        texts = tuple(strip_controls(cell_text(c)) for c in cells)
        if not "".join(texts).strip():
            continue  # blank rows, above the header too
        if header is None:
            header = tuple(t.strip() for t in texts)
            continue
        rows.append((number, texts))
    if header is None:
        raise UnreadableFile(msg("The file is empty."),
                             msg("Choose a CSV file with a header row and one row per product."))
    kind = kind or ("xls" if raw.startswith(OLE_MAGIC) else "ods" if b"opendocument" in raw[:200] else "xlsx")
    return Table(header, rows, kind, "")


def workbook_kind(path: Path) -> str:
    """``xlsx``, ``ods`` or ``xls`` from a file name (empty when it is none of them)."""
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in ("xlsx", "xlsm", "ods", "xls") else ""

"""Reading a CSV file as a table: encoding, delimiter, header names, row numbers."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from wizard.domain.text import strip_controls
from wizard.i18n import msg
from wizard.transfer.encoding import AUTO, decode, has_nul_layout
from wizard.transfer.results import UnreadableFile

DELIMITERS = (",", ";", "\t")
csv.field_size_limit(16 * 1024 * 1024)  # long HTML descriptions


@dataclass(frozen=True)
class SwallowedRows:
    """A row whose cell, opened by a stray quote, ran over the following lines of the file."""

    row: int  # the row number a spreadsheet shows
    first_line: int  # the line of the file where the row (and its stray quote) starts
    last_line: int  # the line where the quoted cell finally ends


@dataclass(frozen=True)
class Table:
    """A decoded CSV: its header and its rows (each with the row number a spreadsheet shows)."""

    header: tuple[str, ...]
    rows: list[tuple[int, tuple[str, ...]]]
    encoding: str
    delimiter: str
    repaired_lines: tuple[int, ...] = ()  # lines whose bytes were not the encoding's (see encoding.py)
    swallowed: tuple[SwallowedRows, ...] = ()  # rows a stray quote merged into one cell (left out of rows)

    def records(self) -> Iterator[tuple[int, dict[str, str]]]:
        """Rows as ``{header: cell}`` (short rows padded with empty cells), with their row number."""
        header = self.header
        width = len(header)
        for line, cells in self.rows:
            if len(cells) < width:
                cells = cells + ("",) * (width - len(cells))
            yield line, dict(zip(header, cells, strict=False))


    def project(self, columns: tuple[str, ...]) -> Iterator[tuple[int, tuple[str, ...]]]:
        """Rows as tuples of the cells of ``columns``, in that order (a missing column gives empty cells).

        Tuples rather than dicts: this is the hot loop of a big import.
        """
        width = len(self.header)
        where = {name: i for i, name in reversed(list(enumerate(self.header)))}
        # A missing column reads the empty cell appended after the last one.
        indexes = [where.get(c, width) for c in columns]
        pick = itemgetter(*indexes) if len(indexes) > 1 else (lambda row: (row[indexes[0]],))
        for line, cells in self.rows:
            if len(cells) != width:
                cells = (cells + ("",) * width)[:width]
            yield line, pick((*cells, ""))

    def drain(self, columns: tuple[str, ...]) -> Iterator[tuple[int, tuple[str, ...]]]:
        """Like :meth:`project`, letting go of each row once read (a big file's cells are freed early)."""
        rows = self.rows
        projected = self.project(columns)
        for index in range(len(rows)):
            item = next(projected)
            rows[index] = (0, ())
            yield item


def _first_record(text: str, delimiter: str) -> list[str]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return next(reader, [])


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the header into the most columns (comma on a tie)."""
    head = text[:65536]
    best, best_count = ",", 0
    for delimiter in DELIMITERS:
        count = len(_first_record(head, delimiter))
        if count > best_count:
            best, best_count = delimiter, count
    return best


def read_table(source: str | Path | bytes, encoding: str = AUTO) -> Table:
    """Decode and split a CSV file (a path or its bytes); ``encoding`` is detected unless given."""
    if isinstance(source, bytes | bytearray):
        raw = bytes(source)
    else:
        try:
            raw = Path(source).read_bytes()
        except FileNotFoundError as exc:
            raise UnreadableFile(
                msg("The file {name} was not found.", name=str(source)),
                msg("Check the name and folder of the file."),
            ) from exc
        except IsADirectoryError as exc:
            raise UnreadableFile(
                msg("{name} is a folder, not a file.", name=str(source)),
                msg("Choose a CSV file."),
            ) from exc
    from wizard.transfer.workbook import is_workbook, read_workbook  # a spreadsheet read as it is

    if is_workbook(raw):
        return read_workbook(raw)
    if (encoding == AUTO and b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff"))
            and has_nul_layout(raw) is None):
        raise UnreadableFile(
            msg("This file is not a CSV text file."),
            msg("In your spreadsheet, use File > Save as > CSV, then import that file."),
        )
    decoded = decode(raw, encoding)
    del raw
    text = decoded.text
    # NUL bytes, terminal escapes and bidi overrides have no place in a product (tab and line ends kept).
    text = strip_controls(text)
    first_line = text[:8].lower()
    if first_line.startswith("sep=") and len(text) > 4 and text[4] in ",;\t|":
        # Excel's "sep=;" hint line: it names the separator and is not a row.
        delimiter = text[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
    else:
        delimiter = detect_delimiter(text)
    try:
        header, rows, swallowed = _split(_lines(text), delimiter)
    except csv.Error:
        # A lone carriage return inside an unquoted cell: let the io module split lines on any ending.
        header, rows, swallowed = _split(io.StringIO(text, newline=""), delimiter)
    if not header:
        raise UnreadableFile(
            msg("The file is empty."),
            msg("Choose a CSV file with a header row and one row per product."),
        )
    return Table(header, rows, decoded.encoding, delimiter, decoded.repaired_lines, tuple(swallowed))


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their endings (cheaper in memory than a StringIO, which widens text).

    Lines end with ``\n`` (``\r\n`` included), or with ``\r`` alone in a file without any ``\n``
    (classic Mac spreadsheets).
    """
    end_char = "\r" if "\n" not in text and "\r" in text else "\n"
    find = text.find
    start, size = 0, len(text)
    while start < size:
        end = find(end_char, start)
        if end < 0:
            yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


def _split(lines: Iterable[str], delimiter: str) -> tuple[
        tuple[str, ...] | None, list[tuple[int, tuple[str, ...]]], list[SwallowedRows]]:
    """Header, non-blank rows (with their spreadsheet row numbers) and swallowed rows of CSV ``lines``."""
    reader = csv.reader(lines, delimiter=delimiter)
    header: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    swallowed: list[SwallowedRows] = []
    row_number = 0
    line_end = 0
    try:
        for cells in reader:
            row_number += 1
            line_start, line_end = line_end + 1, reader.line_num
            if header is None:
                if not any(c.strip() for c in cells):
                    continue  # blank lines above the header
                header = tuple(c.strip() for c in cells)
                continue
            if not "".join(cells).strip():
                continue  # a blank row in a spreadsheet
            if line_end > line_start and _swallows_rows(cells, delimiter, len(header)):
                swallowed.append(SwallowedRows(row_number, line_start, line_end))
                continue
            rows.append((row_number, tuple(cells)))
    except csv.Error as exc:
        if isinstance(lines, io.StringIO):
            raise UnreadableFile(
                msg("The file could not be read near line {line}: {error}", line=row_number, error=str(exc)),
                msg("Open it in a spreadsheet and save it again as CSV."),
            ) from exc
        raise
    return header, rows, swallowed


def _swallows_rows(cells: list[str], delimiter: str, width: int) -> bool:
    """True when a multi-line cell of this row holds whole rows: a quote was opened and not closed.

    A genuine multi-line cell (a description) holds sentences; a cell that swallowed rows holds lines
    that, read alone, split into exactly as many cells as the header (a spreadsheet writes every
    cell of a row): at least two such lines, and at least half of the cell's lines.
    """
    if width < 2:
        return False
    for cell in cells:
        if "\n" not in cell and "\r" not in cell:
            continue
        inner = cell.splitlines()
        row_like = sum(1 for line in inner if len(_first_record(line, delimiter)) == width)
        if row_like >= 2 and 2 * row_like >= len(inner):
            return True
    return False


def normalise_header(name: str) -> str:
    """``" Catégorie "`` → ``"categorie"``; ``"Prix (€)"`` → ``"prix"``: for matching column names."""
    name = re.sub(r"\(.*?\)|['’`]", " ", name)
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", " ", ascii_name).strip()


def column_map(header: tuple[str, ...], aliases: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """``{field: header name}`` for each field whose aliases (normalised names) match a column.

    The first matching column wins; aliases are tried in order, so put the most specific first.
    """
    normalised: dict[str, str] = {}
    for name in header:
        normalised.setdefault(normalise_header(name), name)
    found: dict[str, str] = {}
    for key, names in aliases.items():
        for alias in names:
            if alias in normalised:
                found[key] = normalised[alias]
                break
    return found


def unit_in_header(name: str) -> str | None:
    """``"Weight (lbs)"`` → ``"lbs"``; ``"Poids (kg)"`` → ``"kg"``; ``"Poids (g)"`` → ``"g"``."""
    match = re.search(r"\(\s*(kg|g|gr|grammes?|grams?|lbs?|oz)\s*\)", name, re.IGNORECASE)
    if not match:
        return None
    unit = match.group(1).lower()
    if unit.startswith("lb"):
        return "lbs"
    if unit.startswith("gr") or unit == "g":
        return "g"
    return unit

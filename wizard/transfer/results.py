"""What an import produces: a preview before touching a shop, and a report after."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.domain.model import Product
from wizard.i18n import EchoppeError, Message, msg
from wizard.transfer.formats import SourceFormat


@dataclass(frozen=True)
class ImportItem:
    """One product ready to import, with what the shop must resolve when it is applied."""

    product: Product
    line: int  # the spreadsheet row the product starts on (the header is row 1)
    category_path: str = ""  # "Vêtements > T-shirts"; created on import when missing


@dataclass(frozen=True)
class RejectedRow:
    """A row that cannot be imported, and why (in words a shop owner understands)."""

    line: int
    reasons: tuple[Message, ...]
    name: str = ""

    @property
    def reason(self) -> Message:
        return self.reasons[0]

    def text(self, lang: str | None = None) -> str:
        """``"Line 7 (Bonnet): The price is not a number."``"""
        reasons = " ".join(r.text(lang) for r in self.reasons)
        if self.name:
            return msg("Line {line} ({name}): {reasons}", line=self.line, name=self.name,
                       reasons=reasons).text(lang)
        return msg("Line {line}: {reasons}", line=self.line, reasons=reasons).text(lang)


@dataclass(frozen=True)
class ImportWarning:
    """Something imported differently from the file, worth telling (not a rejection)."""

    message: Message
    line: int | None = None

    def text(self, lang: str | None = None) -> str:
        if self.line is None:
            return self.message.text(lang)
        return msg("Line {line}: {warning}", line=self.line, warning=self.message.text(lang)).text(lang)


@dataclass(frozen=True)
class ImportPreview:
    """A parsed file, before anything is written to a shop."""

    items: tuple[ImportItem, ...]
    rejected: tuple[RejectedRow, ...] = ()
    warnings: tuple[ImportWarning, ...] = ()
    format: SourceFormat = SourceFormat.ECHOPPE
    encoding: str = "utf-8"
    delimiter: str = ","
    rows: int = 0  # data rows read (the header excluded)

    @property
    def products(self) -> list[Product]:
        return [item.product for item in self.items]

    @property
    def pending_images(self) -> int:
        """How many images are still only links."""
        return sum(1 for item in self.items for image in item.product.images if image.pending)


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    imported: tuple[Product, ...]
    rejected: tuple[RejectedRow, ...] = ()
    warnings: tuple[ImportWarning, ...] = ()
    categories_created: tuple[str, ...] = ()
    dry_run: bool = False
    format: SourceFormat = SourceFormat.ECHOPPE

    @property
    def count(self) -> int:
        return len(self.imported)


class TransferError(EchoppeError):
    """Base of the import and export errors."""


class UnreadableFile(TransferError):
    """The file is not a CSV we can read."""


class RowsRejected(TransferError):
    """Some rows are wrong and the user did not choose to skip them: nothing was imported."""

    def __init__(self, rejected: tuple[RejectedRow, ...], importable: int) -> None:
        super().__init__(
            msg(
                "Nothing was imported: {rejected} row(s) have problems ({importable} product(s) are fine).",
                rejected=len(rejected),
                importable=importable,
            ),
            msg("Fix those rows in the file, or choose to import only the correct rows."),
        )
        self.rejected = rejected
        self.importable = importable


class ImportCancelled(TransferError):
    """The user stopped the import: nothing was imported."""

    def __init__(self) -> None:
        super().__init__(msg("The import was cancelled: nothing was imported."))

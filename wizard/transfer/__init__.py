"""Product import and export: our own CSV, WooCommerce and Shopify exports, hand-made spreadsheets.

``read_products`` parses a file without touching a shop and returns an :class:`ImportPreview`;
``apply_import`` writes a preview into a shop in one transaction; ``export_products`` writes our
own CSV format, which imports back into identical products.

Names are imported on first use (:mod:`wizard.lazy`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.lazy import lazy_names

if TYPE_CHECKING:
    from wizard.transfer.formats import SourceFormat
    from wizard.transfer.results import (
        ImportCancelled,
        ImportItem,
        ImportPreview,
        ImportReport,
        ImportWarning,
        RejectedRow,
        RowsRejected,
        TransferError,
        UnreadableFile,
    )
    from wizard.transfer.service import (
        apply_import,
        category_paths,
        detect_format,
        export_products,
        read_products,
    )

_WHERE: dict[str, str] = {
    "ImportCancelled": "wizard.transfer.results",
    "ImportItem": "wizard.transfer.results",
    "ImportPreview": "wizard.transfer.results",
    "ImportReport": "wizard.transfer.results",
    "ImportWarning": "wizard.transfer.results",
    "RejectedRow": "wizard.transfer.results",
    "RowsRejected": "wizard.transfer.results",
    "SourceFormat": "wizard.transfer.formats",
    "TransferError": "wizard.transfer.results",
    "UnreadableFile": "wizard.transfer.results",
    "apply_import": "wizard.transfer.service",
    "category_paths": "wizard.transfer.service",
    "detect_format": "wizard.transfer.service",
    "export_products": "wizard.transfer.service",
    "read_products": "wizard.transfer.service",
}

__all__ = [
    "ImportCancelled",
    "ImportItem",
    "ImportPreview",
    "ImportReport",
    "ImportWarning",
    "RejectedRow",
    "RowsRejected",
    "SourceFormat",
    "TransferError",
    "UnreadableFile",
    "apply_import",
    "category_paths",
    "detect_format",
    "export_products",
    "read_products",
]
assert set(__all__) == set(_WHERE)

__getattr__, __dir__ = lazy_names(__name__, _WHERE)

"""Product import and export: our own CSV, WooCommerce and Shopify exports, hand-made spreadsheets.

``read_products`` parses a file without touching a shop and returns an :class:`ImportPreview`;
``apply_import`` writes a preview into a shop in one transaction; ``export_products`` writes our
own CSV format, which imports back into identical products.
"""

from wizard.transfer.results import (
    ImportCancelled,
    ImportItem,
    ImportPreview,
    ImportReport,
    ImportWarning,
    RejectedRow,
    RowsRejected,
    SourceFormat,
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

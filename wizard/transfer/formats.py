"""The kinds of CSV files an import understands (a pure enum: the CLI's parser lists them)."""

from __future__ import annotations

from enum import StrEnum


class SourceFormat(StrEnum):
    """The kinds of CSV files an import understands."""

    AUTO = "auto"
    ECHOPPE = "echoppe"
    WOOCOMMERCE = "woocommerce"
    SHOPIFY = "shopify"
    SPREADSHEET = "spreadsheet"

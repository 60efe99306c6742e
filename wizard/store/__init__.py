"""One shop = one SQLite file (``*.echoppe``)."""

from wizard.store.shopfile import ShopFile, ShopFileError, ShopLocked

__all__ = ["ShopFile", "ShopFileError", "ShopLocked"]

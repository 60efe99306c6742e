"""Image widgets: a logo drop area with preview, and an ordered strip of product images."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QWidget

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff"}
KEY_ROLE = Qt.ItemDataRole.UserRole


def image_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """Local image files carried by a drag."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in IMAGE_SUFFIXES]


def pixmap_from_bytes(data: bytes) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    return pixmap


class LogoDrop(QLabel):
    """Shows the logo; accepts an image file dropped on it."""

    fileDropped = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setObjectName("logoDrop")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedSize(QSize(160, 110))
        self.setWordWrap(True)
        self.setMargin(8)

    def set_image(self, data: bytes | None, empty_text: str) -> None:
        if data:
            pixmap = pixmap_from_bytes(data)
            self.setPixmap(pixmap.scaled(self.size() - QSize(12, 12), Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
        else:
            self.setPixmap(QPixmap())
            self.setText(empty_text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if image_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = image_files(event)
        if files:
            event.acceptProposedAction()
            self.fileDropped.emit(files[0])


class ImageStrip(QListWidget):
    """Product images in order: drop files to add, drag to reorder."""

    filesDropped = Signal(list)
    orderChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(84, 84))
        self.setGridSize(QSize(100, 100))
        self.setMovement(QListWidget.Movement.Snap)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setFixedHeight(118)
        self.model().rowsMoved.connect(lambda *_: self.orderChanged.emit())

    def add_image(self, key: str | None, data: bytes | None, label: str = "") -> None:
        item = QListWidgetItem(label)
        if data:
            item.setIcon(QIcon(pixmap_from_bytes(data)))
        item.setData(KEY_ROLE, key)
        item.setToolTip(label or (key or "")[:12])
        self.addItem(item)

    def image_keys(self) -> list[str | None]:
        return [self.item(i).data(KEY_ROLE) for i in range(self.count())]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if image_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if image_files(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = image_files(event)
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files)
            return
        super().dropEvent(event)
        self.orderChanged.emit()

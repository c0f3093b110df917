"""A preview of a PDF the desk made (statement, receipt...), with Print and Save as.

    show_pdf(parent, pdf_bytes, title, suggested_name) -> PdfPreview

QPdfDocument reads the bytes from memory, QPdfView shows the pages on white paper over a grey
desk; Print sends each page through QPrinter, rendered by QPdfDocument.render; Save as writes the
bytes as they are. The dialog is window-modal and deletes itself when closed.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QSize, QStandardPaths, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QApplication, QDialog, QFileDialog, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

MAX_PRINT_DPI = 300          # enough for text; a 600 dpi page would be a 140 MB image
DESK_GREY = QColor("#6b7581")


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print `document` on `printer` (its page range if one was chosen); returns pages printed."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    pages = range(max(first, 1) - 1, min(last, count)) if first and last else range(count)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    try:
        for i, page in enumerate(pages):
            if i:
                printer.newPage()
            area = painter.viewport()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = area.adjusted(0, 0, 0, 0)
            target.setSize(QSize(round(points.width() * scale), round(points.height() * scale)))
            image = document.render(page, QSize(round(points.width() / 72 * dpi),
                                                round(points.height() / 72 * dpi)))
            painter.fillRect(target, Qt.GlobalColor.white)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)


class PdfPreview(QDialog):
    def __init__(self, pdf_bytes: bytes, title: str, suggested_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PdfPreview")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pdf_bytes = bytes(pdf_bytes)
        self.suggested_name = suggested_name
        self._data = QByteArray(self.pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("PdfView")
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, DESK_GREY)
        self.view.setPalette(palette)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(14)
        self.view.setDocumentMargins(QMargins(18, 18, 18, 18))

        self.page_label = QLabel(objectName="PageLabel")
        self.print_button = QPushButton(self.tr("&Print…"), objectName="PrintButton")
        self.save_button = QPushButton(self.tr("&Save as…"), objectName="SaveButton")
        self.close_button = QPushButton(self.tr("Close"), objectName="CloseButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_dialog)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_dialog)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_dialog)

        bar = QHBoxLayout()
        bar.addWidget(self.page_label, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 10)
        layout.setSpacing(10)
        layout.addWidget(self.view, 1)
        bar.setContentsMargins(14, 0, 14, 0)
        layout.addLayout(bar)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self._show_page(0)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """As large as the first page needs: a full A4 page in the screen's height, a landscape
        receipt at a readable width."""
        screen = (self.parentWidget().screen() if self.parentWidget() else None) \
            or QApplication.primaryScreen()
        avail = screen.availableGeometry()
        page = self.document.pagePointSize(0) if self.document.pageCount() else None
        ratio = page.width() / page.height() if page and page.height() else 0.707
        chrome_w, chrome_h = 60, 90        # the view's margins, the scroll bar, the button row
        if ratio >= 1:
            width = min(int(avail.width() * 0.7), 960)
            height = int((width - chrome_w) / ratio) + chrome_h
        else:
            height = int(avail.height() * 0.9)
            width = int((height - chrome_h) * ratio) + chrome_w
        self.resize(min(width, avail.width() - 40), min(height, avail.height() - 40))

    def page_count(self) -> int:
        return self.document.pageCount()

    def _show_page(self, page: int) -> None:
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page + 1))
                                .replace("%2", str(self.document.pageCount())))

    # --- print and save ------------------------------------------------------------------------

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_document(self.document, printer)

    def save_dialog(self) -> str:
        """Ask where and write the PDF there; returns the path written ('' when cancelled)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder) / self.suggested_name) if folder else self.suggested_name
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the document"), start,
                                                    self.tr("PDF documents (*.pdf)"))
        if not path:
            return ""
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            Path(path).write_bytes(self.pdf_bytes)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("The document could not be saved: %1").replace(
                                    "%1", exc.strerror or str(exc)))
            return ""
        return path


def show_pdf(parent: QWidget | None, pdf_bytes: bytes, title: str, suggested_name: str) -> PdfPreview:
    """Show `pdf_bytes` in a window-modal preview over `parent`; returns the (open) dialog."""
    dialog = PdfPreview(pdf_bytes, title, suggested_name, parent)
    dialog.open()
    return dialog

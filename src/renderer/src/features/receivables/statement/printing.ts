/**
 * Printing a print layout (the statement today, reports later). The page's own print CSS
 * hides the shell and lays the document out on A4; this only starts the printing.
 */

/** The system print dialog for the page; `title` names the document (and the PDF file). */
export function printPage(title: string): void {
  const previous = document.title
  document.title = title
  try {
    window.print()
  } finally {
    document.title = previous
  }
}

/**
 * 保存为 PDF. CALL POINT for the desktop work: when the Electron layer offers printing to a
 * file (webContents.printToPDF behind a `desktop.*` method with a native save dialog), call
 * it here when `window.kehu` is present. Until then — and always in browser mode — this opens
 * the print dialog, whose "Save as PDF" destination writes the same A4 layout.
 */
export function saveAsPdf(title: string): void {
  printPage(title)
}

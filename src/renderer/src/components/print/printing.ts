/**
 * Printing a print layout (reports; the customer statement can use the same). The
 * layout's own CSS puts it alone on A4; this only starts the printing.
 */

/** The system print dialog; `title` names the document (and the PDF file it may become). */
export function printDocument(title: string): void {
  const previous = document.title
  document.title = title
  try {
    window.print()
  } finally {
    document.title = previous
  }
}

/**
 * 保存为 PDF. The Electron layer offers no printToPDF method yet (a `desktop.*` method with
 * a native save dialog would be called here when `window.kehu` is present); until then, and
 * always in browser mode, the print dialog's "Save as PDF" writes the same A4 layout.
 */
export function saveAsPdf(title: string): void {
  printDocument(title)
}

/** `第 [[page]] 页，共 [[pages]] 页` → a CSS `content` value with the page counters. */
export function counterContent(template: string): string {
  return template
    .split(/(\[\[pages?\]\])/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '[[page]]'
        ? 'counter(page)'
        : part === '[[pages]]'
          ? 'counter(pages)'
          : JSON.stringify(part),
    )
    .join(' ')
}

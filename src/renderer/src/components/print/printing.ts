import { api } from '../../lib/api'

/**
 * Printing a print layout (the reports and the customer statement). The
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
 * 保存为 PDF. In the desktop app the main process prints the page to a PDF file the owner
 * names in the native save dialog (desktop.savePdf → webContents.printToPDF); in browser
 * mode the print dialog, whose "Save as PDF" destination writes the same A4 layout.
 * Resolves to whether a file was written (always false in browser mode, where the dialog
 * does it).
 */
export async function saveAsPdf(
  title: string,
  options: { landscape?: boolean } = {},
): Promise<boolean> {
  if (typeof window !== 'undefined' && window.kehu !== undefined) {
    const { saved } = await api.call('desktop.savePdf', {
      title,
      ...(options.landscape ? { landscape: true } : {}),
    })
    return saved
  }
  printDocument(title)
  return false
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

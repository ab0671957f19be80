import type { ReportExportInput } from '../../../shared/api/reports'
import type { Ctx } from '../context'
import type { ExportLabel, ExportLocale } from './report-labels'
import type { BookWriter, ColumnKind } from './writer'

/**
 * A report's tables as sheets (reports.export): every report that exports, in whichever
 * domain, writes its sheets through these, so the reports and the domains need not know
 * each other.
 */

export type Label = (key: ExportLabel) => string
export type Column = [header: string, kind: ColumnKind]
/** Writes one report's sheets. */
export type SheetsBuilder = (
  ctx: Ctx,
  book: BookWriter,
  input: ReportExportInput,
  l: Label,
  title: string,
  locale: ExportLocale,
) => void

/** One sheet: a title row, the header, the rows. */
export function sheet(
  book: BookWriter,
  name: string,
  title: string,
  columns: Column[],
  rows: unknown[][],
) {
  const writer = book.addSheet(
    name,
    columns.map(([header, kind]) => ({ header, kind })),
    { title },
  )
  for (const row of rows) writer.addRow(row)
}

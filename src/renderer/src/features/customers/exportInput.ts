import type { ExportListInput } from '../../../../shared/api'
import type { CustomerListParams } from './listParams'
import { DEFAULT_COLUMNS, shownColumns } from './columnIds'
import { toListInput } from './listParams'

/** List column ids that export as other columns: the region is two cells, province and city. */
const EXPORT_COLUMNS: Record<string, string[]> = { region: ['province', 'city'] }

/** exports.list's input for the customer list as the user sees it: search, filters, sort, visible columns. */
export function customerExportInput(params: CustomerListParams): ExportListInput {
  const { q, filter, sort } = toListInput(params)
  const visible = [...shownColumns(params.columns ?? DEFAULT_COLUMNS)]
  // The name leads, as in the table; code first when shown.
  const ordered = ['code', 'name', ...visible.filter((c) => c !== 'code' && c !== 'name')].filter(
    (c) => visible.includes(c),
  )
  return {
    entity: 'customers',
    ...(q ? { q } : {}),
    ...(filter ? { filter } : {}),
    ...(sort ? { sort } : {}),
    columns: ordered.flatMap((id) => EXPORT_COLUMNS[id] ?? [id]),
  }
}

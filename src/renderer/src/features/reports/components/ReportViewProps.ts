import type { SalesGroup } from '../../../../../shared/api'
import type { Drill } from '../reportParams'

/** What every report view takes, on screen and in the print layout. */
export interface ReportViewProps {
  range: { from: string; to: string; ownerId: number | null }
  /** Opens the records behind a figure; absent in print. */
  onDrill?: (drill: Drill, title: string) => void
  /** The print layout: fixed chart widths, no controls. */
  print?: boolean
  /** Sales only. */
  groupBy?: SalesGroup
  onGroupBy?: (group: SalesGroup) => void
}

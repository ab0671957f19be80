import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { useToday } from '../../../data/today'
import { parseReportParams, writeReportParams, type ReportParams } from '../reportParams'

/** The report's range, owner, grouping and open drill-down, read from and written to the URL. */
export function useReportParams() {
  const [search, setSearch] = useSearchParams()
  const today = useToday()
  const params = useMemo(() => parseReportParams(search, today), [search, today])
  const update = useCallback(
    (patch: Partial<ReportParams>) =>
      setSearch(writeReportParams({ ...params, ...patch }, today), {
        replace: !('drill' in patch),
      }),
    [params, setSearch, today],
  )
  return { params, update, today }
}

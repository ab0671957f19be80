import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import {
  parsePipelineParams,
  patchPipelineParams,
  writePipelineParams,
  type PipelineParams,
} from '../pipelineParams'

/** The pipeline page's view, filters, list paging and open deal, read from and written to the URL. */
export function usePipelineParams() {
  const [search, setSearch] = useSearchParams()
  const params = useMemo(() => parsePipelineParams(search), [search])
  const setParams = useCallback(
    (next: PipelineParams) =>
      setSearch((previous) => writePipelineParams(previous, next), { replace: true }),
    [setSearch],
  )
  const update = useCallback(
    (patch: Partial<PipelineParams>) => setParams(patchPipelineParams(params, patch)),
    [params, setParams],
  )
  /** Opens (or with null closes) the deal drawer; stable, so the board's cards keep their memo. */
  const setDealId = useCallback(
    (dealId: number | null) =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous)
          if (dealId === null) next.delete('deal')
          else next.set('deal', String(dealId))
          return next
        },
        { replace: true },
      ),
    [setSearch],
  )
  return { params, setParams, update, setDealId }
}

import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

/**
 * A page's state in the URL: `parse` reads it, `write` puts it back (leaving unrelated
 * params alone), `patch` merges a change (and decides about paging).
 */
export function useUrlParams<P>(
  parse: (search: URLSearchParams) => P,
  write: (search: URLSearchParams, params: P) => URLSearchParams,
  patch: (params: P, change: Partial<P>) => P,
) {
  const [search, setSearch] = useSearchParams()
  const params = useMemo(() => parse(search), [parse, search])
  const setParams = useCallback(
    (next: P) => setSearch((previous) => write(previous, next), { replace: true }),
    [setSearch, write],
  )
  const update = useCallback(
    (change: Partial<P>) => setParams(patch(params, change)),
    [params, patch, setParams],
  )
  return { params, setParams, update }
}

import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import {
  parseListParams,
  patchListParams,
  writeListParams,
  type CustomerListParams,
} from '../listParams'

/** The list's filter / sort / page state, read from and written to the URL. */
export function useCustomerListParams() {
  const [search, setSearch] = useSearchParams()
  const params = useMemo(() => parseListParams(search), [search])

  const setParams = useCallback(
    (next: CustomerListParams) =>
      setSearch((previous) => writeListParams(previous, next), { replace: true }),
    [setSearch],
  )
  const update = useCallback(
    (patch: Partial<CustomerListParams>) => setParams(patchListParams(params, patch)),
    [params, setParams],
  )
  return { params, setParams, update }
}

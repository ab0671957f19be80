import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

/** Which customer the form shows: 'new', an id, or null when closed. Kept in the URL (?customer=12). */
export type CustomerFormTarget = 'new' | number | null

export function useCustomerFormParam() {
  const [search, setSearch] = useSearchParams()
  const raw = search.get('customer')
  const target = useMemo<CustomerFormTarget>(() => {
    if (raw === 'new') return 'new'
    if (raw && /^\d+$/.test(raw)) return Number(raw)
    return null
  }, [raw])

  const open = useCallback(
    (next: 'new' | number) =>
      setSearch(
        (previous) => {
          const params = new URLSearchParams(previous)
          params.set('customer', String(next))
          return params
        },
        { replace: true },
      ),
    [setSearch],
  )
  const close = useCallback(
    () =>
      setSearch(
        (previous) => {
          const params = new URLSearchParams(previous)
          params.delete('customer')
          return params
        },
        { replace: true },
      ),
    [setSearch],
  )
  return { target, open, close }
}

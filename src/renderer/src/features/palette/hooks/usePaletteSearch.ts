import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { customersKey } from '../../../data/customers'

export const PALETTE_DEBOUNCE_MS = 150
export const PALETTE_PAGE_SIZE = 8

/** Customers matching what is typed in the palette (same search as the list: name, phone, pinyin…). */
export function usePaletteSearch(query: string) {
  const [debounced] = useDebouncedValue(query.trim(), PALETTE_DEBOUNCE_MS)
  const result = useQuery({
    queryKey: [...customersKey, 'palette', debounced],
    queryFn: () => api.call('customers.list', { q: debounced, pageSize: PALETTE_PAGE_SIZE }),
    enabled: debounced !== '',
    placeholderData: keepPreviousData,
  })
  return {
    /** The query the rows answer (for highlighting), '' when none. */
    answered: debounced,
    rows: debounced === '' ? [] : (result.data?.rows ?? []),
    total: debounced === '' ? 0 : (result.data?.total ?? 0),
    searching: debounced !== query.trim() || result.isFetching,
  }
}

import { useCallback } from 'react'
import { useSearchParams } from 'react-router'

export const DETAIL_TABS = [
  'followUps',
  'contacts',
  'deals',
  'contracts',
  'service',
  'history',
] as const
export type DetailTab = (typeof DETAIL_TABS)[number]

function isDetailTab(value: string | null): value is DetailTab {
  return (DETAIL_TABS as readonly (string | null)[]).includes(value)
}

/** The open tab of the detail page, in the URL (?tab=history) so Back and a reload keep it. */
export function useDetailTab() {
  const [search, setSearch] = useSearchParams()
  const raw = search.get('tab')
  const tab: DetailTab = isDetailTab(raw) ? raw : 'followUps'
  const setTab = useCallback(
    (next: DetailTab) =>
      setSearch(
        (previous) => {
          const params = new URLSearchParams(previous)
          if (next === 'followUps') params.delete('tab')
          else params.set('tab', next)
          return params
        },
        { replace: true },
      ),
    [setSearch],
  )
  return { tab, setTab }
}

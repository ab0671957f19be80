import { Group, Paper, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { PageLoader } from '../PageLoader'
import { Pager } from './Pager'
import { LoadFailed } from '../LoadFailed'

export interface ListPanelProps {
  /** The page's query: its rows' total, or its error (with a retry). */
  list: { data?: { total: number }; error: unknown; refetch: () => unknown }
  /** How many rows this page shows (0: the empty state instead of the table). */
  rows: number
  /** The empty state: usually one for "no match for the filters" and one for "none yet". */
  empty: ReactNode
  /** The line under the table, from the total. */
  count: (total: number) => string
  countTestId: string
  /** The pager, when there are pages to turn (`hint`: the keyboard hint beside it). */
  pager?: { page: number; pageSize: number; onPage: (page: number) => void; hint?: string }
  /** Fill the page's height (the table scrolls inside); false for a list inside a tab. */
  fill?: boolean
  /** The table. */
  children: ReactNode
}

/**
 * A list page's body in its five states — failed (with retry), loading, empty, the table —
 * and under it the count and the pager. The list pages of contracts, tickets, campaigns,
 * products and customer insight, and the return visits tab, share it.
 */
export function ListPanel({
  list,
  rows,
  empty,
  count,
  countTestId,
  pager,
  fill = true,
  children,
}: ListPanelProps) {
  let body: ReactNode
  if (list.error && !list.data)
    body = <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
  else if (!list.data) body = <PageLoader />
  else if (rows === 0) body = empty
  else body = children
  const total = list.data?.total
  return (
    <>
      {fill ? (
        <Paper withBorder flex={1} mih={0} style={{ overflow: 'hidden' }}>
          {body}
        </Paper>
      ) : (
        <Paper withBorder>{body}</Paper>
      )}
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed" data-testid={countTestId} data-count={total ?? ''}>
          {total === undefined ? '' : count(total)}
        </Text>
        {pager && total !== undefined && total > 0 && (
          <Pager
            page={pager.page}
            pageSize={pager.pageSize}
            total={total}
            onPage={pager.onPage}
            {...(pager.hint ? { hint: pager.hint } : {})}
          />
        )}
      </Group>
    </>
  )
}

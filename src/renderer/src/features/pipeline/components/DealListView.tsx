import { Alert, Button, Group, Paper, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Deal } from '../../../../../shared/api'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { Pager } from '../../../components/data-table/Pager'
import { useDealList } from '../../../data/deals'
import {
  DEAL_PAGE_SIZE,
  effectiveDealSort,
  hasListFilters,
  nextDealSort,
  toDealListInput,
  type PipelineParams,
} from '../pipelineParams'
import { BoardEmpty } from './BoardEmpty'
import { DealTable } from './DealTable'

export interface DealListViewProps {
  params: PipelineParams
  onChange: (patch: Partial<PipelineParams>) => void
  onOpen: (deal: Deal) => void
  onNew: () => void
  onClearFilters: () => void
}

/** Every deal, open or closed, paged and sorted in the core: the list view of the pipeline. */
export function DealListView({
  params,
  onChange,
  onOpen,
  onNew,
  onClearFilters,
}: DealListViewProps) {
  const { t } = useTranslation()
  const input = useMemo(() => toDealListInput(params), [params])
  const list = useDealList(input)
  let body
  if (list.error && !list.data) {
    body = (
      <Alert color="red" m="md" title={t('common.failed')}>
        {errorMessage(t, list.error)}
        <Button size="xs" variant="light" ml="md" onClick={() => void list.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    )
  } else if (!list.data) {
    body = <PageLoader />
  } else if (list.data.rows.length === 0) {
    body = (
      <BoardEmpty filtered={hasListFilters(params)} onNew={onNew} onClearFilters={onClearFilters} />
    )
  } else {
    body = (
      <DealTable
        key={JSON.stringify(input)}
        rows={list.data.rows}
        sort={effectiveDealSort(params)}
        onSort={(field) => onChange({ sort: nextDealSort(params, field) })}
        onOpen={onOpen}
      />
    )
  }
  const total = list.data?.total
  return (
    <>
      <Paper withBorder flex={1} mih={0} style={{ overflow: 'hidden' }}>
        {body}
      </Paper>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed" data-testid="deal-list-total" data-count={total ?? ''}>
          {total === undefined ? '' : t('pipeline.list.total', { count: total })}
        </Text>
        {total !== undefined && total > 0 && (
          <Pager
            page={params.page}
            pageSize={DEAL_PAGE_SIZE}
            total={total}
            onPage={(page) => onChange({ page })}
            hint={t('customers.keyboardHint')}
          />
        )}
      </Group>
    </>
  )
}

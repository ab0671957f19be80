import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconTrashX } from '@tabler/icons-react'
import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Customer } from '../../../../../shared/api'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { BackToCustomersButton } from '../../../components/BackToCustomersButton'
import { Pager } from '../../../components/data-table/Pager'
import { CustomerTable } from '../../customers'
import { SearchBox } from '../../customers'
import { useCustomerListParams } from '../../customers'
import { useCustomerCount, useCustomerList } from '../../../data/customers'
import { effectiveSort, nextSort, PAGE_SIZE, toListInput } from '../../customers'
import { useRowSelection } from '../../customers'
import { PurgeConfirmModal } from '../components/PurgeConfirmModal'
import { recycleBinColumns } from '../components/recycleBinColumns'
import { RecycleBinEmpty } from '../components/RecycleBinEmpty'
import { RecycleBinSelectionBar } from '../components/RecycleBinSelectionBar'
import { useBinActions } from '../hooks/useBinActions'

export type RecycleBinPageProps = Record<string, never>

const NO_ROWS: Customer[] = []
const BIN = { deleted: true }

/**
 * 回收站: deleted customers, latest first (or sorted by a header), with when and (for merged
 * ones) into whom. Restore one or many at once; 彻底删除 one, the selected ones, or
 * 清空回收站 all of them, only after a confirm dialog that names the customer or the count.
 */
export function RecycleBinPage(_props: RecycleBinPageProps) {
  const { t } = useTranslation()
  const { params, update } = useCustomerListParams()
  // Only the search, sort and page apply here; the list's other filters are not shown.
  const binParams = useMemo(
    () => ({ ...params, stage: null, grade: null, ownerId: null, custom: {} }),
    [params],
  )
  const input = useMemo(() => toListInput(binParams, BIN), [binParams])
  const pageKey = JSON.stringify(input)
  const list = useCustomerList(input)
  const rows = list.data?.rows ?? NO_ROWS
  const rowIds = useMemo(() => rows.map((customer) => customer.id), [rows])
  const selection = useRowSelection(pageKey, rowIds)
  const actions = useBinActions(selection.clear)
  // The whole bin, whatever the search: what 清空回收站 deletes.
  const binCount = useCustomerCount(BIN).data ?? 0
  const tableRef = useRef<HTMLDivElement>(null)
  const columns = recycleBinColumns(t, {
    query: params.q,
    onRestore: actions.restore,
    onPurge: actions.askPurge,
    restoringId: actions.restoringId,
  })
  const total = list.data?.total

  let content
  if (list.isError && !list.data) {
    content = (
      <Alert color="red" m="md" title={t('common.failed')}>
        {errorMessage(t, list.error)}
      </Alert>
    )
  } else if (!list.data) {
    content = <PageLoader />
  } else if (rows.length === 0) {
    content = (
      <RecycleBinEmpty searching={params.q !== ''} onClearSearch={() => update({ q: '' })} />
    )
  } else {
    content = (
      <CustomerTable
        key={pageKey}
        rows={rows}
        columns={columns}
        sort={effectiveSort(binParams, BIN)}
        onSort={(field) => update({ sort: nextSort(binParams, field, BIN) })}
        deleted
        scrollRef={tableRef}
        selection={selection}
      />
    )
  }

  return (
    <Stack
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--mantine-spacing-md))"
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="md" align="baseline" wrap="nowrap">
          <Title order={1}>{t('customers.recycleBin')}</Title>
          <Text data-testid="bin-total" data-count={total ?? ''} c="dimmed" size="sm">
            {total === undefined ? '' : t('customers.totalDeleted', { count: total })}
          </Text>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Button
            data-testid="bin-empty"
            variant="subtle"
            color="red"
            leftSection={<IconTrashX size={16} />}
            disabled={binCount === 0}
            onClick={() => actions.askEmpty(binCount)}
          >
            {t('recycleBin.empty')}
          </Button>
          <BackToCustomersButton />
        </Group>
      </Group>
      <Group gap="md" wrap="nowrap">
        <SearchBox
          value={params.q}
          onChange={(q) => update({ q })}
          onArrowDown={() => tableRef.current?.focus()}
        />
        <Text size="sm" c="dimmed">
          {t('recycleBin.explain')}
        </Text>
      </Group>
      {selection.selected.size > 0 && (
        <RecycleBinSelectionBar
          count={selection.selected.size}
          restoring={actions.restoringMany}
          onRestore={() => actions.restoreMany([...selection.selected], selection.clear)}
          onPurge={() => actions.askPurgeSelected([...selection.selected])}
          onClear={selection.clear}
        />
      )}
      <Paper withBorder flex={1} mih={0} style={{ overflow: 'hidden' }}>
        {content}
      </Paper>
      {total !== undefined && total > 0 && (
        <Pager
          page={params.page}
          pageSize={PAGE_SIZE}
          total={total}
          onPage={(page) => update({ page })}
          hint={t('recycleBin.keyboardHint')}
        />
      )}
      <PurgeConfirmModal {...actions.purgeDialog} />
    </Stack>
  )
}

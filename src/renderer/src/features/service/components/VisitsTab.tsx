import { Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core'
import { IconPhoneCall } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReturnVisit } from '../../../../../shared/api/service'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { PageLoader } from '../../../components/PageLoader'
import { LoadFailed } from '../../contracts/components/LoadFailed'
import { CustomerPager } from '../../customers/components/CustomerPager'
import { useReturnVisitList } from '../hooks/useService'
import { CompleteVisitModal } from './CompleteVisitModal'
import { ReturnVisitTable } from './ReturnVisitTable'

const PAGE_SIZE = 50
const STATES = ['open', 'overdue', 'done'] as const
type VisitState = (typeof STATES)[number]

export type VisitsTabProps = Record<string, never>

/** 回访: open visits soonest first (overdue ones red), or the done ones latest first. */
export function VisitsTab(_props: VisitsTabProps) {
  const { t } = useTranslation()
  const [state, setState] = useState<VisitState>('open')
  const [page, setPage] = useState(1)
  const [completing, setCompleting] = useState<ReturnVisit | null>(null)
  const list = useReturnVisitList({
    filter:
      state === 'done'
        ? { state: 'done' }
        : { state: 'open', ...(state === 'overdue' ? { overdue: true } : {}) },
    page,
    pageSize: PAGE_SIZE,
  })
  let body
  if (list.error && !list.data)
    body = <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
  else if (!list.data) body = <PageLoader />
  else if (list.data.rows.length === 0)
    body = (
      <EmptyMessage
        icon={<IconPhoneCall size={28} />}
        title={t(`service.visits.empty.${state}`)}
        description={t('service.visits.emptyText')}
      />
    )
  else
    body = (
      <ReturnVisitTable visits={list.data.rows} onComplete={setCompleting} testId="visit-table" />
    )
  return (
    <Stack gap="sm" data-testid="visits-tab">
      <SegmentedControl
        value={state}
        onChange={(v) => {
          setState(STATES.find((s) => s === v) ?? 'open')
          setPage(1)
        }}
        data={STATES.map((value) => ({ value, label: t(`service.visits.state.${value}`) }))}
        data-testid="visit-state"
        style={{ alignSelf: 'flex-start' }}
      />
      <Paper withBorder>{body}</Paper>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="visit-count">
          {list.data ? t('service.visits.count', { count: list.data.total }) : ''}
        </Text>
        {list.data && list.data.total > PAGE_SIZE && (
          <CustomerPager
            page={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onPage={setPage}
          />
        )}
      </Group>
      <CompleteVisitModal visit={completing} onClose={() => setCompleting(null)} />
    </Stack>
  )
}

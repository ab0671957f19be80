import { SegmentedControl, Stack } from '@mantine/core'
import { IconPhoneCall } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReturnVisit } from '../../../../../shared/api/aftersales'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { ListPanel } from '../../../components/data-table/ListPanel'
import { useReturnVisitList } from '../../../data/aftersales'
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
  const total = list.data?.total ?? 0
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
      <ListPanel
        list={list}
        rows={list.data?.rows.length ?? 0}
        empty={
          <EmptyMessage
            icon={<IconPhoneCall size={28} />}
            title={t(`service.visits.empty.${state}`)}
            description={t('service.visits.emptyText')}
          />
        }
        count={(count) => t('service.visits.count', { count })}
        countTestId="visit-count"
        pager={total > PAGE_SIZE ? { page, pageSize: PAGE_SIZE, onPage: setPage } : undefined}
        fill={false}
      >
        <ReturnVisitTable
          visits={list.data?.rows ?? []}
          onComplete={setCompleting}
          testId="visit-table"
        />
      </ListPanel>
      <CompleteVisitModal visit={completing} onClose={() => setCompleting(null)} />
    </Stack>
  )
}

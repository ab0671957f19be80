import { Group, SegmentedControl, Select, Switch } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { TICKET_KINDS, TICKET_PRIORITIES } from '../../../../../shared/api/aftersales'
import { ListSearchBox } from '../../../components/data-table/ListSearchBox'
import { useOwners } from '../../../data/owners'
import { kindLabel, priorityLabel } from '../serviceText'
import { STATUS_TABS, type TicketParams } from '../ticketParams'

export interface TicketFiltersProps {
  params: TicketParams
  onChange: (patch: Partial<TicketParams>) => void
}

/** Status tabs, then search, kind, priority, owner and 仅逾期. */
export function TicketFilters({ params, onChange }: TicketFiltersProps) {
  const { t } = useTranslation()
  const owners = useOwners().data ?? []
  return (
    <>
      <SegmentedControl
        value={params.tab}
        onChange={(v) => onChange({ tab: STATUS_TABS.find((s) => s === v) ?? 'open' })}
        data={STATUS_TABS.map((value) => ({ value, label: t(`service.tabs.${value}`) }))}
        data-testid="ticket-status-tabs"
        style={{ alignSelf: 'flex-start' }}
      />
      <Group gap="xs">
        <ListSearchBox
          value={params.q}
          onChange={(q) => onChange({ q })}
          placeholder={t('service.list.search')}
          testId="ticket-search"
        />
        <Select<string>
          aria-label={t('service.fields.kind')}
          placeholder={t('service.list.anyKind')}
          data={TICKET_KINDS.map((kind) => ({ value: kind, label: kindLabel(t, kind) }))}
          value={params.kind}
          onChange={(v) => onChange({ kind: TICKET_KINDS.find((k) => k === v) ?? null })}
          clearable
          w={120}
          data-testid="ticket-filter-kind"
        />
        <Select<string>
          aria-label={t('service.fields.priority')}
          placeholder={t('service.list.anyPriority')}
          data={TICKET_PRIORITIES.map((p) => ({ value: p, label: priorityLabel(t, p) }))}
          value={params.priority}
          onChange={(v) => onChange({ priority: TICKET_PRIORITIES.find((p) => p === v) ?? null })}
          clearable
          w={120}
          data-testid="ticket-filter-priority"
        />
        <Select<number>
          aria-label={t('service.fields.owner')}
          placeholder={t('service.list.anyOwner')}
          data={owners.map((o) => ({ value: o.id, label: o.name }))}
          value={params.ownerId}
          onChange={(v) => onChange({ ownerId: v })}
          clearable
          w={130}
          data-testid="ticket-filter-owner"
        />
        <Switch
          label={t('service.list.overdueOnly')}
          checked={params.overdue}
          onChange={(e) => onChange({ overdue: e.currentTarget.checked })}
          data-testid="ticket-filter-overdue"
        />
      </Group>
    </>
  )
}

import { Button, Group, Select, Stack, Tabs, Title } from '@mantine/core'
import { IconAlertTriangle, IconChartBar, IconFileText, IconList } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ExportExcelButton } from '../../../components/ExportExcelButton'
import { Link } from 'react-router'
import { FilterChips, type FilterChip } from '../../../components/data-table/FilterChips'
import { useUrlParams } from '../../../lib/useUrlParams'
import { useCustomer } from '../../../data/customers'
import { useToday } from '../../../data/today'
import { useOwners } from '../../../data/owners'
import { AgingTab } from '../components/AgingTab'
import { AsOfField } from '../components/AsOfField'
import { OverdueTab } from '../components/OverdueTab'
import { ReceivableFilters } from '../components/ReceivableFilters'
import { ReceivableListTab } from '../components/ReceivableListTab'
import { ReceivableTotalsBar } from '../components/ReceivableTotalsBar'
import {
  RECEIVABLE_TABS,
  clearAllReceivableFilters,
  clearReceivableFilter,
  parseReceivableParams,
  patchReceivableParams,
  toReceivableExportInput,
  writeReceivableParams,
  type ReceivableFilterKey,
} from '../receivableParams'

export type ReceivablesPageProps = Record<string, never>

const TAB_ICONS = { list: IconList, aging: IconChartBar, overdue: IconAlertTriangle }

/**
 * #/receivables — 应收账款: totals at the top, then the open instalments (filters), the aging
 * per customer with drill-down, and the overdue list; aging and overdue as of a chosen date.
 */
export function ReceivablesPage(_props: ReceivablesPageProps) {
  const { t } = useTranslation()
  const { params, setParams, update } = useUrlParams(
    parseReceivableParams,
    writeReceivableParams,
    patchReceivableParams,
  )
  const today = useToday()
  const asOf = params.asOf ?? today
  const owners = useOwners().data ?? []
  const customerName = useCustomer(params.customerId).data?.name
  const chips: FilterChip<ReceivableFilterKey>[] = []
  if (params.tab === 'list') {
    if (params.q) chips.push({ key: 'q', label: t('ledger.filters.search'), value: params.q })
    if (params.customerId !== null)
      chips.push({
        key: 'customerId',
        label: t('ledger.fields.customer'),
        value: customerName ?? `#${params.customerId}`,
      })
    if (params.status)
      chips.push({
        key: 'status',
        label: t('ledger.fields.status'),
        value: t(`ledger.instalmentStatus.${params.status}`),
      })
    if (params.dueFrom || params.dueTo)
      chips.push({
        key: 'due',
        label: t('ledger.fields.dueDate'),
        value: `${params.dueFrom ?? '…'} – ${params.dueTo ?? '…'}`,
      })
  }
  return (
    <Stack
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--mantine-spacing-md))"
      data-testid="receivables-page"
    >
      <Group justify="space-between" wrap="nowrap">
        <Title order={1}>{t('ledger.receivables.title')}</Title>
        <Group gap="xs" wrap="nowrap">
          <Select<number>
            aria-label={t('ledger.fields.owner')}
            placeholder={t('ledger.filters.anyOwner')}
            data={owners.map((owner) => ({ value: owner.id, label: owner.name }))}
            value={params.ownerId}
            onChange={(ownerId) => update({ ownerId })}
            clearable
            w={130}
            data-testid="receivable-owner"
          />
          <AsOfField asOf={asOf} today={today} onChange={(next) => update({ asOf: next })} />
          <Button
            component={Link}
            to={
              params.customerId
                ? `/receivables/statement?customer=${params.customerId}`
                : '/receivables/statement'
            }
            variant="default"
            leftSection={<IconFileText size={16} />}
            data-testid="open-statement"
          >
            {t('ledger.statement.title')}
          </Button>
        </Group>
      </Group>
      <ReceivableTotalsBar asOf={asOf} ownerId={params.ownerId} />
      <Tabs
        value={params.tab}
        onChange={(tab) => update({ tab: RECEIVABLE_TABS.find((x) => x === tab) ?? 'list' })}
        variant="outline"
      >
        <Tabs.List>
          {RECEIVABLE_TABS.map((tab) => {
            const Icon = TAB_ICONS[tab]
            return (
              <Tabs.Tab
                key={tab}
                value={tab}
                leftSection={<Icon size={16} />}
                data-testid={`receivable-tab-${tab}`}
              >
                {t(`ledger.receivables.tabs.${tab}`)}
              </Tabs.Tab>
            )
          })}
        </Tabs.List>
      </Tabs>
      {params.tab === 'list' && (
        <>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <ReceivableFilters params={params} customerName={customerName} onChange={update} />
            <ExportExcelButton
              input={() => toReceivableExportInput(params)}
              data-testid="receivable-export"
              style={{ flexShrink: 0 }}
            />
          </Group>
          <FilterChips
            chips={chips}
            onRemove={(key) => setParams(clearReceivableFilter(params, key))}
            onClearAll={() => setParams(clearAllReceivableFilters(params))}
            testId="receivable-filter-chips"
          />
          <ReceivableListTab params={params} onChange={update} />
        </>
      )}
      {params.tab === 'aging' && <AgingTab params={params} asOf={asOf} onChange={update} />}
      {params.tab === 'overdue' && <OverdueTab params={params} asOf={asOf} />}
    </Stack>
  )
}

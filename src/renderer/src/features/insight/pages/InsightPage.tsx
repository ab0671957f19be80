import { Button, Group, Select, Stack, Tabs, Text, Title } from '@mantine/core'
import { IconAdjustments, IconMoodHappy, IconUsers } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import {
  INSIGHT_SORT_FIELDS,
  RFM_SEGMENTS,
  type InsightListInput,
  type RfmSegment,
} from '../../../../../shared/api'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { ListSearchBox } from '../../../components/data-table/ListSearchBox'
import { DataTable } from '../../../components/data-table/DataTable'
import { ListPanel } from '../../../components/data-table/ListPanel'
import { OwnerFilter } from '../../../components/OwnerFilter'
import { InsightExplainer } from '../components/InsightExplainer'
import { insightColumns, type InsightRow } from '../components/insightColumns'
import { useInsightList } from '../../../data/insight'
import { segmentLabel } from '../insightText'

export type InsightPageProps = Record<string, never>

const PAGE_SIZE = 50
type SortField = (typeof INSIGHT_SORT_FIELDS)[number]

/**
 * #/insight — 客户洞察: the customers at churn risk by revenue at stake (?risk=1, the default
 * view), or every customer by segment; each figure explained under the list.
 */
export function InsightPage(_props: InsightPageProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [search, setSearch] = useSearchParams()
  const atRisk = search.get('risk') !== '0'
  const q = search.get('q') ?? ''
  const segment = RFM_SEGMENTS.find((s) => s === search.get('segment')) ?? null
  const ownerId = Number(search.get('owner')) || null
  const page = Math.max(1, Number(search.get('page')) || 1)
  const sortField = INSIGHT_SORT_FIELDS.find((f) => f === search.get('sort')) ?? null
  const sort = {
    field: sortField ?? (atRisk ? 'atStakeCents' : 'lifetimeRevenueCents'),
    dir: search.get('dir') === 'asc' ? ('asc' as const) : ('desc' as const),
  }
  const set = (patch: Record<string, string | null>) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous)
        for (const [key, value] of Object.entries(patch)) {
          if (value === null || value === '') next.delete(key)
          else next.set(key, value)
        }
        if (!('page' in patch)) next.delete('page')
        return next
      },
      { replace: true },
    )
  const input: InsightListInput = {
    ...(q ? { q } : {}),
    filter: {
      ...(atRisk ? { atRisk: true } : {}),
      ...(segment ? { segment } : {}),
      ...(ownerId ? { ownerId } : {}),
    },
    sort,
    page,
    pageSize: PAGE_SIZE,
  }
  const list = useInsightList(input)
  const columns = useMemo(() => insightColumns(t, atRisk), [t, atRisk])
  const rows: InsightRow[] = (list.data?.rows ?? []).map((r) => ({ ...r, id: r.customerId }))
  const onSort = (field: string) => {
    const f = field as SortField
    if (sort.field !== f) set({ sort: f, dir: 'desc' })
    else set({ sort: f, dir: sort.dir === 'desc' ? 'asc' : 'desc' })
  }
  const filtered = Boolean(q || segment || ownerId)

  const empty =
    atRisk && !filtered ? (
      <EmptyMessage
        icon={<IconMoodHappy size={28} />}
        title={t('insight.emptyRisk')}
        description={t('insight.emptyRiskText')}
        actions={
          <Button
            variant="default"
            component={Link}
            to="/settings"
            leftSection={<IconAdjustments size={16} />}
          >
            {t('insight.toSettings')}
          </Button>
        }
      />
    ) : (
      <EmptyMessage
        icon={<IconUsers size={28} />}
        title={t('insight.emptyAll')}
        description={t('insight.emptyAllText')}
        actions={
          <Button component={Link} to="/customers">
            {t('nav.customers')}
          </Button>
        }
      />
    )
  return (
    <Stack
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--mantine-spacing-md))"
      data-testid="insight-page"
    >
      <Group justify="space-between" wrap="nowrap" align="flex-end">
        <div>
          <Title order={1}>{t('insight.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('insight.subtitle')}
            {list.data?.rows[0] && ` ${t('insight.asOf', { date: list.data.rows[0].asOf })}`}
          </Text>
        </div>
      </Group>
      <Tabs
        value={atRisk ? 'risk' : 'all'}
        onChange={(value) => set({ risk: value === 'all' ? '0' : null, sort: null, dir: null })}
      >
        <Tabs.List>
          <Tabs.Tab value="risk" data-testid="insight-tab-risk">
            {t('insight.tabs.risk')}
          </Tabs.Tab>
          <Tabs.Tab value="all" data-testid="insight-tab-all">
            {t('insight.tabs.all')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Group gap="xs">
        <ListSearchBox
          value={q}
          onChange={(value) => set({ q: value })}
          placeholder={t('insight.filter.search')}
          testId="insight-search"
        />
        <Select
          size="xs"
          w={170}
          aria-label={t('insight.filter.segment')}
          placeholder={t('insight.filter.allSegments')}
          clearable
          data={RFM_SEGMENTS.map((s: RfmSegment) => ({ value: s, label: segmentLabel(t, s) }))}
          value={segment}
          onChange={(value) => set({ segment: value })}
          data-testid="insight-segment"
        />
        <OwnerFilter
          ownerId={ownerId}
          onChange={(id) => set({ owner: id === null ? null : String(id) })}
        />
      </Group>
      <ListPanel
        list={list}
        rows={rows.length}
        empty={empty}
        count={(count) => t('insight.count', { count })}
        countTestId="insight-count"
        pager={{ page, pageSize: PAGE_SIZE, onPage: (p) => set({ page: String(p) }) }}
      >
        <DataTable
          rows={rows}
          columns={columns}
          sort={sort}
          onSort={onSort}
          onOpen={(row) => void navigate(`/customers/${row.customerId}`)}
          minWidth={1090}
          testId="insight-table"
          rowTestId="insight-row"
        />
      </ListPanel>
      <InsightExplainer />
    </Stack>
  )
}

import { Button, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core'
import { IconPlus, IconSpeakerphone } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { CAMPAIGN_CHANNELS, type Campaign } from '../../../../../shared/api'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { ListSearchBox } from '../../../components/data-table/ListSearchBox'
import { DataTable } from '../../../components/data-table/DataTable'
import { ListPanel } from '../../../components/data-table/ListPanel'
import { useToday } from '../../../data/today'
import {
  CAMPAIGN_PAGE_SIZE,
  CAMPAIGN_SHOWS,
  campaignListInput,
  campaignParamsPatch,
  nextCampaignSort,
  parseCampaignParams,
  type CampaignListParams,
} from '../campaignListParams'
import { channelLabel } from '../campaignText'
import { campaignColumns } from '../components/campaignColumns'
import { CampaignFormDrawer } from '../components/CampaignFormDrawer'
import { useCampaignList } from '../../../data/campaigns'

export type CampaignsPageProps = Record<string, never>

/**
 * #/campaigns — 市场活动: every campaign with what it cost and what it brought (new customers,
 * deals and won revenue, cost per new customer, ROI), totals at the foot; a row opens its page.
 */
export function CampaignsPage(_props: CampaignsPageProps) {
  const { t } = useTranslation()
  const today = useToday()
  const navigate = useNavigate()
  const [search, setSearch] = useSearchParams()
  const params = parseCampaignParams(search)
  const [editing, setEditing] = useState<'new' | null>(null)
  const set = (patch: Partial<CampaignListParams>) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous)
        for (const [key, value] of Object.entries(campaignParamsPatch(patch))) {
          if (value === null || value === '') next.delete(key)
          else next.set(key, value)
        }
        return next
      },
      { replace: true },
    )
  const list = useCampaignList(campaignListInput(params, today))
  const totals = list.data?.totals
  const columns = useMemo(() => campaignColumns(t, totals), [t, totals])
  const rows = list.data?.rows ?? []
  const filtered = params.q !== '' || params.channel !== null || params.show !== 'all'
  const newButton = (testId: string) => (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing('new')}
      data-testid={testId}
    >
      {t('campaigns.new')}
    </Button>
  )

  const empty = filtered ? (
    <EmptyMessage
      icon={<IconSpeakerphone size={28} />}
      title={t('campaigns.list.emptyFilteredTitle')}
      description={t('campaigns.list.emptyFilteredText')}
      actions={
        <Button
          variant="default"
          onClick={() => set({ q: '', channel: null, show: 'all' })}
          data-testid="campaign-clear-filters"
        >
          {t('campaigns.list.clearFilters')}
        </Button>
      }
    />
  ) : (
    <EmptyMessage
      icon={<IconSpeakerphone size={28} />}
      title={t('campaigns.list.emptyTitle')}
      description={t('campaigns.list.emptyText')}
      actions={newButton('campaign-new-empty')}
    />
  )
  return (
    <Stack
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--mantine-spacing-md))"
      data-testid="campaigns-page"
    >
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Title order={1}>{t('campaigns.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('campaigns.subtitle')}
          </Text>
        </div>
        {newButton('campaign-new')}
      </Group>
      <Group gap="xs">
        <ListSearchBox
          value={params.q}
          onChange={(q) => set({ q })}
          placeholder={t('campaigns.list.search')}
          testId="campaign-search"
        />
        <Select<string>
          aria-label={t('campaigns.fields.channel')}
          placeholder={t('campaigns.list.anyChannel')}
          data={CAMPAIGN_CHANNELS.map((channel) => ({
            value: channel,
            label: channelLabel(t, channel),
          }))}
          value={params.channel}
          onChange={(value) =>
            set({ channel: CAMPAIGN_CHANNELS.find((channel) => channel === value) ?? null })
          }
          clearable
          w={140}
          data-testid="campaign-filter-channel"
        />
        <SegmentedControl
          value={params.show}
          onChange={(value) => set({ show: CAMPAIGN_SHOWS.find((s) => s === value) ?? 'all' })}
          data={CAMPAIGN_SHOWS.map((value) => ({
            value,
            label: t(`campaigns.list.show.${value}`),
          }))}
          data-testid="campaign-filter-show"
        />
      </Group>
      <ListPanel
        list={list}
        rows={rows.length}
        empty={empty}
        count={(count) => t('campaigns.list.count', { count })}
        countTestId="campaign-count"
        pager={{ page: params.page, pageSize: CAMPAIGN_PAGE_SIZE, onPage: (page) => set({ page }) }}
      >
        <DataTable<Campaign>
          rows={rows}
          columns={columns}
          sort={params.sort ?? { field: 'startDate', dir: 'desc' }}
          onSort={(field) => set({ sort: nextCampaignSort(params, field) })}
          onOpen={(campaign) => void navigate(`/campaigns/${campaign.id}`)}
          withFooter={params.show !== 'deleted'}
          minWidth={1120}
          testId="campaign-table"
          rowTestId="campaign-row"
        />
      </ListPanel>
      <CampaignFormDrawer
        target={editing}
        today={today}
        onClose={() => setEditing(null)}
        onSaved={(saved) => void navigate(`/campaigns/${saved.id}`)}
      />
    </Stack>
  )
}

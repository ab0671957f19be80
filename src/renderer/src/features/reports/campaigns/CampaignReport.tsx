import { Anchor, Button, Stack, Text } from '@mantine/core'
import { IconSpeakerphone } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { Campaign } from '../../../../../shared/api'
import { Chart } from '../../../components/chart/Chart'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { datesText, channelLabel, roiColor, roiText } from '../../campaigns'
import { RoiText } from '../../campaigns'
import { useCampaignReport } from '../../../data/campaignReport'
import { KpiCard } from '../../../components/KpiCard'
import { KpiGrid } from '../../../components/KpiGrid'
import { ReportSection } from '../components/ReportSection'
import { ReportState } from '../components/ReportState'
import { ReportTable } from '../components/ReportTable'
import type { ReportViewProps } from '../components/ReportViewProps'
import { useMoney } from '../../../lib/useMoney'
import { chartOrder, costed, costRevenueOption, roiOption } from './campaignCharts'
import { ChartPair } from './ChartPair'

/**
 * 市场活动: the campaigns whose dates overlap the range, what each cost against the revenue it
 * won, its ROI, and the table with totals; a row (or a bar) opens the campaign.
 */
export function CampaignReport({ range, print }: ReportViewProps) {
  const { t, i18n } = useTranslation()
  const m = useMoney()
  const navigate = useNavigate()
  const query = useCampaignReport(range)
  const report = query.data
  const options = useMemo(
    () =>
      report && {
        money: costRevenueOption(report.rows, t, i18n.language, m.exact),
        roi: roiOption(report.rows, t),
      },
    [report, t, i18n.language, m.exact],
  )
  if (!report || !options) return <ReportState error={query.error} />
  const open = (campaign: Campaign | undefined) => {
    if (campaign) void navigate(`/campaigns/${campaign.id}`)
  }
  const totals = report.totals
  if (report.rows.length === 0)
    return (
      <EmptyMessage
        icon={<IconSpeakerphone size={28} />}
        title={t('campaigns.report.emptyTitle')}
        description={t('campaigns.report.emptyText')}
        actions={
          print ? undefined : (
            <Button component={Link} to="/campaigns" variant="light">
              {t('campaigns.report.toCampaigns')}
            </Button>
          )
        }
      />
    )
  const withRoi = costed(report.rows)
  return (
    <Stack gap="md" data-testid="campaign-report" data-campaigns={report.rows.length}>
      <KpiGrid print={print}>
        <KpiCard
          print={print}
          testId="kpi-campaign-cost"
          label={t('campaigns.report.cost')}
          value={m.money(totals.costCents)}
          exact={m.exact(totals.costCents)}
          detail={t('campaigns.report.budget', { budget: m.money(totals.budgetCents) })}
        />
        <KpiCard
          print={print}
          testId="kpi-campaign-customers"
          label={t('campaigns.fields.newCustomers')}
          value={String(totals.newCustomers)}
          detail={t('campaigns.detail.perCustomer', {
            value:
              totals.costPerNewCustomerCents === null
                ? '—'
                : m.exact(totals.costPerNewCustomerCents),
          })}
        />
        <KpiCard
          print={print}
          testId="kpi-campaign-won"
          label={t('campaigns.fields.wonRevenue')}
          value={m.money(totals.wonRevenueCents)}
          exact={m.exact(totals.wonRevenueCents)}
          color="teal"
          detail={t('campaigns.detail.dealsWon', { count: totals.deals, won: totals.wonDeals })}
        />
        <KpiCard
          print={print}
          testId="kpi-campaign-roi"
          label={t('campaigns.report.roi')}
          value={roiText(totals.roi)}
          color={roiColor(totals.roi) === 'dimmed' ? undefined : roiColor(totals.roi)}
          detail={t('campaigns.report.roiHint')}
        />
      </KpiGrid>
      <ChartPair print={print}>
        <ReportSection
          print={print}
          testId="campaign-money-section"
          title={t('campaigns.report.costAndRevenue')}
          hint={t('campaigns.report.hint')}
        >
          <div className="kp-block">
            <Chart
              option={options.money}
              height={print ? 220 : 280}
              print={print}
              label={t('campaigns.report.costAndRevenue')}
              testId="campaign-money-chart"
              onSelect={print ? undefined : (e) => open(chartOrder(report.rows)[e.dataIndex])}
            />
          </div>
        </ReportSection>
        {withRoi.length > 0 && (
          <ReportSection
            print={print}
            testId="campaign-roi-section"
            title={t('campaigns.report.roiTitle')}
            hint={t('campaigns.report.roiFormula')}
          >
            <div className="kp-block">
              <Chart
                option={options.roi}
                height={print ? 180 : 220}
                print={print}
                label={t('campaigns.report.roiTitle')}
                testId="campaign-roi-chart"
                onSelect={print ? undefined : (e) => open(withRoi[e.dataIndex])}
              />
            </div>
          </ReportSection>
        )}
      </ChartPair>
      <ReportSection print={print} testId="campaign-table-section" title={t('campaigns.title')}>
        <ReportTable<Campaign>
          testId="campaign-report-table"
          rows={report.rows}
          rowKey={(c) => String(c.id)}
          onRowClick={print ? undefined : open}
          columns={[
            {
              id: 'name',
              header: t('campaigns.fields.name'),
              cell: (c) =>
                print ? (
                  c.name
                ) : (
                  <Anchor component={Link} to={`/campaigns/${c.id}`} size="sm">
                    {c.name}
                  </Anchor>
                ),
              total: t('reports.total'),
            },
            {
              id: 'channel',
              header: t('campaigns.fields.channel'),
              cell: (c) => channelLabel(t, c.channel),
            },
            {
              id: 'dates',
              header: t('campaigns.fields.dates'),
              cell: (c) => (
                <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {datesText(t, c.startDate, c.endDate)}
                </Text>
              ),
            },
            {
              id: 'cost',
              header: t('campaigns.fields.cost'),
              align: 'right',
              cell: (c) => m.money(c.costCents),
              total: m.exact(totals.costCents),
            },
            {
              id: 'newCustomers',
              header: t('campaigns.fields.newCustomers'),
              align: 'right',
              cell: (c) => c.newCustomers,
              total: totals.newCustomers,
            },
            {
              id: 'deals',
              header: t('campaigns.fields.dealsWon'),
              align: 'right',
              cell: (c) => `${c.deals} / ${c.wonDeals}`,
              total: `${totals.deals} / ${totals.wonDeals}`,
            },
            {
              id: 'won',
              header: t('campaigns.fields.wonRevenue'),
              align: 'right',
              cell: (c) => m.money(c.wonRevenueCents),
              total: m.exact(totals.wonRevenueCents),
            },
            {
              id: 'perCustomer',
              header: t('campaigns.fields.costPerNewCustomer'),
              align: 'right',
              cell: (c) =>
                c.costPerNewCustomerCents === null ? '—' : m.exact(c.costPerNewCustomerCents),
              total:
                totals.costPerNewCustomerCents === null
                  ? '—'
                  : m.exact(totals.costPerNewCustomerCents),
            },
            {
              id: 'roi',
              header: t('campaigns.fields.roi'),
              align: 'right',
              cell: (c) => <RoiText roi={c.roi} />,
              total: <RoiText roi={totals.roi} fw={700} />,
            },
          ]}
        />
      </ReportSection>
    </Stack>
  )
}

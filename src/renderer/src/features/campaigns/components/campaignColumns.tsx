import { Text } from '@mantine/core'
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import type { TFunction } from 'i18next'
import type { Campaign, CampaignTotals } from '../../../../../shared/api'
import { MoneyText } from '../../../components/MoneyText'
import { datesText } from '../campaignText'
import { ChannelBadge } from './ChannelBadge'
import { RoiText } from './RoiText'

const column = createColumnHelper<Campaign>()
const NUMBER = { fontVariantNumeric: 'tabular-nums' } as const

function count(value: number, bold = false) {
  return (
    <Text span size="sm" fw={bold ? 700 : undefined} style={NUMBER}>
      {value}
    </Text>
  )
}

/**
 * 活动名称, 渠道, 日期, 预算, 实际花费, 新客户, 商机 / 赢单, 赢单金额, 获客成本, ROI; the foot
 * sums every campaign the filter matches (the core's totals), not only the page.
 */
export function campaignColumns(
  t: TFunction,
  totals: CampaignTotals | undefined,
): ColumnDef<Campaign, unknown>[] {
  const foot = (cell: (totals: CampaignTotals) => ReactNode) => () => (totals ? cell(totals) : null)
  return [
    column.accessor('name', {
      id: 'name',
      header: t('campaigns.fields.name'),
      meta: { sortBy: 'name' },
      cell: (info) => (
        <Text size="sm" fw={500} truncate="end" title={info.getValue()}>
          {info.getValue()}
        </Text>
      ),
      footer: () => (
        <Text size="sm" fw={700}>
          {t('campaigns.list.total')}
        </Text>
      ),
    }),
    column.accessor('channel', {
      id: 'channel',
      header: t('campaigns.fields.channel'),
      meta: { width: 116 },
      cell: (info) => <ChannelBadge channel={info.getValue()} />,
    }),
    column.accessor('startDate', {
      id: 'dates',
      header: t('campaigns.fields.dates'),
      meta: { width: 184, sortBy: 'startDate' },
      cell: ({ row }) => (
        <Text
          fz={13}
          style={NUMBER}
          truncate="end"
          title={datesText(t, row.original.startDate, row.original.endDate)}
        >
          {datesText(t, row.original.startDate, row.original.endDate)}
        </Text>
      ),
    }),
    column.accessor('budgetCents', {
      id: 'budget',
      header: t('campaigns.fields.budget'),
      meta: { width: 104, align: 'right' },
      cell: (info) => <MoneyText cents={info.getValue()} zeroAsDash />,
      footer: foot((sum) => <MoneyText cents={sum.budgetCents} bold />),
    }),
    column.accessor('costCents', {
      id: 'cost',
      header: t('campaigns.fields.cost'),
      meta: { width: 108, align: 'right', sortBy: 'costCents' },
      cell: (info) => <MoneyText cents={info.getValue()} zeroAsDash />,
      footer: foot((sum) => <MoneyText cents={sum.costCents} bold testId="campaigns-total-cost" />),
    }),
    column.accessor('newCustomers', {
      id: 'newCustomers',
      header: t('campaigns.fields.newCustomers'),
      meta: { width: 100, align: 'right' },
      cell: (info) => count(info.getValue()),
      footer: foot((sum) => count(sum.newCustomers, true)),
    }),
    column.accessor('deals', {
      id: 'deals',
      header: t('campaigns.fields.dealsWon'),
      meta: { width: 76, align: 'right' },
      cell: ({ row }) => (
        <Text span size="sm" style={NUMBER}>
          {row.original.deals} / {row.original.wonDeals}
        </Text>
      ),
      footer: foot((sum) => (
        <Text span size="sm" fw={700} style={NUMBER}>
          {sum.deals} / {sum.wonDeals}
        </Text>
      )),
    }),
    column.accessor('wonRevenueCents', {
      id: 'wonRevenue',
      header: t('campaigns.fields.wonRevenue'),
      meta: { width: 116, align: 'right' },
      cell: (info) => <MoneyText cents={info.getValue()} zeroAsDash />,
      footer: foot((sum) => (
        <MoneyText cents={sum.wonRevenueCents} bold testId="campaigns-total-won" />
      )),
    }),
    column.accessor('costPerNewCustomerCents', {
      id: 'costPerNewCustomer',
      header: t('campaigns.fields.costPerNewCustomer'),
      meta: { width: 100, align: 'right' },
      cell: (info) => <MoneyText cents={info.getValue()} />,
      footer: foot((sum) => <MoneyText cents={sum.costPerNewCustomerCents} bold />),
    }),
    column.accessor('roi', {
      id: 'roi',
      header: t('campaigns.fields.roi'),
      meta: { width: 76, align: 'right' },
      cell: (info) => <RoiText roi={info.getValue()} testId="campaign-roi" />,
      footer: foot((sum) => <RoiText roi={sum.roi} fw={700} testId="campaigns-total-roi" />),
    }),
  ] as ColumnDef<Campaign, unknown>[]
}

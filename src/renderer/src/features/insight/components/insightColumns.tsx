import { Anchor, Text } from '@mantine/core'
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import { Link } from 'react-router'
import type { CustomerInsight } from '../../../../../shared/api'
import { MoneyText } from '../../../components/MoneyText'
import { RiskReasons } from './RiskReasons'
import { SegmentBadge } from './SegmentBadge'

/** DataTable needs an id per row. */
export type InsightRow = CustomerInsight & { id: number }

const column = createColumnHelper<InsightRow>()
const dash = (
  <Text size="sm" c="dimmed">
    —
  </Text>
)

/**
 * The insight list: customer, owner, segment with R/F/M, money, rhythm, and — on the at-risk
 * view — why, with the revenue at stake.
 */
export function insightColumns(t: TFunction, atRisk: boolean): ColumnDef<InsightRow, unknown>[] {
  const columns: ColumnDef<InsightRow, unknown>[] = [
    column.accessor('customerName', {
      id: 'customer',
      header: t('insight.column.customer'),
      meta: { width: 200 },
      cell: (info) => (
        <Anchor
          component={Link}
          to={`/customers/${info.row.original.customerId}`}
          size="sm"
          fw={500}
          truncate="end"
          display="block"
          onClick={(e) => e.stopPropagation()}
        >
          {info.getValue()}
        </Anchor>
      ),
    }) as ColumnDef<InsightRow, unknown>,
    column.accessor('ownerName', {
      id: 'owner',
      header: t('insight.column.owner'),
      meta: { width: 80 },
      cell: (info) => (info.getValue() ? <Text size="sm">{info.getValue()}</Text> : dash),
    }) as ColumnDef<InsightRow, unknown>,
    column.accessor('segment', {
      id: 'segment',
      header: t('insight.column.segment'),
      meta: { width: 130 },
      cell: (info) => {
        const rfm = info.row.original.rfm
        return (
          <div>
            <SegmentBadge segment={info.getValue()} size="xs" />
            {rfm && (
              <Text size="xs" c="dimmed">
                R{rfm.r} F{rfm.f} M{rfm.m}
              </Text>
            )}
          </div>
        )
      },
    }) as ColumnDef<InsightRow, unknown>,
  ]
  if (atRisk)
    columns.push(
      column.accessor('reasons', {
        id: 'reasons',
        header: t('insight.column.reasons'),
        meta: { width: 270 },
        cell: (info) => <RiskReasons reasons={info.getValue()} size="xs" />,
      }) as ColumnDef<InsightRow, unknown>,
      column.accessor('atStakeCents', {
        id: 'atStake',
        header: t('insight.column.atStake'),
        meta: { width: 120, align: 'right', sortBy: 'atStakeCents' },
        cell: (info) => <MoneyText cents={info.getValue()} bold />,
      }) as ColumnDef<InsightRow, unknown>,
    )
  const money: ColumnDef<InsightRow, unknown>[] = [
    column.accessor('lifetimeRevenueCents', {
      id: 'lifetime',
      header: t('insight.column.lifetime'),
      meta: { width: 120, align: 'right', sortBy: 'lifetimeRevenueCents' },
      cell: (info) => <MoneyText cents={info.getValue()} zeroAsDash />,
    }) as ColumnDef<InsightRow, unknown>,
    column.accessor('revenue12mCents', {
      id: 'revenue12m',
      header: t('insight.column.revenue12m'),
      meta: { width: 120, align: 'right', sortBy: 'revenue12mCents' },
      cell: (info) => <MoneyText cents={info.getValue()} zeroAsDash />,
    }) as ColumnDef<InsightRow, unknown>,
    column.accessor('purchases', {
      id: 'purchases',
      header: t('insight.column.purchases'),
      meta: { width: 70, align: 'right', sortBy: 'purchases' },
      cell: (info) => <Text size="sm">{info.getValue()}</Text>,
    }) as ColumnDef<InsightRow, unknown>,
    column.accessor('lastPurchaseDate', {
      id: 'lastPurchase',
      header: t('insight.column.lastPurchase'),
      meta: { width: 100, sortBy: 'lastPurchaseDate' },
      cell: (info) =>
        info.getValue() ? (
          <div>
            <Text size="sm">{info.getValue()}</Text>
            <Text size="xs" c="dimmed">
              {t('insight.daysAgo', { count: info.row.original.daysSinceLastPurchase ?? 0 })}
            </Text>
          </div>
        ) : (
          dash
        ),
    }) as ColumnDef<InsightRow, unknown>,
    column.accessor('avgIntervalDays', {
      id: 'interval',
      header: t('insight.column.interval'),
      meta: { width: 90, align: 'right' },
      cell: (info) =>
        info.getValue() === null ? (
          dash
        ) : (
          <Text size="sm">{t('insight.days', { count: Math.round(info.getValue()!) })}</Text>
        ),
    }) as ColumnDef<InsightRow, unknown>,
    column.accessor('clv', {
      id: 'clv',
      header: t('insight.column.clv'),
      meta: { width: 120, align: 'right', sortBy: 'clvCents' },
      cell: (info) => <MoneyText cents={info.getValue()?.cents ?? null} />,
    }) as ColumnDef<InsightRow, unknown>,
  ]
  // The at-risk view keeps to why and how much; its reasons already give the interval.
  const shown = atRisk
    ? money.filter((c) => ['lifetime', 'purchases', 'lastPurchase'].includes(c.id ?? ''))
    : money
  return [...columns, ...shown]
}

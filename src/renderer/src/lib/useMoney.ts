import { useMemo } from 'react'
import { useSettings } from '../data/settings'
import { formatCents, formatWan } from '../../../shared/money'

/** ¥10,000.00 and above read as 万元 when the setting is on: ¥12.35万. */
const WAN_FROM_CENTS = 1_000_000

export function formatMoney(cents: number, wan: boolean): string {
  if (!wan || Math.abs(cents) < WAN_FROM_CENTS) return formatCents(cents)
  return `${cents < 0 ? '-' : ''}¥${formatWan(Math.abs(cents))}`
}

export interface MoneyFormat {
  wan: boolean
  /** A figure as the setting wants it (万元 when on). */
  money: (cents: number) => string
  /** Always to the 分 (totals, tooltips). */
  exact: (cents: number) => string
}

/** Amounts the way the owner chose in settings (显示为万元); totals stay exact. */
export function useMoney(): MoneyFormat {
  const wan = useSettings().data?.amountsInWan ?? false
  // Stable while the setting stays: chart options memoised on these are not rebuilt.
  return useMemo(
    () => ({
      wan,
      money: (cents: number) => formatMoney(cents, wan),
      exact: (cents: number) => formatCents(cents),
    }),
    [wan],
  )
}

/** 0.6469 → '64.7%'; null → '—'. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

/** Change from `before` to `now` as a rate, null when there was nothing before. */
export function changeRate(now: number, before: number): number | null {
  return before === 0 ? null : (now - before) / before
}

import { MAX_LEDGER_CENTS } from '../../../../../shared/api'
import { lineTotalCents, splitEvenly, sumCents } from '../../../../../shared/ledger-rules'
import { addMonths } from '../../../../../shared/dates'
import { parseYuan } from '../../../../../shared/money'

/**
 * The contract form's arithmetic, on what the user typed. Every amount goes through the
 * shared ledger rules (src/shared/ledger-rules.ts), so the total the form shows while
 * typing is the total the core will store, to the 分.
 */

/** One line of the form, as typed. */
export interface LineText {
  quantity: string
  unitPrice: string
  discount: string
}

/** One instalment of the form, as typed. */
export interface InstalmentText {
  dueDate: string
  amount: string
}

function halfWidth(text: string): string {
  return text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace('．', '.')
    .replace(/[,，\s]/g, '')
}

/** "2.5" → 2500 thousandths; positive, at most 3 decimals; null otherwise. Never a float multiply. */
export function parseQuantityMilli(text: string): number | null {
  const match = /^(\d+)(?:\.(\d{0,3}))?$/.exec(halfWidth(text))
  if (!match) return null
  const milli = Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'))
  return Number.isSafeInteger(milli) && milli > 0 && milli <= 1_000_000_000_000 ? milli : null
}

/** "12.5" (%) → 1250 basis points; '' → 0; 0–100 with at most 2 decimals; null otherwise. */
export function parseDiscountBps(text: string): number | null {
  const cleaned = halfWidth(text).replace(/%$/, '')
  if (cleaned === '') return 0
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned)
  if (!match) return null
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return bps <= 10_000 ? bps : null
}

export interface ParsedLine {
  quantityMilli: number | null
  unitPriceCents: number | null
  discountBps: number | null
  /** null while any part is not a valid number. */
  totalCents: number | null
}

export function parseLine(line: LineText): ParsedLine {
  const quantityMilli = parseQuantityMilli(line.quantity)
  const price = line.unitPrice.trim() === '' ? null : parseYuan(line.unitPrice)
  const unitPriceCents = price !== null && Math.abs(price) <= MAX_LEDGER_CENTS ? price : null
  const discountBps = parseDiscountBps(line.discount)
  const totalCents =
    quantityMilli !== null && unitPriceCents !== null && discountBps !== null
      ? lineTotalCents(quantityMilli, unitPriceCents, discountBps)
      : null
  return { quantityMilli, unitPriceCents, discountBps, totalCents }
}

/** Σ of the lines that are complete; `complete` says whether every line counted. */
export function contractTotal(lines: readonly LineText[]): {
  totalCents: number
  complete: boolean
} {
  const totals = lines.map((line) => parseLine(line).totalCents)
  return {
    totalCents: sumCents(totals.filter((total): total is number => total !== null)),
    complete: totals.every((total) => total !== null),
  }
}

/** An instalment amount: strictly positive 分, or null. */
export function parseInstalmentAmount(text: string): number | null {
  const amount = text.trim() === '' ? null : parseYuan(text)
  return amount !== null && amount > 0 && amount <= MAX_LEDGER_CENTS ? amount : null
}

export interface PlanCheck {
  totalCents: number
  planSumCents: number
  /** total − plan sum: positive = the plan is short, negative = the plan is over. */
  differenceCents: number
  /** Every instalment amount is a valid positive amount. */
  amountsValid: boolean
  /** The plan may be saved: valid amounts summing exactly to the total (or no plan for a 0 total). */
  ok: boolean
}

export function checkPlan(totalCents: number, plan: readonly InstalmentText[]): PlanCheck {
  const amounts = plan.map((instalment) => parseInstalmentAmount(instalment.amount))
  const amountsValid = amounts.every((amount) => amount !== null)
  const planSumCents = sumCents(amounts.map((amount) => amount ?? 0))
  const differenceCents = totalCents - planSumCents
  return {
    totalCents,
    planSumCents,
    differenceCents,
    amountsValid,
    ok: amountsValid && differenceCents === 0 && (plan.length > 0 || totalCents === 0),
  }
}

/**
 * Due dates for an `n`-instalment plan: the dates already in the plan are kept, further
 * ones follow monthly after the last (or from `firstDue` for an empty plan).
 */
export function planDueDates(existing: readonly string[], n: number, firstDue: string): string[] {
  const valid = existing.filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))
  const dates = valid.slice(0, n)
  const base = dates[dates.length - 1] ?? firstDue
  const offset = dates.length > 0 ? 1 : 0
  for (let i = 0; dates.length < n; i += 1) dates.push(addMonths(base, i + offset))
  return dates
}

/** splitEvenly (remainder 分 on the last) as the amounts of a plan. */
export function evenAmounts(totalCents: number, n: number): number[] {
  return splitEvenly(Math.max(0, totalCents), n)
}

/**
 * The plan's amounts scaled to a new total, keeping their proportions: each instalment
 * rounded down to the 分, the remainder on the last, so the sum is exact. A plan of zeros
 * (or one that would leave an instalment at 0) is split evenly instead.
 */
export function proportionalAmounts(amounts: readonly number[], totalCents: number): number[] {
  const n = amounts.length
  if (n === 0) return []
  const oldSum = BigInt(sumCents(amounts))
  if (oldSum <= 0n) return evenAmounts(totalCents, n)
  const total = BigInt(Math.max(0, totalCents))
  const scaled = amounts.map((amount) => Number((BigInt(amount) * total) / oldSum))
  scaled[n - 1] = totalCents - sumCents(scaled.slice(0, n - 1))
  return scaled.every((amount) => amount > 0) ? scaled : evenAmounts(totalCents, n)
}

/** The difference put on the last instalment; null when that would leave it at or below 0. */
export function lastTakesDifference(
  amounts: readonly number[],
  totalCents: number,
): number[] | null {
  const n = amounts.length
  if (n === 0) return null
  const last = totalCents - sumCents(amounts.slice(0, n - 1))
  if (last <= 0) return null
  return [...amounts.slice(0, n - 1), last]
}

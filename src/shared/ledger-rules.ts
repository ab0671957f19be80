/**
 * The rules of the ledger, written once: the core computes with them, the UI previews
 * with them, the tests check against them. Pure functions on integer 分; no floats in
 * any money path (line totals go through BigInt).
 */
import { addDays, daysBetween } from './dates'

/** ¥10,000,000,000.00: the largest amount (line, contract, payment) the ledger accepts. */
export const MAX_LEDGER_CENTS = 1_000_000_000_000

export const INSTALMENT_STATUSES = [
  'paid',
  'overdue',
  'partial',
  'due',
  'notDue',
  'voided',
] as const
/** 已回款 paid · 逾期 overdue · 部分回款 partial · 待回款 due · 未到期 notDue · 已作废 voided */
export type InstalmentStatus = (typeof INSTALMENT_STATUSES)[number]

export const CONTRACT_STATUSES = ['draft', 'active', 'completed', 'terminated'] as const
/** 草稿 draft · 执行中 active · 已完成 completed (derived) · 已终止 terminated */
export type ContractStatus = (typeof CONTRACT_STATUSES)[number]

/**
 * The aging rule, the one place it is written: each bucket holds the amounts at most
 * `maxDays` days past due (the last has no limit). The core's SQL is derived from it.
 */
export const AGING_RULE = [
  { bucket: 'notDue', maxDays: 0 },
  { bucket: 'd1to30', maxDays: 30 },
  { bucket: 'd31to60', maxDays: 60 },
  { bucket: 'd61to90', maxDays: 90 },
  { bucket: 'over90', maxDays: null },
] as const
export const AGING_BUCKETS = AGING_RULE.map((b) => b.bucket)
export type AgingBucket = (typeof AGING_RULE)[number]['bucket']

export const DEFAULT_REMINDER_WINDOW_DAYS = 7
export const DEFAULT_RENEWAL_WINDOW_DAYS = 30

// ───────────────────────────── amounts ─────────────────────────────

/** 2.5 → 2500 (a quantity with at most 3 decimals as integer thousandths). */
export function toMilli(quantity: number): number {
  return Math.round(quantity * 1000)
}
/** 2500 → 2.5 */
export function fromMilli(milli: number): number {
  return milli / 1000
}
/** 12.5 % → 1250 basis points. */
export function percentToBps(percent: number): number {
  return Math.round(percent * 100)
}
export function bpsToPercent(bps: number): number {
  return bps / 100
}

/** n / d rounded half away from zero, exactly (d > 0). */
export function divRoundHalfAwayFromZero(n: bigint, d: bigint): bigint {
  const negative = n < 0n
  const abs = negative ? -n : n
  const q = (abs * 2n + d) / (2n * d)
  return negative ? -q : q
}

/**
 * quantity × unit price × (1 − discount), rounded half away from zero to the 分:
 * round(quantityMilli × unitPriceCents × (10000 − discountBps) / 10,000,000).
 * Examples: 1 × 0.01 at 50 % → 0.01 (0.005 rounds up); −0.005 → −0.01.
 */
export function lineTotalCents(
  quantityMilli: number,
  unitPriceCents: number,
  discountBps = 0,
): number {
  const n = BigInt(quantityMilli) * BigInt(unitPriceCents) * BigInt(10_000 - discountBps)
  const value = divRoundHalfAwayFromZero(n, 10_000_000n)
  return Number(value)
}

/** The same from the numbers a person enters (quantity 2.5, discount 12.5 %). */
export function lineTotalOf(item: {
  quantity: number
  unitPriceCents: number
  discountPercent?: number | undefined | null
}): number {
  return lineTotalCents(
    toMilli(item.quantity),
    item.unitPriceCents,
    percentToBps(item.discountPercent ?? 0),
  )
}

export function sumCents(values: readonly number[]): number {
  let sum = 0
  for (const v of values) sum += v
  return sum
}

/**
 * A plan of `n` equal instalments summing exactly to `totalCents`; the remainder 分 goes
 * on the last one: splitEvenly(1000, 3) → [333, 333, 334].
 */
export function splitEvenly(totalCents: number, n: number): number[] {
  if (!Number.isSafeInteger(totalCents) || totalCents < 0) throw new RangeError('total')
  if (!Number.isInteger(n) || n < 1) throw new RangeError('n')
  const base = Math.floor(totalCents / n)
  const out = Array.from({ length: n }, () => base)
  out[n - 1] = totalCents - base * (n - 1)
  return out
}



/** Days past due as of `asOf` (0 when not yet due). */
export function daysOverdue(dueDate: string, asOf: string): number {
  return Math.max(0, daysBetween(dueDate, asOf))
}

// ───────────────────────────── statuses ─────────────────────────────

export interface InstalmentStatusInput {
  dueDate: string
  amountCents: number
  receivedCents: number
  /** Set when the contract was terminated with this instalment unpaid. */
  voided?: boolean
}

/**
 * As of `asOf`, first match wins: voided; paid (received ≥ amount); overdue (due date
 * passed); partial (received > 0); due (asOf ≤ dueDate ≤ asOf + window); notDue.
 */
export function instalmentStatus(
  instalment: InstalmentStatusInput,
  asOf: string,
  windowDays = DEFAULT_REMINDER_WINDOW_DAYS,
): InstalmentStatus {
  if (instalment.voided) return 'voided'
  if (instalment.receivedCents >= instalment.amountCents) return 'paid'
  if (instalment.dueDate < asOf) return 'overdue'
  if (instalment.receivedCents > 0) return 'partial'
  if (instalment.dueDate <= addDays(asOf, windowDays)) return 'due'
  return 'notDue'
}

export interface ContractStatusInput {
  state: 'draft' | 'active' | 'terminated'
  totalCents: number
  receivedCents: number
  endDate: string | null
  /** The last instalment's due date (used when there is no end date). */
  lastDueDate: string | null
}

/**
 * draft and terminated as stored; an active contract is completed once everything is
 * received and its end date (else its last due date) is on or before `asOf`.
 */
export function contractStatus(contract: ContractStatusInput, asOf: string): ContractStatus {
  if (contract.state !== 'active') return contract.state
  const ends = contract.endDate ?? contract.lastDueDate
  const paid = contract.receivedCents >= contract.totalCents
  if (paid && (ends === null || ends <= asOf)) return 'completed'
  return 'active'
}

/** The bucket of an amount due on `dueDate`, as of `asOf` (AGING_RULE). */
export function agingBucket(dueDate: string, asOf: string): AgingBucket {
  const days = daysBetween(dueDate, asOf)
  return (AGING_RULE.find((b) => b.maxDays === null || days <= b.maxDays) ?? AGING_RULE[4]).bucket
}

// ───────────────────────────── allocation ─────────────────────────────

export interface OpenInstalment {
  id: number
  seq: number
  dueDate: string
  amountCents: number
  receivedCents: number
}

/**
 * The order a payment fills instalments: the picked one first (if any), then the
 * others oldest first (due date, then seq). Paid ones are skipped.
 */
export function allocationOrder<T extends OpenInstalment>(
  instalments: readonly T[],
  pickedId?: number | null,
): T[] {
  const open = instalments.filter((i) => i.receivedCents < i.amountCents)
  open.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.seq - b.seq))
  if (pickedId == null) return open
  const picked = open.find((i) => i.id === pickedId)
  return picked ? [picked, ...open.filter((i) => i !== picked)] : open
}

/**
 * Splits `amountCents` over the instalments in allocation order. What does not fit is
 * `excessCents` (refused, or recorded as an advance).
 */
export function allocate<T extends OpenInstalment>(
  instalments: readonly T[],
  amountCents: number,
  pickedId?: number | null,
): { allocations: { instalmentId: number; amountCents: number }[]; excessCents: number } {
  let left = amountCents
  const allocations: { instalmentId: number; amountCents: number }[] = []
  for (const instalment of allocationOrder(instalments, pickedId)) {
    if (left <= 0) break
    const take = Math.min(left, instalment.amountCents - instalment.receivedCents)
    allocations.push({ instalmentId: instalment.id, amountCents: take })
    left -= take
  }
  return { allocations, excessCents: left }
}

// ───────────────────────────── contract numbers ─────────────────────────────

/** HT-2026-0001 */
export function contractNumber(year: number | string, serial: number): string {
  return `HT-${year}-${String(serial).padStart(4, '0')}`
}

/**
 * A plain reference of the ledger for the property test (ledger-properties.test.ts),
 * written from the ledger's rules as docs/ledger.md states them, NOT from src/shared/ledger-rules.ts:
 * the test compares what the core answers with what this model says.
 */

// ───────────────────────────── dates ─────────────────────────────

const DAY_MS = 86_400_000

/** 'YYYY-MM-DD' → days since 1970-01-01. */
export function dayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d) / DAY_MS
}
export function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}
export function plusDays(date: string, days: number): string {
  return dateOf(dayOf(date) + days)
}
/** 10:00 local time of a calendar date: what the test clock is set to. */
export function localMorning(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d, 10, 0, 0).getTime()
}

// ───────────────────────────── amounts ─────────────────────────────

/** quantity‰ × price 分 × (10000 − bps) / 10^7, halves away from zero, by long division. */
export function referenceLineTotal(quantityMilli: number, priceCents: number, bps: number): number {
  const n = BigInt(quantityMilli) * BigInt(priceCents) * BigInt(10_000 - bps)
  const d = 10_000_000n
  const magnitude = n < 0n ? -n : n
  let q = magnitude / d
  if ((magnitude % d) * 2n >= d) q += 1n
  return Number(n < 0n ? -q : q)
}

/** n equal parts, the remainder 分 on the last. */
export function referenceSplit(total: number, n: number): number[] {
  const base = Math.floor(total / n)
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? total - base * (n - 1) : base))
}

/** Parts proportional to the weights (floored), the remainder on the last. */
export function weightedSplit(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const parts = weights.map((w) => Math.floor((total * w) / sum))
  parts[parts.length - 1]! += total - parts.reduce((a, b) => a + b, 0)
  return parts
}

// ───────────────────────────── the model ─────────────────────────────

export const WINDOW_DAYS = 7

export interface MInstalment {
  id: number
  seq: number
  due: string
  amount: number
  received: number
  voided: boolean
}
export interface MPayment {
  id: number
  kind: 'payment' | 'advance' | 'reversal'
  amount: number
  date: string
  reverses: number | null
  reversedBy: number | null
  allocations: { instalmentId: number; amountCents: number }[]
}
export interface MInvoice {
  id: number
  number: string | null
  amount: number
  date: string
  reverses: number | null
  reversedBy: number | null
}
export interface MContract {
  id: number
  customerId: number
  state: 'draft' | 'active' | 'terminated'
  total: number
  signed: string
  end: string | null
  plan: MInstalment[]
  payments: MPayment[]
  invoices: MInvoice[]
  terminatedDate: string | null
}

export const unpaid = (i: MInstalment) => i.amount - i.received
export const receivedOf = (c: MContract) => c.plan.reduce((s, i) => s + i.received, 0)
export const invoicedOf = (c: MContract) => c.invoices.reduce((s, v) => s + v.amount, 0)
/** Advances and the reversals of advances. */
export function advanceOf(c: MContract): number {
  const kinds = new Map(c.payments.map((p) => [p.id, p.kind]))
  return c.payments
    .filter(
      (p) => p.kind === 'advance' || (p.reverses !== null && kinds.get(p.reverses) === 'advance'),
    )
    .reduce((s, p) => s + p.amount, 0)
}
export const voidedOf = (c: MContract) =>
  c.plan.filter((i) => i.voided).reduce((s, i) => s + unpaid(i), 0)
/** An instalment still to be collected: the contract is active, not voided, not fully paid. */
export const isOpen = (c: MContract, i: MInstalment) =>
  c.state === 'active' && !i.voided && i.received < i.amount

/** First match: voided, paid, overdue, partial, due (within the window), not due. */
export function referenceInstalmentStatus(i: MInstalment, asOf: string): string {
  if (i.voided) return 'voided'
  if (i.received >= i.amount) return 'paid'
  if (dayOf(i.due) < dayOf(asOf)) return 'overdue'
  if (i.received > 0) return 'partial'
  if (dayOf(i.due) - dayOf(asOf) <= WINDOW_DAYS) return 'due'
  return 'notDue'
}

/** draft / terminated as stored; active is completed when all is paid and it has ended. */
export function referenceContractStatus(c: MContract, asOf: string): string {
  if (c.state !== 'active') return c.state
  const lastDue = c.plan.length
    ? c.plan
        .map((i) => i.due)
        .sort()
        .at(-1)!
    : null
  const ends = c.end ?? lastDue
  const allPaid = receivedOf(c) >= c.total
  return allPaid && (ends === null || ends <= asOf) ? 'completed' : 'active'
}

/** Allocation: the picked instalment first, then the open ones by due date and seq. */
export function referenceAllocate(
  c: MContract,
  amount: number,
  picked: MInstalment | undefined,
): { allocations: { instalment: MInstalment; amount: number }[]; excess: number } {
  const open = c.plan
    .filter((i) => !i.voided && i.received < i.amount)
    .sort((a, b) => dayOf(a.due) - dayOf(b.due) || a.seq - b.seq)
  const order = picked ? [picked, ...open.filter((i) => i !== picked)] : open
  let left = amount
  const allocations: { instalment: MInstalment; amount: number }[] = []
  for (const i of order) {
    if (left === 0) break
    const take = Math.min(left, unpaid(i))
    allocations.push({ instalment: i, amount: take })
    left -= take
  }
  return { allocations, excess: left }
}

export interface AgingAmounts {
  notDueCents: number
  d1to30Cents: number
  d31to60Cents: number
  d61to90Cents: number
  over90Cents: number
  totalCents: number
}

/** Each open instalment's unpaid amount by days past due: ≤0, 1–30, 31–60, 61–90, >90. */
export function referenceAging(contracts: MContract[], asOf: string): AgingAmounts {
  const out = {
    notDueCents: 0,
    d1to30Cents: 0,
    d31to60Cents: 0,
    d61to90Cents: 0,
    over90Cents: 0,
    totalCents: 0,
  }
  for (const c of contracts)
    for (const i of c.plan) {
      if (!isOpen(c, i)) continue
      const days = dayOf(asOf) - dayOf(i.due)
      const key =
        days <= 0
          ? 'notDueCents'
          : days <= 30
            ? 'd1to30Cents'
            : days <= 60
              ? 'd31to60Cents'
              : days <= 90
                ? 'd61to90Cents'
                : 'over90Cents'
      out[key] += unpaid(i)
      out.totalCents += unpaid(i)
    }
  return out
}

/** What contracts.get should show, in the same shape as the projection the test reads. */
export function expectedDetail(c: MContract, asOf: string) {
  const received = receivedOf(c)
  const voided = voidedOf(c)
  const open = c.plan.filter((i) => isOpen(c, i))
  const overdue = open.filter((i) => i.due < asOf)
  const byDateThenId = <T extends { date: string; id: number }>(rows: T[]) =>
    [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
  const seqOf = new Map(c.plan.map((i) => [i.id, i.seq]))
  return {
    state: c.state,
    status: referenceContractStatus(c, asOf),
    totalCents: c.total,
    receivedCents: received,
    advanceCents: advanceOf(c),
    invoicedCents: invoicedOf(c),
    voidedCents: voided,
    outstandingCents: c.total - received - voided,
    overdueCents: overdue.reduce((s, i) => s + unpaid(i), 0),
    nextDueDate: open.length ? open.map((i) => i.due).sort()[0]! : null,
    terminatedDate: c.terminatedDate,
    plan: c.plan.map((i) => ({
      id: i.id,
      seq: i.seq,
      dueDate: i.due,
      amountCents: i.amount,
      receivedCents: i.received,
      unpaidCents: unpaid(i),
      status: referenceInstalmentStatus(i, asOf),
      daysOverdue: !i.voided && unpaid(i) > 0 ? Math.max(0, dayOf(asOf) - dayOf(i.due)) : 0,
      voidedDate: i.voided ? c.terminatedDate : null,
    })),
    payments: byDateThenId(c.payments).map((p) => ({
      id: p.id,
      kind: p.kind,
      amountCents: p.amount,
      receivedDate: p.date,
      reversesId: p.reverses,
      reversedById: p.reversedBy,
      allocations: [...p.allocations].sort(
        (a, b) => seqOf.get(a.instalmentId)! - seqOf.get(b.instalmentId)!,
      ),
    })),
    invoices: byDateThenId(c.invoices).map((v) => ({
      id: v.id,
      number: v.number,
      amountCents: v.amount,
      issuedDate: v.date,
      reversesId: v.reverses,
      reversedById: v.reversedBy,
    })),
  }
}

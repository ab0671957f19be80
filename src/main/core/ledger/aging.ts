import type { AgingAmounts } from '../../../shared/api'
import { AGING_RULE } from '../../../shared/ledger-rules'
import { addDays } from '../../../shared/dates'

/**
 * The aging rule (shared/ledger-rules.ts AGING_RULE) as SQL: a bucket holds what is at most
 * maxDays past due, i.e. due on or after asOf − maxDays. Every aging query is built from these.
 */

/** The amounts' keys, in the rule's order. */
export const AGING_KEYS = AGING_RULE.map((b) => `${b.bucket}Cents` as keyof AgingAmounts)

/** The named parameters the expressions below read: @aging0 … one date per limited bucket. */
export function agingParams(asOf: string): Record<string, string> {
  const params: Record<string, string> = { asOf }
  AGING_RULE.forEach((b, i) => {
    if (b.maxDays !== null) params[`aging${i}`] = addDays(asOf, -b.maxDays)
  })
  return params
}

/** The bucket's index (0 = not due) of a row due on `dueColumn`. */
export function agingBucketSql(dueColumn: string): string {
  const whens = AGING_RULE.flatMap((b, i) =>
    b.maxDays === null ? [] : [`WHEN ${dueColumn} >= @aging${i} THEN ${i}`],
  )
  return `CASE ${whens.join(' ')} ELSE ${AGING_RULE.length - 1} END`
}

/** The condition of one bucket on `dueColumn`, or null for a name that is no bucket. */
export function agingBucketWhere(bucket: string, dueColumn: string): string | null {
  const i = AGING_RULE.findIndex((b) => b.bucket === bucket)
  if (i < 0) return null
  const conditions = [
    ...(AGING_RULE[i]!.maxDays === null ? [] : [`${dueColumn} >= @aging${i}`]),
    ...(i === 0 ? [] : [`${dueColumn} < @aging${i - 1}`]),
  ]
  return conditions.join(' AND ')
}

/** One SUM per bucket of `amount` (aliased to its key), and the total. */
export function agingSumsSql(dueColumn: string, amount: string): string {
  const sums = AGING_RULE.map(
    (b, i) =>
      `SUM(CASE WHEN ${agingBucketWhere(b.bucket, dueColumn)} THEN ${amount} ELSE 0 END) AS ${AGING_KEYS[i]}`,
  )
  return [...sums, `SUM(${amount}) AS totalCents`].join(',\n  ')
}

export function emptyAgingAmounts(): AgingAmounts {
  const out = { totalCents: 0 } as AgingAmounts
  for (const key of AGING_KEYS) out[key] = 0
  return out
}

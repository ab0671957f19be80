import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/shared/dates'
import { AGING_RULE, agingBucket } from '../../../src/shared/ledger-rules'
import {
  agingBucketSql,
  agingBucketWhere,
  agingParams,
  agingSumsSql,
} from '../../../src/main/core/ledger/aging'

/** The aging SQL of every query is derived from AGING_RULE; here it must agree with agingBucket. */
describe('the aging rule in SQL', () => {
  const asOf = '2026-03-01' // after a short February: month lengths must not matter
  const offsets = Array.from({ length: 140 }, (_, i) => i - 5)
  const db = new Database(':memory:')
  db.exec('CREATE TABLE i (due_date TEXT, amount INTEGER)')
  const insert = db.prepare('INSERT INTO i VALUES (?, ?)')
  for (const days of offsets) insert.run(addDays(asOf, -days), 1)
  const params = agingParams(asOf)

  it('puts each day past due in the bucket agingBucket names', () => {
    const rows = db
      .prepare(`SELECT due_date AS due, ${agingBucketSql('due_date')} AS bucket FROM i`)
      .all(params) as { due: string; bucket: number }[]
    for (const row of rows)
      expect([row.due, AGING_RULE[row.bucket]!.bucket]).toEqual([
        row.due,
        agingBucket(row.due, asOf),
      ])
  })

  it('selects, bucket by bucket, exactly the dates agingBucket puts there, and the sums add up', () => {
    for (const { bucket } of AGING_RULE) {
      const due = db
        .prepare(`SELECT due_date FROM i WHERE ${agingBucketWhere(bucket, 'due_date')} ORDER BY 1`)
        .pluck()
        .all(params) as string[]
      const expected = offsets
        .map((d) => addDays(asOf, -d))
        .filter((d) => agingBucket(d, asOf) === bucket)
        .sort()
      expect([bucket, due]).toEqual([bucket, expected])
    }
    const sums = db
      .prepare(`SELECT ${agingSumsSql('due_date', 'amount')} FROM i`)
      .get(params) as Record<string, number>
    expect(sums).toEqual({
      notDueCents: 6,
      d1to30Cents: 30,
      d31to60Cents: 30,
      d61to90Cents: 30,
      over90Cents: 44,
      totalCents: 140,
    })
  })
})

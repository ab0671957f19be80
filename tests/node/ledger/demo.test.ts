import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Ctx } from '../../../src/main/core/context'
import { refreshContractSums } from '../../../src/main/core/ledger/sums'
import { openTestCore } from '../helpers'

const DENORMALISED = `SELECT
  (SELECT json_group_array(json_array(id, total_cents, received_cents, advance_cents, invoiced_cents,
     voided_cents, next_due_date, last_due_date)) FROM (SELECT * FROM contracts ORDER BY id)) AS contracts,
  (SELECT json_group_array(json_array(id, received_cents, open)) FROM (SELECT * FROM instalments ORDER BY id)) AS instalments`

describe('demo ledger data', () => {
  it('is believable and its denormalised sums equal what the services would compute', () => {
    const core = openTestCore()
    const loaded = core.ok('demo.load', { customers: 300, contracts: 400 })
    expect(loaded).toMatchObject({ contracts: 400, products: 12 })
    expect(loaded.payments).toBeGreaterThan(400)
    expect(loaded.invoices).toBeGreaterThan(100)

    const aging = core.ok('receivables.aging', {})
    expect(aging.total.totalCents).toBeGreaterThan(0)
    expect(aging.total.d1to30Cents + aging.total.over90Cents).toBeGreaterThan(0)
    const statuses = new Set(
      core.ok('receivables.list', { pageSize: 500 }).rows.map((r) => r.status),
    )
    expect(statuses).toContain('overdue')
    expect(statuses).toContain('partial')
    for (const status of ['draft', 'active', 'completed', 'terminated'] as const)
      expect(core.ok('contracts.list', { filter: { status } }).total).toBeGreaterThan(0)
    expect(core.ok('payments.list', { filter: { kind: 'reversal' } }).total).toBeGreaterThan(0)

    core.close()
    const db = new Database(join(core.dataDir, 'kehu.db'))
    try {
      const before = db.prepare(DENORMALISED).get()
      const ctx = { sqlite: db } as unknown as Ctx
      const ids = db.prepare('SELECT id FROM contracts').pluck().all() as number[]
      db.transaction(() => {
        for (const id of ids) refreshContractSums(ctx, id)
      })()
      expect(db.prepare(DENORMALISED).get()).toEqual(before)
    } finally {
      db.close()
    }
  })

  it('a second load adds contracts with fresh numbers', () => {
    const core = openTestCore()
    core.ok('demo.load', { customers: 50, contracts: 30 })
    core.ok('demo.load', { customers: 50, contracts: 30 })
    const all = core.ok('contracts.list', { pageSize: 500 })
    expect(all.total).toBeGreaterThanOrEqual(58)
    expect(new Set(all.rows.map((r) => r.number)).size).toBe(all.rows.length)
  })
})

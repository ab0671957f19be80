import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { methods, type MethodName } from '../../../src/shared/api'
import { addDays } from '../../../src/shared/dates'
import { createCtx } from '../../../src/main/core/domain-wiring'
import { aftersalesHandlers } from '../../../src/main/core/aftersales'
import { customerHandlers } from '../../../src/main/core/customers'
import * as schema from '../../../src/main/core/db/schema'
import { insightHandlers } from '../../../src/main/core/insight'
import { ledgerHandlers } from '../../../src/main/core/ledger'
import { pipelineHandlers } from '../../../src/main/core/pipeline'
import { reminderHandlers } from '../../../src/main/core/reminders'
import { reportsHandlers } from '../../../src/main/core/reports'
import { NOW, openTestCore } from '../helpers'
import { newContract } from '../ledger/helpers'

/**
 * The reads' handlers run on a read-only connection: any write in one (a cache refreshed, a
 * sweep) fails here. The dispatcher brings derived data up to date before them instead.
 */
describe('reads never write', () => {
  it('every read of the lists, reports, insight and reminders runs on a read-only database', () => {
    const core = openTestCore()
    const customer = core.ok('customers.create', { name: '杭州鑫源贸易有限公司' })
    const contract = newContract(core, customer.id, {
      endDate: addDays('2026-11-23', -2),
      plan: [{ dueDate: '2026-11-10', amountCents: 3_250_000 }],
    })
    core.ok('payments.create', {
      contractId: contract.id,
      receivedDate: '2026-11-20',
      amountCents: 3_250_000,
      method: 'bank',
    })
    core.ok('tickets.create', { customerId: customer.id, kind: 'repair', title: '漏水' })
    core.ok('reports.dashboard', {})
    const dataDir = core.dataDir
    core.close()

    const sqlite = new Database(join(dataDir, 'kehu.db'), { readonly: true, fileMustExist: true })
    const clock = { now: () => NOW + 86_400_000 } // the next day: the day's work is due, not done
    const ctx = createCtx({ db: drizzle(sqlite, { schema }), sqlite, clock })
    const deps = { ctx, dataDir, version: '0', schemaVersion: 0 }
    const table = {
      ...customerHandlers(deps),
      ...pipelineHandlers(deps),
      ...ledgerHandlers(deps),
      ...reportsHandlers(deps),
      ...insightHandlers(deps),
      ...aftersalesHandlers(deps),
      ...reminderHandlers(deps),
    } as Record<string, (input: unknown) => unknown>
    const range = { from: '2026-11-01', to: '2026-11-30' }
    const reads: [MethodName, unknown][] = [
      ['customers.list', {}],
      ['customers.get', { id: customer.id }],
      ['activities.due', {}],
      ['deals.board', {}],
      ['contracts.list', {}],
      ['receivables.aging', {}],
      ['receivables.statement', { customerId: customer.id, ...range }],
      ['reports.sales', { ...range, groupBy: 'month' }],
      ['reports.receivables', range],
      ['reports.funnel', range],
      ['reports.customers', range],
      ['reports.activity', range],
      ['reports.dashboard', {}],
      ['reports.service', range],
      ['insight.get', { customerId: customer.id }],
      ['insight.list', {}],
      ['insight.summary', {}],
      ['tickets.list', {}],
      ['returnVisits.list', {}],
      ['reminders.list', {}],
      ['reminders.count', {}],
    ]
    try {
      for (const [method, input] of reads) {
        const parsed = methods[method].input.parse(input)
        expect(() => table[method]!(parsed), method).not.toThrow()
      }
    } finally {
      sqlite.close()
    }
  })
})

import Database from 'better-sqlite3'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { ContractCreateInput, ContractDetail } from '../../../src/shared/api'
import { snapshotDatabase, type TestCore } from '../helpers'

/** A customer, two products and a helper to make contracts (tests "today" is 2026-11-23). */
export function ledgerSetup(core: TestCore) {
  const customer = core.ok('customers.create', { name: '杭州鑫源贸易有限公司', stage: 'customer' })
  const other = core.ok('customers.create', { name: '宁波永创科技有限公司', stage: 'customer' })
  const software = core.ok('products.create', {
    name: 'ERP 软件许可',
    sku: 'ERP-1',
    unit: '套',
    priceCents: 2_980_000,
  })
  const service = core.ok('products.create', {
    name: '实施服务',
    sku: 'SVC-1',
    unit: '人天',
    priceCents: 150_000,
  })
  return { customer, other, software, service }
}

/**
 * Two lines (1 × ¥30,000.00 and 2.5 × ¥1,000.00 = ¥32,500.00) and a plan of three:
 * 10,000 due 2026-10-01 (overdue), 10,000 due 2026-11-28 (due within 7 days),
 * 12,500 due 2027-01-15 (not due).
 */
export function contractInput(
  customerId: number,
  extra: Partial<ContractCreateInput> = {},
): ContractCreateInput {
  return {
    customerId,
    title: '信息化建设项目',
    signedDate: '2026-09-15',
    startDate: '2026-09-15',
    endDate: '2027-09-14',
    items: [
      { description: 'ERP 软件许可', quantity: 1, unitPriceCents: 3_000_000 },
      { description: '实施服务', quantity: 2.5, unitPriceCents: 100_000 },
    ],
    plan: [
      { dueDate: '2026-10-01', amountCents: 1_000_000 },
      { dueDate: '2026-11-28', amountCents: 1_000_000 },
      { dueDate: '2027-01-15', amountCents: 1_250_000 },
    ],
    ...extra,
  }
}

export function newContract(
  core: TestCore,
  customerId: number,
  extra: Partial<ContractCreateInput> = {},
): ContractDetail {
  return core.ok('contracts.create', contractInput(customerId, extra))
}

/** The call fails with this code and key, and the database is exactly as before. */
export function expectRefused(
  core: TestCore,
  method: string,
  input: unknown,
  code: 'VALIDATION' | 'CONFLICT' | 'NOT_FOUND',
  key: string,
  params?: Record<string, unknown>,
): void {
  const before = snapshotDatabase(core.dataDir)
  const result = core.call(method, input)
  expect(result.ok, `${method} should be refused`).toBe(false)
  if (result.ok) return
  expect([result.error.code, result.error.key]).toEqual([code, key])
  if (params) expect(result.error.params).toMatchObject(params)
  expect(snapshotDatabase(core.dataDir)).toBe(before)
}

/**
 * The ledger's invariants, read through a second connection: plans sum to totals,
 * received = Σ allocations = Σ payment rows (advances apart), instalments never over-
 * or under-received, `open` agrees with its definition, outstanding ≥ 0.
 */
export function expectLedgerInvariants(dataDir: string): void {
  const db = new Database(join(dataDir, 'kehu.db'), { readonly: true })
  try {
    const bad = (sql: string) => db.prepare(sql).all()
    expect(
      bad(`SELECT c.id FROM contracts c WHERE c.total_cents <>
        COALESCE((SELECT SUM(amount_cents) FROM instalments WHERE contract_id = c.id), 0)`),
    ).toEqual([])
    expect(
      bad(`SELECT c.id FROM contracts c WHERE c.received_cents <>
        COALESCE((SELECT SUM(p.amount_cents) FROM payments p LEFT JOIN payments o ON o.id = p.reverses_id
          WHERE p.contract_id = c.id AND p.kind <> 'advance' AND COALESCE(o.kind, '') <> 'advance'), 0)`),
    ).toEqual([])
    expect(
      bad(`SELECT i.id FROM instalments i WHERE i.received_cents < 0 OR i.received_cents > i.amount_cents
        OR i.received_cents <> COALESCE((SELECT SUM(amount_cents) FROM payment_allocations WHERE instalment_id = i.id), 0)`),
    ).toEqual([])
    expect(
      bad(`SELECT i.id FROM instalments i JOIN contracts c ON c.id = i.contract_id
        WHERE i.open <> (c.state = 'active' AND c.deleted_at IS NULL AND i.voided_at IS NULL AND i.received_cents < i.amount_cents)`),
    ).toEqual([])
    expect(
      bad(`SELECT id FROM contracts WHERE total_cents - received_cents - voided_cents < 0
        OR invoiced_cents > total_cents OR advance_cents < 0`),
    ).toEqual([])
  } finally {
    db.close()
  }
}

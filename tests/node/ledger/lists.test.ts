import { describe, expect, it } from 'vitest'
import type { Contract, ContractListInput } from '../../../src/shared/api'
import { openTestCore, type TestCore } from '../helpers'
import { ledgerSetup, newContract } from './helpers'

/** contracts.list totals over every matching row; receivables.list as of a chosen date. */

function sumOf(rows: Contract[]) {
  const sum = (pick: (c: Contract) => number) => rows.reduce((s, c) => s + pick(c), 0)
  return {
    totalCents: sum((c) => c.totalCents),
    receivedCents: sum((c) => c.receivedCents),
    outstandingCents: sum((c) => c.outstandingCents),
    invoicedCents: sum((c) => c.invoicedCents),
    advanceCents: sum((c) => c.advanceCents),
  }
}

/** Five contracts of two customers: paid in part, with an advance, invoiced, terminated, a draft. */
function ledger(core: TestCore) {
  const { customer, other } = ledgerSetup(core)
  const a = newContract(core, customer.id)
  core.ok('payments.create', {
    contractId: a.id,
    receivedDate: '2026-10-02',
    amountCents: 1_234_567,
    method: 'bank',
  })
  core.ok('invoices.create', {
    contractId: a.id,
    number: 'FP-1',
    issuedDate: '2026-10-02',
    amountCents: 2_000_000,
  })
  const b = newContract(core, customer.id, {
    title: '运维服务',
    items: [{ description: '运维', quantity: 1, unitPriceCents: 500_001 }],
    plan: [{ dueDate: '2027-03-01', amountCents: 500_001 }],
  })
  core.ok('payments.create', {
    contractId: b.id,
    receivedDate: '2026-11-01',
    amountCents: 600_000,
    method: 'wechat',
    asAdvance: true,
  })
  const c = newContract(core, other.id, { title: '硬件采购' })
  core.ok('payments.create', {
    contractId: c.id,
    receivedDate: '2026-10-05',
    amountCents: 300_000,
    method: 'cash',
  })
  core.ok('contracts.terminate', { id: c.id, reason: '客户取消', date: '2026-11-01' })
  newContract(core, other.id, { title: '二期', signedDate: '2026-11-01', draft: true })
  newContract(core, other.id, {
    title: '三期',
    signedDate: '2026-11-02',
    plan: [{ dueDate: '2026-12-20', amountCents: 3_250_000 }],
  })
  return { customer, other }
}

describe('contracts.list totals', () => {
  it('sums every matching contract, not only the page, and only when asked', () => {
    const core = openTestCore()
    const { customer } = ledger(core)
    const all = (input: ContractListInput) =>
      core.ok('contracts.list', { ...input, page: 1, pageSize: 500 }).rows
    for (const input of [
      {},
      { filter: { customerId: customer.id } },
      { filter: { overdue: true } },
      { filter: { status: 'terminated' as const } },
      { filter: { invoicedNotPaid: true } },
      { q: '期' },
      { filter: { deleted: true } },
    ] satisfies ContractListInput[]) {
      const rows = all(input)
      const page = core.ok('contracts.list', { ...input, pageSize: 1, totals: true })
      expect(page.rows.length).toBe(Math.min(1, rows.length))
      expect(page.total).toBe(rows.length)
      expect(page.totals, JSON.stringify(input)).toEqual(sumOf(rows))
    }
    const everything = core.ok('contracts.list', { pageSize: 2, totals: true })
    expect(everything.total).toBe(5)
    // Four of ¥32,500.00 (the draft's too, as the list shows it) and one of ¥5,000.01, paid
    // in full with ¥999.99 over it held as an advance.
    expect(everything.totals).toMatchObject({
      totalCents: 3_250_000 * 4 + 500_001,
      receivedCents: 1_234_567 + 500_001 + 300_000,
      advanceCents: 99_999,
      invoicedCents: 2_000_000,
    })
    // Outstanding leaves out what a termination voided.
    expect(everything.totals?.outstandingCents).toBe(
      3_250_000 * 4 - 1_234_567 - 300_000 - (3_250_000 - 300_000),
    )
    expect('totals' in core.ok('contracts.list', { pageSize: 2 })).toBe(false)
    expect(core.ok('contracts.list', { filter: { customerId: 999 }, totals: true })).toEqual({
      rows: [],
      total: 0,
      totals: {
        totalCents: 0,
        receivedCents: 0,
        outstandingCents: 0,
        invoicedCents: 0,
        advanceCents: 0,
      },
    })
    core.close()
  })
})

describe('receivables.list as of a date', () => {
  it('gives statuses, days overdue, the status filter and the overdue total as of asOf', async () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    // Due 2026-10-01, 2026-11-28 and 2027-01-15; ¥3,000.00 paid on the second.
    const contract = newContract(core, customer.id)
    core.ok('payments.create', {
      contractId: contract.id,
      receivedDate: '2026-10-02',
      amountCents: 300_000,
      method: 'bank',
      instalmentId: contract.plan[1]!.id,
    })
    const view = (input: object) => {
      const list = core.ok('receivables.list', input)
      return {
        asOf: list.asOf,
        rows: list.rows.map((r) => [r.seq, r.status, r.daysOverdue]),
        overdueCents: list.totals.overdueCents,
        unpaidCents: list.totals.unpaidCents,
      }
    }
    // Today (2026-11-23): the first overdue 53 days, the second part paid, the third not due.
    const today = view({})
    expect(today).toEqual({
      asOf: '2026-11-23',
      rows: [
        [1, 'overdue', 53],
        [2, 'partial', 0],
        [3, 'notDue', 0],
      ],
      overdueCents: 1_000_000,
      unpaidCents: 2_950_000,
    })
    expect(view({ asOf: '2026-11-23' })).toEqual(today)
    expect(view({ asOf: '2026-12-01' })).toEqual({
      asOf: '2026-12-01',
      rows: [
        [1, 'overdue', 61],
        [2, 'overdue', 3],
        [3, 'notDue', 0],
      ],
      overdueCents: 1_700_000,
      unpaidCents: 2_950_000,
    })
    expect(view({ asOf: '2027-01-10' }).rows[2]).toEqual([3, 'due', 0])
    expect(view({ asOf: '2026-09-20' })).toMatchObject({
      rows: [
        [1, 'notDue', 0],
        [2, 'partial', 0],
        [3, 'notDue', 0],
      ],
      overdueCents: 0,
    })
    // The status filter follows the date too.
    expect(view({ asOf: '2026-12-01', filter: { status: 'overdue' } }).rows).toEqual([
      [1, 'overdue', 61],
      [2, 'overdue', 3],
    ])
    expect(view({ asOf: '2027-01-10', filter: { status: 'due' } }).rows).toEqual([[3, 'due', 0]])
    expect(view({ filter: { status: 'overdue' } }).rows).toEqual([[1, 'overdue', 53]])
    // The overdue total agrees with the aging as of the same date.
    const aging = core.ok('receivables.aging', { asOf: '2026-12-01' }).total
    expect(aging.totalCents - aging.notDueCents).toBe(1_700_000)
    const bad = core.call('receivables.list', { asOf: '2026-02-30' })
    expect(bad.ok).toBe(false)

    // The export of the list carries the date inside filter (exports.list takes no asOf).
    const file = await core.api.dispatchAsync('exports.list', {
      entity: 'receivables',
      filter: { asOf: '2026-12-01', status: 'overdue' },
    })
    if (!file.ok) throw new Error(file.error.message)
    const { readBack } = await import('../excel/helpers')
    const sheet = (await readBack(file.value.base64)).worksheets[0]!
    expect(sheet.rowCount).toBe(4)
    expect([sheet.getCell('I3').value, sheet.getCell('J3').value]).toEqual(['overdue', 61])
    expect([sheet.getCell('I4').value, sheet.getCell('J4').value]).toEqual(['overdue', 3])
    core.close()
  })
})

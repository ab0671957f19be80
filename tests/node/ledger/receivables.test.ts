import { describe, expect, it } from 'vitest'
import { agingBucket } from '../../../src/shared/ledger-rules'
import { addDays } from '../../../src/shared/dates'
import { openTestCore, type TestCore } from '../helpers'
import { expectRefused, ledgerSetup } from './helpers'

/** 10:00 local time of a calendar day, like the tests' NOW. */
const at = (date: string) => new Date(`${date}T10:00:00`).getTime()

/** A one-line contract of `amounts` summed, with one instalment per amount. */
function planContract(
  core: TestCore,
  customerId: number,
  plan: [string, number][],
  extra: Record<string, unknown> = {},
) {
  const total = plan.reduce((s, [, a]) => s + a, 0)
  return core.ok('contracts.create', {
    customerId,
    title: '维护服务',
    signedDate: '2026-01-05',
    items: [{ description: '年度维护服务', quantity: 1, unitPriceCents: total }],
    plan: plan.map(([dueDate, amountCents]) => ({ dueDate, amountCents })),
    ...extra,
  })
}

const status = (core: TestCore, id: number) =>
  core.ok('contracts.get', { id }).plan.map((i) => i.status)

describe('statuses as the clock moves', () => {
  it('instalment: notDue → due (7-day window) → overdue; partial; paid', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const c = planContract(core, customer.id, [
      ['2026-12-01', 10_000],
      ['2026-12-01', 10_000],
    ])
    expect(status(core, c.id)).toEqual(['notDue', 'notDue'])
    core.clock.set(at('2026-11-24'))
    expect(status(core, c.id)).toEqual(['due', 'due'])
    core.ok('payments.create', {
      contractId: c.id,
      receivedDate: '2026-11-24',
      amountCents: 13_000,
      method: 'cash',
    })
    expect(status(core, c.id)).toEqual(['paid', 'partial'])
    core.clock.set(at('2026-12-01'))
    expect(status(core, c.id)).toEqual(['paid', 'partial'])
    core.clock.set(at('2026-12-02'))
    expect(status(core, c.id)).toEqual(['paid', 'overdue'])
    expect(core.ok('contracts.get', { id: c.id }).plan[1]).toMatchObject({
      daysOverdue: 1,
      unpaidCents: 7_000,
    })
    core.ok('payments.create', {
      contractId: c.id,
      receivedDate: '2026-12-02',
      amountCents: 7_000,
      method: 'cash',
    })
    expect(status(core, c.id)).toEqual(['paid', 'paid'])
  })

  it('the reminder window is a setting', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const c = planContract(core, customer.id, [['2026-12-03', 100]])
    expect(status(core, c.id)).toEqual(['notDue'])
    core.ok('settings.update', { reminderWindowDays: 10 })
    expect(status(core, c.id)).toEqual(['due'])
    expect(core.ok('receivables.list', { filter: { status: 'due' } }).total).toBe(1)
  })

  it('contract: completed once everything is paid and it has ended; the list filters follow', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const c = planContract(core, customer.id, [['2026-11-01', 100]], { endDate: '2026-12-31' })
    const noEnd = planContract(core, customer.id, [['2026-11-01', 100]])
    const ids = (filter: object) => core.ok('contracts.list', { filter }).rows.map((r) => r.id)
    expect(ids({ overdue: true })).toEqual([noEnd.id, c.id])
    core.ok('payments.create', {
      contractId: c.id,
      receivedDate: '2026-11-02',
      amountCents: 100,
      method: 'bank',
    })
    core.ok('payments.create', {
      contractId: noEnd.id,
      receivedDate: '2026-11-02',
      amountCents: 100,
      method: 'bank',
    })
    expect(ids({ overdue: true })).toEqual([])
    // No end date: completed after the last due date; with one: once it has ended.
    expect(core.ok('contracts.get', { id: noEnd.id }).status).toBe('completed')
    expect(core.ok('contracts.get', { id: c.id }).status).toBe('active')
    expect(ids({ status: 'active' })).toEqual([c.id])
    expect(ids({ status: 'completed' })).toEqual([noEnd.id])
    core.clock.set(at('2026-12-31'))
    expect(core.ok('contracts.get', { id: c.id }).status).toBe('completed')
    expect(ids({ status: 'completed' })).toEqual([noEnd.id, c.id])
    expect(ids({ status: 'active' })).toEqual([])
  })

  it('the overdue filter and overdue amounts move with the clock', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const c = planContract(core, customer.id, [
      ['2026-11-30', 100],
      ['2026-12-15', 200],
    ])
    const overdue = () => core.ok('contracts.list', { filter: { overdue: true } }).rows
    expect(overdue()).toEqual([])
    core.clock.set(at('2026-12-01'))
    expect(overdue().map((r) => [r.id, r.overdueCents])).toEqual([[c.id, 100]])
    core.clock.set(at('2026-12-16'))
    expect(overdue().map((r) => r.overdueCents)).toEqual([300])
    expect(core.ok('contracts.list', { filter: { overdue: false } }).total).toBe(0)
  })
})

describe('aging', () => {
  it('buckets by days past due on the boundaries 0, 1, 30, 31, 60, 61, 90, 91; buckets sum to outstanding', () => {
    const core = openTestCore()
    const { customer, other } = ledgerSetup(core)
    const asOf = '2026-11-23'
    const days = [0, 1, 30, 31, 60, 61, 90, 91]
    const plan = days.map((d, k): [string, number] => [addDays(asOf, -d), 2 ** k])
    expect(plan.map(([due]) => agingBucket(due, asOf))).toEqual([
      'notDue',
      'd1to30',
      'd1to30',
      'd31to60',
      'd31to60',
      'd61to90',
      'd61to90',
      'over90',
    ])
    planContract(core, customer.id, plan, { signedDate: '2026-01-05' })
    planContract(core, other.id, [['2026-12-31', 1000]])
    const expected = {
      notDueCents: 1,
      d1to30Cents: 6,
      d31to60Cents: 24,
      d61to90Cents: 96,
      over90Cents: 128,
      totalCents: 255,
    }
    const report = core.ok('receivables.aging', { asOf })
    expect(report.asOf).toBe(asOf)
    expect(report.rows).toEqual([
      {
        customerId: other.id,
        customerName: '宁波永创科技有限公司',
        ...{
          notDueCents: 1000,
          d1to30Cents: 0,
          d31to60Cents: 0,
          d61to90Cents: 0,
          over90Cents: 0,
          totalCents: 1000,
        },
      },
      { customerId: customer.id, customerName: '杭州鑫源贸易有限公司', ...expected },
    ])
    expect(report.total).toEqual({
      notDueCents: 1001,
      d1to30Cents: 6,
      d31to60Cents: 24,
      d61to90Cents: 96,
      over90Cents: 128,
      totalCents: 1255,
    })
    // Default asOf is today (the clock); one day later everything moves one day on.
    core.clock.set(at('2026-11-24'))
    expect(core.ok('receivables.aging', null).rows[1]).toMatchObject({
      notDueCents: 0,
      d1to30Cents: 1 + 2,
      d31to60Cents: 4 + 8,
      d61to90Cents: 16 + 32,
      over90Cents: 64 + 128,
      totalCents: 255,
    })
    // The unpaid part only: a partial payment lowers the oldest bucket.
    core.ok('payments.create', {
      contractId: 1,
      receivedDate: '2026-11-24',
      amountCents: 100,
      method: 'bank',
    })
    const paid = core.ok('receivables.aging', { asOf })
    expect(paid.total.totalCents).toBe(1155)
    expect(paid.rows.find((r) => r.customerId === customer.id)?.over90Cents).toBe(28)
  })

  it('filters by owner', () => {
    const core = openTestCore()
    const owner = core.ok('owners.create', { name: '李娜' })
    const { customer, other } = ledgerSetup(core)
    planContract(core, customer.id, [['2026-11-01', 100]], { ownerId: owner.id })
    planContract(core, other.id, [['2026-11-01', 200]])
    expect(core.ok('receivables.aging', { ownerId: owner.id }).total.totalCents).toBe(100)
  })
})

describe('receivables list and overdue list', () => {
  it('lists open instalments with filters, paging and totals over every match', () => {
    const core = openTestCore()
    const owner = core.ok('owners.create', { name: '李娜' })
    const { customer, other } = ledgerSetup(core)
    const a = planContract(
      core,
      customer.id,
      [
        ['2026-10-01', 1000], // overdue
        ['2026-11-25', 2000], // due
        ['2027-02-01', 3000], // not due
      ],
      { ownerId: owner.id },
    )
    planContract(core, other.id, [['2026-12-20', 4000]])
    core.ok('payments.create', {
      contractId: a.id,
      receivedDate: '2026-11-01',
      amountCents: 1500,
      method: 'bank',
    })
    // a: 1000 paid (closed), 500 of 2000 → partial.
    const all = core.ok('receivables.list', {})
    expect(all.asOf).toBe('2026-11-23')
    expect(all.rows.map((r) => [r.dueDate, r.status, r.unpaidCents, r.customerName])).toEqual([
      ['2026-11-25', 'partial', 1500, '杭州鑫源贸易有限公司'],
      ['2026-12-20', 'notDue', 4000, '宁波永创科技有限公司'],
      ['2027-02-01', 'notDue', 3000, '杭州鑫源贸易有限公司'],
    ])
    expect(all.totals).toEqual({
      amountCents: 9000,
      receivedCents: 500,
      unpaidCents: 8500,
      overdueCents: 0,
    })
    expect(all.rows[0]).toMatchObject({
      contractNumber: a.number,
      ownerName: '李娜',
      contractTitle: '维护服务',
    })
    const count = (input: object) => core.ok('receivables.list', input).total
    expect(count({ filter: { customerId: other.id } })).toBe(1)
    expect(count({ filter: { ownerId: owner.id } })).toBe(2)
    expect(count({ filter: { status: 'partial' } })).toBe(1)
    expect(count({ filter: { status: 'notDue' } })).toBe(2)
    expect(count({ filter: { dueFrom: '2026-12-01', dueTo: '2026-12-31' } })).toBe(1)
    expect(count({ q: '宁波' })).toBe(1)
    const page = core.ok('receivables.list', {
      sort: { field: 'unpaidCents', dir: 'desc' },
      pageSize: 2,
      page: 1,
    })
    expect(page.rows.map((r) => r.unpaidCents)).toEqual([4000, 3000])
    expect(page.total).toBe(3)
    expect(page.totals.unpaidCents).toBe(8500)
    core.clock.set(at('2026-12-21'))
    const later = core.ok('receivables.list', { filter: { status: 'overdue' } })
    expect(later.rows.map((r) => r.daysOverdue)).toEqual([26, 1])
    expect(later.totals.overdueCents).toBe(5500)
  })

  it('sorts the overdue list by unpaid × days past due', () => {
    const core = openTestCore()
    const { customer, other } = ledgerSetup(core)
    planContract(core, customer.id, [
      ['2026-11-13', 1000], // 10 days × 1000 = 10,000
      ['2026-11-22', 5000], // 1 day × 5000 = 5,000
    ])
    planContract(core, other.id, [['2026-10-24', 400]]) // 30 × 400 = 12,000
    const rows = core.ok('receivables.overdue', {})
    expect(rows.map((r) => [r.unpaidCents, r.daysOverdue, r.weight])).toEqual([
      [400, 30, 12_000],
      [1000, 10, 10_000],
      [5000, 1, 5_000],
    ])
    expect(core.ok('receivables.overdue', { customerId: customer.id, limit: 1 })).toHaveLength(1)
    expect(core.ok('receivables.overdue', { asOf: '2026-10-24' })).toHaveLength(0)
  })
})

describe('customer statement', () => {
  it('opening balance, contracts as debits, payments as credits, reversals, termination, running and closing balance', () => {
    const core = openTestCore()
    core.ok('settings.update', { companyName: '杭州小微软件有限公司' })
    const { customer } = ledgerSetup(core)
    const signed = (signedDate: string, total: number, due: string) =>
      planContract(core, customer.id, [[due, total]], { signedDate, title: `合同${signedDate}` })
    const a = signed('2026-03-01', 1000, '2026-04-01')
    const c = signed('2026-05-01', 3000, '2026-09-01')
    const b = signed('2026-06-01', 2000, '2026-07-01')
    planContract(core, customer.id, [['2026-07-01', 99_999]], {
      signedDate: '2026-06-02',
      draft: true,
    })
    const payment = (contractId: number, receivedDate: string, amountCents: number) =>
      core.ok('payments.create', {
        contractId,
        receivedDate,
        amountCents,
        method: 'bank',
        reference: `R${receivedDate}`,
      })
    payment(a.id, '2026-04-10', 400)
    payment(c.id, '2026-05-10', 1000)
    const wrong = payment(b.id, '2026-06-15', 500)
    core.ok('payments.reverse', { id: wrong.id, reason: '银行退票', date: '2026-06-20' })
    payment(b.id, '2026-07-01', 2000)
    core.ok('contracts.terminate', { id: c.id, reason: '协商终止', date: '2026-08-01' })

    const statement = core.ok('receivables.statement', {
      customerId: customer.id,
      from: '2026-06-01',
      to: '2026-12-31',
    })
    expect(statement).toMatchObject({
      customerName: '杭州鑫源贸易有限公司',
      companyName: '杭州小微软件有限公司',
      openingBalanceCents: 1000 + 3000 - 400 - 1000,
      totalDebitCents: 2500,
      totalCreditCents: 4500,
      closingBalanceCents: 600,
    })
    expect(
      statement.lines.map((l) => [l.date, l.kind, l.debitCents, l.creditCents, l.balanceCents]),
    ).toEqual([
      ['2026-06-01', 'contract', 2000, 0, 4600],
      ['2026-06-15', 'payment', 0, 500, 4100],
      ['2026-06-20', 'reversal', 500, 0, 4600],
      ['2026-07-01', 'payment', 0, 2000, 2600],
      ['2026-08-01', 'termination', 0, 2000, 600],
    ])
    expect(statement.lines[0]).toMatchObject({
      contractNumber: b.number,
      description: '合同2026-06-01',
      method: null,
    })
    expect(statement.lines[1]).toMatchObject({ method: 'bank', reference: 'R2026-06-15' })
    expect(statement.lines[2]?.description).toBe('银行退票')
    expect(statement.lines[4]?.description).toBe('协商终止')
    // The closing balance over all time is what the customer still owes.
    const whole = core.ok('receivables.statement', {
      customerId: customer.id,
      from: '2000-01-01',
      to: '2026-12-31',
    })
    expect(whole.openingBalanceCents).toBe(0)
    expect(whole.closingBalanceCents).toBe(
      core.ok('customers.get', { id: customer.id }).outstandingCents,
    )
    // A range with nothing in it: opening = closing.
    const quiet = core.ok('receivables.statement', {
      customerId: customer.id,
      from: '2026-09-01',
      to: '2026-09-30',
    })
    expect(quiet).toMatchObject({ lines: [], openingBalanceCents: 600, closingBalanceCents: 600 })
    expectRefused(
      core,
      'receivables.statement',
      { customerId: customer.id, from: '2026-12-31', to: '2026-01-01' },
      'VALIDATION',
      'errors.statementRange',
    )
    expectRefused(
      core,
      'receivables.statement',
      { customerId: 999, from: '2026-01-01', to: '2026-12-31' },
      'NOT_FOUND',
      'errors.notFound',
    )
  })

  it('an advance is a credit: the balance goes below zero', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const c = planContract(core, customer.id, [['2026-02-01', 1000]])
    core.ok('payments.create', {
      contractId: c.id,
      receivedDate: '2026-02-01',
      amountCents: 1200,
      method: 'alipay',
      asAdvance: true,
    })
    const statement = core.ok('receivables.statement', {
      customerId: customer.id,
      from: '2026-01-01',
      to: '2026-12-31',
    })
    expect(statement.lines.map((l) => [l.kind, l.balanceCents])).toEqual([
      ['contract', 1000],
      ['payment', 0],
      ['advance', -200],
    ])
  })
})

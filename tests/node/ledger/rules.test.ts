import { describe, expect, it } from 'vitest'
import { agingBucket, allocate, allocationOrder, contractNumber, contractStatus, instalmentStatus, lineTotalCents, lineTotalOf, splitEvenly } from '../../../src/shared/ledger-rules'
import { addDays, addMonths } from '../../../src/shared/dates'

describe('line totals: quantity × unit price × (1 − discount), half away from zero per line', () => {
  it.each([
    // quantityMilli, unitPriceCents, discountBps, expected
    [1000, 10000, 0, 10000], // 1 × ¥100.00
    [2500, 999, 0, 2498], // 2.5 × 9.99 = 24.975 → 24.98 (half up)
    [1000, 1, 5000, 1], // 0.01 × 50 % = 0.005 → 0.01
    [1000, -1, 5000, -1], // −0.005 → −0.01 (away from zero)
    [1000, 3, 5000, 2], // 0.015 → 0.02
    [1000, -3, 5000, -2],
    [1000, 1, 4999, 1], // 0.005001 → 0.01
    [1000, 1, 5001, 0], // 0.004999 → 0.00
    [333, 100, 0, 33], // 0.333 × ¥1.00 = 0.333 → 0.33
    [335, 100, 0, 34], // 0.335 → 0.34
    [1, 1, 0, 0], // 0.001 × 0.01
    [1500, 3333, 1250, 4375], // 1.5 × 33.33 × 0.875 = 43.745625 → 43.75
    [1000, -50000, 0, -50000], // a discount line of −¥500
    [3000, 100000, 10000, 0], // 100 % off
    [1_000_000_000_000, 1_000_000, 0, 1_000_000_000_000_000], // exact beyond 2^53 intermediate
  ])('%i‰ × %i 分 at %i bps → %i', (milli, price, bps, expected) => {
    expect(lineTotalCents(milli, price, bps)).toBe(expected)
  })

  it('takes what a person enters', () => {
    expect(lineTotalOf({ quantity: 2.5, unitPriceCents: 999 })).toBe(2498)
    expect(lineTotalOf({ quantity: 1.005, unitPriceCents: 1000, discountPercent: 12.5 })).toBe(879)
    expect(lineTotalOf({ quantity: 0.1, unitPriceCents: 5, discountPercent: 0 })).toBe(1) // 0.5 分 → 1
  })
})

describe('split evenly', () => {
  it('puts the remainder 分 on the last instalment', () => {
    expect(splitEvenly(1000, 3)).toEqual([333, 333, 334])
    expect(splitEvenly(100, 4)).toEqual([25, 25, 25, 25])
    expect(splitEvenly(2, 3)).toEqual([0, 0, 2])
    expect(splitEvenly(1_000_000_000_001, 7).reduce((a, b) => a + b, 0)).toBe(1_000_000_000_001)
  })
})

describe('statuses', () => {
  const asOf = '2026-11-23'
  const inst = (dueDate: string, amountCents: number, receivedCents: number) => ({
    dueDate,
    amountCents,
    receivedCents,
  })
  it('instalment', () => {
    expect(instalmentStatus(inst('2026-11-01', 100, 100), asOf)).toBe('paid')
    expect(instalmentStatus(inst('2026-11-22', 100, 50), asOf)).toBe('overdue')
    expect(instalmentStatus(inst('2026-11-23', 100, 50), asOf)).toBe('partial')
    expect(instalmentStatus(inst('2026-11-23', 100, 0), asOf)).toBe('due')
    expect(instalmentStatus(inst('2026-11-30', 100, 0), asOf)).toBe('due')
    expect(instalmentStatus(inst('2026-12-01', 100, 0), asOf)).toBe('notDue')
    expect(instalmentStatus(inst('2026-12-01', 100, 0), asOf, 8)).toBe('due')
    expect(instalmentStatus({ ...inst('2026-11-01', 100, 0), voided: true }, asOf)).toBe('voided')
  })
  it('contract', () => {
    const base = { totalCents: 100, receivedCents: 100, endDate: '2026-11-23', lastDueDate: null }
    expect(contractStatus({ ...base, state: 'active' }, asOf)).toBe('completed')
    expect(contractStatus({ ...base, state: 'active' }, '2026-11-22')).toBe('active')
    expect(contractStatus({ ...base, state: 'active', receivedCents: 99 }, asOf)).toBe('active')
    expect(
      contractStatus({ ...base, state: 'active', endDate: null, lastDueDate: '2026-11-01' }, asOf),
    ).toBe('completed')
    expect(contractStatus({ ...base, state: 'draft' }, asOf)).toBe('draft')
    expect(contractStatus({ ...base, state: 'terminated' }, asOf)).toBe('terminated')
  })
  it('aging buckets on their boundaries', () => {
    const due = '2026-11-23'
    expect([0, 1, 30, 31, 60, 61, 90, 91].map((d) => agingBucket(due, addDays(due, d)))).toEqual([
      'notDue',
      'd1to30',
      'd1to30',
      'd31to60',
      'd31to60',
      'd61to90',
      'd61to90',
      'over90',
    ])
    expect(agingBucket(due, '2026-11-01')).toBe('notDue')
  })
})

describe('allocation', () => {
  const plan = [
    { id: 1, seq: 1, dueDate: '2026-01-01', amountCents: 100, receivedCents: 100 },
    { id: 2, seq: 2, dueDate: '2026-02-01', amountCents: 100, receivedCents: 30 },
    { id: 3, seq: 3, dueDate: '2026-03-01', amountCents: 100, receivedCents: 0 },
  ]
  it('oldest open first, spilling over', () => {
    expect(allocationOrder(plan).map((i) => i.id)).toEqual([2, 3])
    expect(allocate(plan, 120)).toEqual({
      allocations: [
        { instalmentId: 2, amountCents: 70 },
        { instalmentId: 3, amountCents: 50 },
      ],
      excessCents: 0,
    })
  })
  it('the picked instalment first, the excess left over', () => {
    expect(allocate(plan, 200, 3)).toEqual({
      allocations: [
        { instalmentId: 3, amountCents: 100 },
        { instalmentId: 2, amountCents: 70 },
      ],
      excessCents: 30,
    })
  })
})

describe('dates and numbers', () => {
  it('adds months clamped to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })
  it('numbers contracts', () => {
    expect(contractNumber(2026, 7)).toBe('HT-2026-0007')
  })
})

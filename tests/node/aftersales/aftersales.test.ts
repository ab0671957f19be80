import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Result } from '../../../src/shared/api'
import type { ReturnVisit, ServiceReport, Ticket } from '../../../src/shared/api/aftersales'
import { NOW, openTestCore, snapshotDatabase, type TestCore } from '../helpers'
import { newContract } from '../ledger/helpers'

/**
 * After-sales (售后与反馈): ticket numbers, the moves and what they stamp, return visits after
 * a close and once per completed contract, the report's figures against a reference computed
 * here from the rows, its age buckets at their edges, and refusals that change nothing.
 */

const HOUR = 3_600_000
/** Local 10:00 of a day of November 2026 (today is the 23rd). */
const nov = (day: number, hour = 10, minute = 0) => new Date(2026, 10, day, hour, minute).getTime()

function customer(core: TestCore, name = '杭州鑫源贸易有限公司', ownerId?: number): number {
  return core.ok('customers.create', { name, ...(ownerId ? { ownerId } : {}) }).id
}

function ticket(core: TestCore, customerId: number, extra: Record<string, unknown> = {}): Ticket {
  return core.ok('tickets.create', { customerId, kind: 'complaint', title: '设备漏水', ...extra })
}

/** Refused with this code and (field) key; the database is exactly as before. */
function refused(core: TestCore, method: string, input: unknown, code: string, key: string) {
  const before = snapshotDatabase(core.dataDir)
  const result: Result<unknown> = core.call(method, input)
  expect(result.ok, `${method} should be refused`).toBe(false)
  if (result.ok) return
  expect(result.error.code).toBe(code)
  const keys = [result.error.key, ...(result.error.details ?? []).map((d) => d.key)]
  expect(keys).toContain(key)
  expect(snapshotDatabase(core.dataDir)).toBe(before)
}

function visits(core: TestCore, filter: Record<string, unknown> = {}): ReturnVisit[] {
  return core.ok('returnVisits.list', { filter, pageSize: 500 }).rows
}

function audit(core: TestCore, entity: string, id: number): string[] {
  const db = new Database(join(core.dataDir, 'kehu.db'), { readonly: true })
  try {
    return db
      .prepare('SELECT action FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id')
      .pluck()
      .all(entity, id) as string[]
  } finally {
    db.close()
  }
}

describe('tickets', () => {
  it('numbers SH-YYYY-NNNN per year of opening', () => {
    const core = openTestCore()
    const c = customer(core)
    expect(ticket(core, c).number).toBe('SH-2026-0001')
    expect(ticket(core, c).number).toBe('SH-2026-0002')
    core.clock.set(new Date(2027, 0, 2, 9).getTime())
    expect(ticket(core, c).number).toBe('SH-2027-0001')
    expect(audit(core, 'ticket', 1)).toEqual(['create'])
  })

  it('stamps the first response, the last resolution and the close; reopen undoes the close', () => {
    const core = openTestCore()
    const c = customer(core)
    const t = ticket(core, c, { priority: 'high', dueDate: '2026-11-25' })
    expect(t).toMatchObject({
      status: 'new',
      priority: 'high',
      firstResponseAt: null,
      overdue: false,
    })
    core.clock.set(NOW + 2 * HOUR)
    const started = core.ok('tickets.update', { id: t.id, status: 'inProgress' })
    expect(started.firstResponseAt).toBe(NOW + 2 * HOUR)
    core.clock.set(NOW + 5 * HOUR)
    const resolved = core.ok('tickets.update', {
      id: t.id,
      status: 'resolved',
      resolution: '换密封圈',
    })
    expect(resolved).toMatchObject({ resolvedAt: NOW + 5 * HOUR, resolution: '换密封圈' })
    // Not fixed after all: back to work, then resolved again; the last resolution counts.
    const back = core.ok('tickets.update', { id: t.id, status: 'inProgress' })
    expect(back).toMatchObject({ resolvedAt: null, firstResponseAt: NOW + 2 * HOUR })
    core.clock.set(NOW + 9 * HOUR)
    core.ok('tickets.update', { id: t.id, status: 'resolved' })
    core.clock.set(NOW + 10 * HOUR)
    const closed = core.ok('tickets.close', { id: t.id, satisfaction: 9 })
    expect(closed).toMatchObject({
      status: 'closed',
      satisfaction: 9,
      resolvedAt: NOW + 9 * HOUR,
      closedAt: NOW + 10 * HOUR,
      closedDate: '2026-11-23',
      overdue: false,
    })
    const reopened = core.ok('tickets.reopen', { id: t.id })
    expect(reopened).toMatchObject({
      status: 'inProgress',
      satisfaction: null,
      closedAt: null,
      closedDate: null,
      resolvedAt: null,
    })
    expect(audit(core, 'ticket', t.id)).toEqual([
      'create',
      'update',
      'update',
      'update',
      'update',
      'close',
      'reopen',
    ])
  })

  it('a close that skips the steps is the first response and the resolution', () => {
    const core = openTestCore()
    const t = ticket(core, customer(core), { kind: 'inquiry' })
    core.clock.set(NOW + 3 * HOUR)
    const closed = core.ok('tickets.close', { id: t.id, satisfaction: null, resolution: '已答复' })
    expect(closed).toMatchObject({
      firstResponseAt: NOW + 3 * HOUR,
      resolvedAt: NOW + 3 * HOUR,
      satisfaction: null,
      resolution: '已答复',
    })
  })

  it('refuses bad moves, a second close, scores outside 1–10 and unknown ids, changing nothing', () => {
    const core = openTestCore()
    const c = customer(core)
    const other = customer(core, '宁波永创科技有限公司')
    const contact = core.ok('contacts.create', { customerId: other, name: '王经理' })
    const t = ticket(core, c)
    core.ok('tickets.update', { id: t.id, status: 'inProgress' })
    refused(
      core,
      'tickets.update',
      { id: t.id, status: 'new' },
      'VALIDATION',
      'errors.ticketBadMove',
    )
    for (const satisfaction of [0, 11, 7.5])
      refused(core, 'tickets.close', { id: t.id, satisfaction }, 'VALIDATION', 'errors.validation')
    refused(core, 'tickets.reopen', { id: t.id }, 'VALIDATION', 'errors.ticketNotClosed')
    core.ok('tickets.close', { id: t.id, satisfaction: 6 })
    refused(
      core,
      'tickets.close',
      { id: t.id, satisfaction: 8 },
      'VALIDATION',
      'errors.ticketAlreadyClosed',
    )
    refused(
      core,
      'tickets.update',
      { id: t.id, status: 'resolved' },
      'VALIDATION',
      'errors.ticketClosedReopenFirst',
    )
    refused(
      core,
      'tickets.create',
      { customerId: 999, kind: 'repair', title: 'x' },
      'VALIDATION',
      'errors.serviceUnknownCustomer',
    )
    refused(
      core,
      'tickets.create',
      { customerId: c, kind: 'repair', title: 'x', ownerId: 999 },
      'VALIDATION',
      'errors.unknownOwner',
    )
    refused(
      core,
      'tickets.create',
      { customerId: c, kind: 'repair', title: 'x', contactId: contact.id },
      'VALIDATION',
      'errors.serviceUnknownContact',
    )
    refused(
      core,
      'tickets.create',
      { customerId: c, kind: 'praise', title: 'x' },
      'VALIDATION',
      'errors.validation',
    )
    refused(
      core,
      'tickets.create',
      { customerId: c, kind: 'repair', title: '  ' },
      'VALIDATION',
      'errors.validation',
    )
    refused(core, 'tickets.get', { id: 999 }, 'NOT_FOUND', 'errors.notFound')
    refused(core, 'tickets.update', { id: 999, title: 'x' }, 'NOT_FOUND', 'errors.notFound')
    const tomorrow = ticket(core, c)
    refused(
      core,
      'tickets.close',
      { id: tomorrow.id, satisfaction: 5, closedDate: '2026-11-24' },
      'VALIDATION',
      'errors.ticketClosedInFuture',
    )
    refused(
      core,
      'tickets.close',
      { id: tomorrow.id, satisfaction: 5, closedDate: '2026-11-22' },
      'VALIDATION',
      'errors.ticketClosedBeforeCreated',
    )
  })

  it('soft delete leaves the lists and the report; restore brings it back; deleted ones refuse edits', () => {
    const core = openTestCore()
    const c = customer(core)
    const t = ticket(core, c)
    core.ok('tickets.delete', { id: t.id })
    expect(core.ok('tickets.list', {}).total).toBe(0)
    expect(core.ok('tickets.list', { filter: { deleted: true } }).rows.map((r) => r.id)).toEqual([
      t.id,
    ])
    expect(core.ok('reports.service', { from: '2026-11-01', to: '2026-11-30' }).openCount).toBe(0)
    expect(core.ok('reports.dashboard', {}).openTickets).toEqual({ count: 0, complaints: 0 })
    refused(core, 'tickets.update', { id: t.id, title: '改' }, 'CONFLICT', 'errors.ticketDeleted')
    refused(core, 'tickets.delete', { id: t.id }, 'CONFLICT', 'errors.alreadyDeleted')
    core.ok('tickets.restore', { id: t.id })
    refused(core, 'tickets.restore', { id: t.id }, 'CONFLICT', 'errors.notDeleted')
    expect(core.ok('reports.dashboard', {}).openTickets).toEqual({ count: 1, complaints: 1 })
    // A customer in the recycle bin takes its tickets with it.
    core.ok('customers.delete', { id: c })
    expect(core.ok('tickets.list', {}).total).toBe(0)
    expect(audit(core, 'ticket', t.id)).toEqual(['create', 'delete', 'restore'])
  })

  it('lists by status, kind, priority, owner, overdue and a fragment, sorted', () => {
    const core = openTestCore()
    const zhang = core.ok('owners.create', { name: '张伟' }).id
    const c = customer(core, '杭州鑫源贸易有限公司', zhang)
    const d = customer(core, '宁波永创科技有限公司')
    const a = ticket(core, c, { priority: 'urgent', dueDate: '2026-11-20' })
    const b = ticket(core, d, { kind: 'repair', priority: 'low', title: '打印机卡纸' })
    const e = ticket(core, d, { kind: 'suggestion', dueDate: '2026-11-01' })
    core.ok('tickets.close', { id: e.id, satisfaction: 7 })
    const ids = (input: Record<string, unknown>) =>
      core.ok('tickets.list', input).rows.map((r) => r.id)
    expect(a.ownerId).toBe(zhang) // the customer's owner
    expect(ids({ filter: { ownerId: zhang } })).toEqual([a.id])
    expect(ids({ filter: { status: ['closed'] } })).toEqual([e.id])
    expect(ids({ filter: { open: true }, sort: { field: 'createdAt', dir: 'asc' } })).toEqual([
      a.id,
      b.id,
    ])
    expect(
      ids({ filter: { kind: ['repair', 'suggestion'] }, sort: { field: 'createdAt', dir: 'asc' } }),
    ).toEqual([b.id, e.id])
    expect(ids({ filter: { overdue: true } })).toEqual([a.id])
    expect(ids({ q: '卡纸' })).toEqual([b.id])
    expect(ids({ q: '鑫源' })).toEqual([a.id])
    expect(ids({ q: 'SH-2026-0003' })).toEqual([e.id])
    expect(ids({ sort: { field: 'priority', dir: 'desc' } })).toEqual([a.id, e.id, b.id])
    expect(ids({ filter: { customerId: d }, sort: { field: 'createdAt', dir: 'asc' } })).toEqual([
      b.id,
      e.id,
    ])
    expect(ids({ filter: { createdFrom: '2026-11-24' } })).toEqual([])
    expect(core.ok('tickets.list', { pageSize: 1, page: 2 })).toMatchObject({ total: 3 })
    refused(
      core,
      'tickets.list',
      { filter: { customerId: 999 } },
      'VALIDATION',
      'errors.serviceUnknownCustomer',
    )
  })
})

describe('return visits', () => {
  it('one is due returnVisitDays after a close, none with 0, not twice while open', () => {
    const core = openTestCore()
    const c = customer(core)
    const t = ticket(core, c)
    core.ok('tickets.close', { id: t.id, satisfaction: 8, closedDate: '2026-11-23' })
    expect(visits(core)).toMatchObject([
      {
        reason: 'ticketClosed',
        ticketId: t.id,
        ticketNumber: t.number,
        dueDate: '2026-11-30',
        doneAt: null,
      },
    ])
    core.ok('tickets.reopen', { id: t.id })
    core.ok('tickets.close', { id: t.id, satisfaction: 9 })
    expect(visits(core)).toHaveLength(1)
    core.ok('settings.update', { returnVisitDays: 0 })
    const u = ticket(core, c)
    core.ok('tickets.close', { id: u.id, satisfaction: null })
    expect(visits(core)).toHaveLength(1)
    refused(core, 'settings.update', { returnVisitDays: 366 }, 'VALIDATION', 'errors.validation')
    refused(core, 'settings.update', { returnVisitDays: -1 }, 'VALIDATION', 'errors.validation')
  })

  it('a contract completed by its last payment schedules exactly one, however the ledger moves', () => {
    const core = openTestCore()
    const c = customer(core)
    const contract = newContract(core, c, {
      endDate: '2026-11-01',
      plan: [{ dueDate: '2026-10-01', amountCents: 3_250_000 }],
    })
    const pay = (amountCents: number) =>
      core.ok('payments.create', {
        contractId: contract.id,
        receivedDate: '2026-11-20',
        amountCents,
        method: 'bank',
      })
    pay(1_000_000)
    expect(visits(core)).toEqual([])
    const last = pay(2_250_000)
    expect(visits(core)).toMatchObject([
      {
        reason: 'contractCompleted',
        contractId: contract.id,
        contractNumber: contract.number,
        dueDate: '2026-11-30',
      },
    ])
    core.ok('payments.reverse', { id: last.id, reason: '退票' })
    pay(2_250_000)
    expect(visits(core, { customerId: c })).toHaveLength(1)
  })

  it('a contract that completes when its end date passes is found by the daily sweep, once', () => {
    const core = openTestCore()
    const c = customer(core)
    const contract = newContract(core, c, {
      endDate: '2026-11-25',
      plan: [{ dueDate: '2026-11-10', amountCents: 3_250_000 }],
    })
    core.ok('payments.create', {
      contractId: contract.id,
      receivedDate: '2026-11-20',
      amountCents: 3_250_000,
      method: 'bank',
    })
    expect(visits(core)).toEqual([])
    core.clock.set(nov(27))
    expect(visits(core)).toMatchObject([{ contractId: contract.id, dueDate: '2026-12-02' }])
    core.clock.set(nov(28))
    expect(visits(core)).toHaveLength(1)
    core.ok('reports.service', { from: '2026-11-01', to: '2026-12-31' })
    expect(visits(core)).toHaveLength(1)
  })

  it("the sweep is the day's work, done at the first call of a day; the reads themselves never write", () => {
    const core = openTestCore()
    const c = customer(core)
    const contract = newContract(core, c, {
      endDate: '2026-11-25',
      plan: [{ dueDate: '2026-11-10', amountCents: 3_250_000 }],
    })
    core.ok('payments.create', {
      contractId: contract.id,
      receivedDate: '2026-11-20',
      amountCents: 3_250_000,
      method: 'bank',
    })
    core.clock.set(nov(27))
    // Any call of the new day does it, not only the visits' readers.
    core.ok('customers.list', {})
    const swept = snapshotDatabase(core.dataDir)
    expect(swept).toContain('contractCompleted')
    expect(visits(core)).toMatchObject([{ contractId: contract.id, dueDate: '2026-12-02' }])
    core.ok('reports.service', { from: '2026-11-01', to: '2026-12-31' })
    core.ok('reminders.list', {})
    expect(snapshotDatabase(core.dataDir)).toBe(swept)
  })

  it('by hand, edited, completed with a score once, deleted; refusals change nothing', () => {
    const core = openTestCore()
    const c = customer(core)
    const v = core.ok('returnVisits.create', {
      customerId: c,
      dueDate: '2026-11-20',
      notes: '问安装情况',
    })
    expect(v).toMatchObject({ reason: 'manual', overdue: true, notes: '问安装情况' })
    expect(visits(core, { overdue: true }).map((r) => r.id)).toEqual([v.id])
    const moved = core.ok('returnVisits.update', { id: v.id, dueDate: '2026-11-26' })
    expect(moved.overdue).toBe(false)
    refused(
      core,
      'returnVisits.complete',
      { id: v.id, outcome: '满意', satisfaction: 11 },
      'VALIDATION',
      'errors.validation',
    )
    refused(
      core,
      'returnVisits.complete',
      { id: v.id, outcome: '  ' },
      'VALIDATION',
      'errors.validation',
    )
    refused(
      core,
      'returnVisits.complete',
      { id: v.id, outcome: '满意', doneDate: '2026-11-24' },
      'VALIDATION',
      'errors.returnVisitInFuture',
    )
    const done = core.ok('returnVisits.complete', { id: v.id, outcome: '很满意', satisfaction: 10 })
    expect(done).toMatchObject({
      doneDate: '2026-11-23',
      outcome: '很满意',
      satisfaction: 10,
      overdue: false,
    })
    refused(
      core,
      'returnVisits.complete',
      { id: v.id, outcome: '再来' },
      'VALIDATION',
      'errors.returnVisitDone',
    )
    expect(visits(core, { state: 'done' }).map((r) => r.id)).toEqual([v.id])
    expect(visits(core, { state: 'open' })).toEqual([])
    refused(
      core,
      'returnVisits.create',
      { customerId: 999, dueDate: '2026-11-30' },
      'VALIDATION',
      'errors.serviceUnknownCustomer',
    )
    refused(
      core,
      'returnVisits.create',
      { customerId: c, dueDate: '2026-11-30', ticketId: 42 },
      'VALIDATION',
      'errors.serviceUnknownTicket',
    )
    core.ok('returnVisits.delete', { id: v.id })
    expect(visits(core)).toEqual([])
    refused(core, 'returnVisits.delete', { id: v.id }, 'NOT_FOUND', 'errors.notFound')
    expect(audit(core, 'returnVisit', v.id)).toEqual(['create', 'update', 'complete', 'delete'])
  })
})

describe('reports.service', () => {
  it('puts open tickets in their age bucket by calendar days, at each edge', () => {
    const core = openTestCore()
    const c = customer(core)
    // Today is 2026-11-23: 0–2 days back to the 21st, 3–7 to the 16th, 8–30 to 2026-10-24.
    const opened: [number, number][] = [
      [nov(23, 9), 0],
      [nov(21, 0, 0), 0],
      [nov(20, 23, 59), 1],
      [nov(16, 0, 0), 1],
      [nov(15, 23, 59), 2],
      [new Date(2026, 9, 24, 0, 0).getTime(), 2],
      [new Date(2026, 9, 23, 23, 59).getTime(), 3],
    ]
    for (const [at] of opened) {
      core.clock.set(at)
      ticket(core, c, { kind: at === nov(16, 0, 0) ? 'repair' : 'complaint' })
    }
    core.clock.set(NOW)
    const r = core.ok('reports.service', { from: '2026-11-01', to: '2026-11-30' })
    expect(r.openByAge).toEqual([
      { bucket: 'd0to2', count: 2, complaints: 2 },
      { bucket: 'd3to7', count: 2, complaints: 1 },
      { bucket: 'd8to30', count: 2, complaints: 2 },
      { bucket: 'over30', count: 1, complaints: 1 },
    ])
    expect(r.openCount).toBe(7)
  })

  it('agrees with a reference computed from the rows', () => {
    const core = openTestCore()
    const li = core.ok('owners.create', { name: '李娜' }).id
    const wang = core.ok('owners.create', { name: '王强' }).id
    const customers = [
      customer(core, '甲公司', li),
      customer(core, '乙公司', wang),
      customer(core, '丙公司'),
    ]
    const kinds = ['inquiry', 'complaint', 'repair', 'suggestion'] as const
    // 24 tickets over Sept–Nov: opened at day d, answered after i hours, some resolved, some closed with a score.
    for (let i = 0; i < 24; i++) {
      const day = 1 + ((i * 7) % 28)
      const month = 8 + (i % 3)
      const opened = new Date(2026, month, day, 9 + (i % 5)).getTime()
      core.clock.set(opened)
      const t = ticket(core, customers[i % 3]!, { kind: kinds[i % 4] })
      if (i % 4 === 3) continue
      core.clock.set(opened + (i + 1) * HOUR)
      core.ok('tickets.update', { id: t.id, status: 'inProgress' })
      if (i % 4 === 2) continue
      core.clock.set(opened + (i + 1) * 3 * HOUR)
      core.ok('tickets.update', { id: t.id, status: 'resolved' })
      if (i % 2 === 1) continue
      core.clock.set(opened + 2 * 86_400_000)
      const satisfaction = i % 6 === 0 ? null : 1 + (i % 10)
      core.ok('tickets.close', { id: t.id, satisfaction })
    }
    core.clock.set(NOW)
    for (const v of visits(core).slice(0, 3))
      core.ok('returnVisits.complete', {
        id: v.id,
        outcome: '好',
        satisfaction: 7,
        doneDate: v.dueDate < '2026-11-23' ? v.dueDate : '2026-11-23',
      })
    core.ok('tickets.delete', { id: 2 })

    const range = { from: '2026-10-01', to: '2026-11-30' }
    const r: ServiceReport = core.ok('reports.service', range)
    const all = core.ok('tickets.list', { pageSize: 500 }).rows
    const inRange = (date: string | null) => date !== null && date >= range.from && date <= range.to
    const localDay = (ms: number) => {
      const d = new Date(ms)
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    }
    const created = all.filter((t) => inRange(localDay(t.createdAt)))
    expect(r.byKind).toEqual(
      kinds.map((kind) => ({
        kind,
        count: created.filter((t) => t.kind === kind).length,
        closed: created.filter((t) => t.kind === kind && t.status === 'closed').length,
      })),
    )
    expect(r.complaintsByMonth).toEqual(
      ['2026-10', '2026-11'].map((month) => ({
        month,
        count: created.filter(
          (t) => t.kind === 'complaint' && localDay(t.createdAt).startsWith(month),
        ).length,
      })),
    )
    const mean = (xs: number[]) =>
      xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10
    const done = visits(core, { state: 'done' })
    const scores = [
      ...all
        .filter((t) => inRange(t.closedDate) && t.satisfaction !== null)
        .map((t) => ({
          month: t.closedDate!.slice(0, 7),
          ownerId: t.ownerId,
          score: t.satisfaction!,
        })),
      ...done
        .filter((v) => inRange(v.doneDate) && v.satisfaction !== null)
        .map((v) => ({
          month: v.doneDate!.slice(0, 7),
          ownerId: v.ownerId,
          score: v.satisfaction!,
        })),
    ]
    expect(scores.length).toBeGreaterThan(3)
    expect(r.satisfactionAverage).toBe(mean(scores.map((s) => s.score)))
    expect(r.satisfactionByMonth).toEqual(
      ['2026-10', '2026-11'].map((month) => {
        const of = scores.filter((s) => s.month === month).map((s) => s.score)
        return { month, average: mean(of), count: of.length }
      }),
    )
    const byOwner = [li, wang, null].map((ownerId) => {
      const of = scores.filter((s) => s.ownerId === ownerId).map((s) => s.score)
      return { ownerId, average: mean(of), count: of.length }
    })
    expect(
      [...r.satisfactionByOwner]
        .sort((a, b) => (a.ownerId ?? 99) - (b.ownerId ?? 99))
        .map(({ ownerName: _n, ...o }) => o),
    ).toEqual(byOwner.filter((o) => o.count > 0))
    const hours = (key: 'firstResponseAt' | 'resolvedAt') => {
      const xs = created.filter((t) => t[key] !== null).map((t) => (t[key]! - t.createdAt) / HOUR)
      return mean(xs)
    }
    expect(r.firstResponseHours).toBe(hours('firstResponseAt'))
    expect(r.resolutionHours).toBe(hours('resolvedAt'))
    const due = visits(core)
      .concat(done)
      .filter((v, i, xs) => xs.findIndex((x) => x.id === v.id) === i && inRange(v.dueDate))
    expect(r.returnVisits).toEqual({
      due: due.length,
      done: due.filter((v) => v.doneAt !== null).length,
      open: due.filter((v) => v.doneAt === null).length,
    })
    const open = all.filter((t) => t.status !== 'closed')
    expect(r.openCount).toBe(open.length)
    // The owner filter cuts every figure to that owner's tickets and visits.
    const mine = core.ok('reports.service', { ...range, ownerId: li })
    expect(mine.openCount).toBe(open.filter((t) => t.ownerId === li).length)
    expect(mine.satisfactionByOwner.map((o) => o.ownerId)).toEqual(
      scores.some((s) => s.ownerId === li) ? [li] : [],
    )
    expect(core.ok('reports.dashboard', {}).openTickets).toEqual({
      count: open.length,
      complaints: open.filter((t) => t.kind === 'complaint').length,
    })
  })

  it('exports its sheets with real numbers', async () => {
    const core = openTestCore()
    const t = ticket(core, customer(core))
    core.ok('tickets.close', { id: t.id, satisfaction: 8 })
    const result = await core.api.dispatchAsync('reports.export', {
      from: '2026-11-01',
      to: '2026-11-30',
      report: 'service',
      locale: 'zh-CN',
    })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(result.value.base64, 'base64') as unknown as ArrayBuffer)
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '概览',
      '未结工单账龄',
      '工单类型',
      '按月',
      '按负责人',
    ])
    const summary = book.getWorksheet('概览')!
    const values: unknown[][] = []
    summary.eachRow((row) => values.push((row.values as unknown[]).slice(1)))
    expect(values).toContainEqual(['平均满意度（1–10）', 8])
    expect(values).toContainEqual(['期间应回访', 1])
  })
})

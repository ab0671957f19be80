import { describe, expect, it } from 'vitest'
import { DEAL_SORT_FIELDS, type Deal } from '../../../src/shared/api'
import { weightedCents } from '../../../src/main/core/pipeline/deal-list'
import { NOW, openTestCore } from '../helpers'
import { STAGE, expectInvariants, expectRefused, newDeal, withCustomer } from './helpers'

const DAY = 86_400_000

function setup() {
  const core = openTestCore()
  const zhang = core.ok('owners.create', { name: '张经理' })
  const li = core.ok('owners.create', { name: '李娜' })
  const hz = withCustomer(core, '杭州鑫源贸易有限公司')
  const sh = withCustomer(core, '上海李四科技有限公司')
  const d = {
    printer: newDeal(core, hz.id, '打印机采购', 3_333_33, {
      ownerId: zhang.id,
      expectedCloseDate: '2026-11-10',
    }),
    server: newDeal(core, sh.id, '服务器扩容', 12_000_00, {
      ownerId: li.id,
      expectedCloseDate: '2026-12-20',
      stageId: STAGE.quote,
    }),
    support: newDeal(core, hz.id, '年度维保', 5_00, {
      expectedCloseDate: '2026-12-01',
      stageId: STAGE.quote,
    }),
    training: newDeal(core, sh.id, '员工培训_100%', 80_000_00, {
      ownerId: zhang.id,
      stageId: STAGE.negotiation,
    }),
    closed: newDeal(core, sh.id, '已成交', 1_00),
  }
  core.ok('deals.close', { id: d.closed.id, outcome: 'won' })
  return { core, zhang, li, hz, sh, d }
}

describe('deals.board', () => {
  it('has one column per open stage in order with counts and exact totals and weighted totals', () => {
    const { core, d } = setup()
    const board = core.ok('deals.board', {})
    expect(board.asOf).toBe('2026-11-23')
    expect(
      board.columns.map((c) => [
        c.stage.name,
        c.deals.map((x) => x.title),
        c.count,
        c.totalCents,
        c.weightedCents,
      ]),
    ).toEqual([
      ['初步接洽', ['打印机采购'], 1, 3_333_33, 33_333], // 333,333 × 10 % = 33,333.3
      ['需求确认', [], 0, 0, 0],
      ['方案报价', ['服务器扩容', '年度维保'], 2, 12_005_00, 600_250],
      ['谈判', ['员工培训_100%'], 1, 80_000_00, 5_600_000],
    ])
    expect(board).toMatchObject({
      count: 4,
      totalCents: 95_338_33,
      weightedCents: 33_333 + 600_250 + 5_600_000,
    })
    expect(core.ok('deals.board', null)).toEqual(board)
    expect(core.ok('deals.board', undefined)).toEqual(board)
    void d
    core.close()
  })

  it('hides the deals of a customer in the recycle bin from board and list until it is restored', () => {
    const { core, hz, d } = setup()
    core.ok('customers.delete', { id: hz.id })
    const board = core.ok('deals.board', {})
    const titles = board.columns.flatMap((c) => c.deals.map((x) => x.title))
    expect(titles).not.toContain('打印机采购')
    expect(titles).not.toContain('年度维保')
    expect(board).toMatchObject({ count: 2, totalCents: 12_000_00 + 80_000_00 })
    const listed = core.ok('deals.list', {}).rows.map((r) => r.id)
    expect(listed).not.toContain(d.printer.id)
    expect(listed).toContain(d.server.id)
    core.ok('customers.restore', { id: hz.id })
    expect(core.ok('deals.board', {}).count).toBe(4)
    core.close()
  })

  it('rounds half away from zero in BigInt, exact beyond 2^53', () => {
    expect(weightedCents(5n, 10)).toBe(1n) // 0.5 → 1
    expect(weightedCents(15n, 10)).toBe(2n) // 1.5 → 2
    expect(weightedCents(14n, 10)).toBe(1n)
    expect(weightedCents(1n, 50)).toBe(1n) // 0.5 → 1
    expect(weightedCents(-15n, 10)).toBe(-2n)
    expect(weightedCents(9_007_199_254_740_993n, 70)).toBe(6_305_039_478_318_695n)
    expect(weightedCents(123n, 0)).toBe(0n)
    expect(weightedCents(123n, 100)).toBe(123n)
  })

  it('filters by owner, close month, amount range and search; totals follow the filter', () => {
    const { core, zhang } = setup()
    const titles = (input: unknown) =>
      core.ok('deals.board', input).columns.flatMap((c) => c.deals.map((x) => x.title))
    expect(titles({ ownerId: zhang.id })).toEqual(['打印机采购', '员工培训_100%'])
    expect(titles({ closeMonth: '2026-12' })).toEqual(['服务器扩容', '年度维保'])
    expect(titles({ minAmountCents: 5_00, maxAmountCents: 3_333_33 })).toEqual([
      '打印机采购',
      '年度维保',
    ])
    expect(titles({ q: '维保' })).toEqual(['年度维保'])
    expect(titles({ q: '李四' })).toEqual(['服务器扩容', '员工培训_100%'])
    expect(titles({ q: 'hzxy' })).toEqual(['打印机采购', '年度维保'])
    // LIKE wildcards are plain characters.
    expect(titles({ q: '_100%' })).toEqual(['员工培训_100%'])
    expect(titles({ q: '%' })).toEqual(['员工培训_100%'])
    const filtered = core.ok('deals.board', { ownerId: zhang.id, q: '培训' })
    expect(filtered).toMatchObject({ count: 1, totalCents: 80_000_00, weightedCents: 5_600_000 })
    // dealCount stays the stage's own count, whatever the filter.
    expect(filtered.columns[2]!.stage.dealCount).toBe(2)
    expectRefused(core, 'deals.board', { ownerId: 99 }, 'VALIDATION', 'errors.unknownOwner')
    expectRefused(core, 'deals.board', { closeMonth: '2026-13' }, 'VALIDATION', 'errors.month')
    expectRefused(
      core,
      'deals.board',
      { minAmountCents: 10, maxAmountCents: 9 },
      'VALIDATION',
      'errors.dealAmountRange',
    )
    expectRefused(core, 'deals.board', { stageId: 1 }, 'VALIDATION', 'errors.unrecognized_keys')
    core.close()
  })

  it('warns of overdue and stale deals; days in stage count local calendar days', () => {
    const { core, d } = setup()
    const card = (id: number): Deal =>
      core
        .ok('deals.board', {})
        .columns.flatMap((c) => c.deals)
        .find((x) => x.id === id)!
    expect(card(d.printer.id).warnings).toEqual(['overdue'])
    expect(card(d.support.id).warnings).toEqual([])
    // 初步接洽's threshold is 14 days: day 14 is fine, day 15 is stale.
    core.clock.set(NOW + 14 * DAY)
    expect(card(d.printer.id)).toMatchObject({ daysInStage: 14, warnings: ['overdue'] })
    core.clock.set(new Date(2026, 11, 8, 0, 5).getTime())
    expect(card(d.printer.id)).toMatchObject({ daysInStage: 15, warnings: ['overdue', 'stale'] })
    expect(card(d.support.id).warnings).toEqual(['overdue'])
    // 23:59 the same day is still day 0; 00:01 the next is day 1.
    core.clock.set(new Date(2026, 10, 23, 23, 59).getTime())
    expect(card(d.printer.id).daysInStage).toBe(0)
    core.clock.set(new Date(2026, 10, 24, 0, 1).getTime())
    expect(card(d.printer.id).daysInStage).toBe(1)
    core.ok('pipeline.updateStage', { id: STAGE.lead, staleDays: null })
    core.clock.set(NOW + 400 * DAY)
    expect(card(d.printer.id).warnings).toEqual(['overdue'])
    expect(core.ok('deals.get', { id: d.closed.id }).warnings).toEqual([])
    core.close()
  })
})

describe('deals.list', () => {
  it('lists live deals by last change, pages, counts, and filters', () => {
    const { core, zhang, hz, d } = setup()
    const ids = (input: unknown) => core.ok('deals.list', input).rows.map((r) => r.id)
    const all = core.ok('deals.list', {})
    expect(all.total).toBe(5)
    expect(all.rows[0]!.id).toBe(d.closed.id)
    expect(all.rows[0]).toMatchObject({
      status: 'won',
      stageName: '赢单',
      customerName: '上海李四科技有限公司',
    })
    expect(core.ok('deals.list', { page: 2, pageSize: 2 })).toMatchObject({ total: 5 })
    expect(ids({ page: 2, pageSize: 2 })).toEqual(all.rows.slice(2, 4).map((r) => r.id))
    expect(ids({ page: 9 })).toEqual([])
    expect(ids({ filter: { status: 'won' } })).toEqual([d.closed.id])
    // Titles in code point order: 年 (U+5E74) before 打 (U+6253).
    expect(ids({ filter: { customerId: hz.id }, sort: { field: 'title', dir: 'asc' } })).toEqual([
      d.support.id,
      d.printer.id,
    ])
    expect(
      ids({ filter: { ownerId: zhang.id }, sort: { field: 'amountCents', dir: 'desc' } }),
    ).toEqual([d.training.id, d.printer.id])
    expect(
      ids({ filter: { stageId: STAGE.quote }, sort: { field: 'amountCents', dir: 'asc' } }),
    ).toEqual([d.support.id, d.server.id])
    expect(ids({ filter: { closeMonth: '2026-11' } })).toEqual([d.printer.id])
    expect(ids({ filter: { minAmountCents: 80_000_00 } })).toEqual([d.training.id])
    expect(ids({ q: '服务器' })).toEqual([d.server.id])
    core.ok('deals.delete', { id: d.server.id })
    expect(ids({ q: '服务器' })).toEqual([])
    expect(ids({ filter: { deleted: true } })).toEqual([d.server.id])
    core.close()
  })

  it('sorts by every field both ways, ties broken by id', () => {
    const { core } = setup()
    for (const field of DEAL_SORT_FIELDS) {
      for (const dir of ['asc', 'desc'] as const) {
        const rows = core.ok('deals.list', { sort: { field, dir } }).rows
        expect(rows).toHaveLength(5)
        const key = (r: Deal): [unknown, unknown] =>
          field === 'stage'
            ? [
                core.ok('pipeline.stages', {}).find((s) => s.id === r.stageId)!.position,
                r.position ?? -1,
              ]
            : [r[field] ?? '', r.id]
        for (let i = 1; i < rows.length; i++) {
          const [a, b] = [key(rows[i - 1]!), key(rows[i]!)]
          const cmp = a[0] === b[0] ? 0 : (a[0] as number) < (b[0] as number) ? -1 : 1
          expect(dir === 'asc' ? cmp <= 0 : cmp >= 0, `${field} ${dir} at ${i}`).toBe(true)
        }
      }
    }
    core.close()
  })

  it('refuses unknown records in the filter and bad paging, changing nothing', () => {
    const { core } = setup()
    expectRefused(
      core,
      'deals.list',
      { filter: { ownerId: 99 } },
      'VALIDATION',
      'errors.unknownOwner',
    )
    expectRefused(
      core,
      'deals.list',
      { filter: { customerId: 99 } },
      'VALIDATION',
      'errors.dealsUnknownCustomer',
    )
    expectRefused(
      core,
      'deals.list',
      { filter: { stageId: 99 } },
      'VALIDATION',
      'errors.unknownStage',
    )
    expectRefused(
      core,
      'deals.list',
      { filter: { minAmountCents: 2, maxAmountCents: 1 } },
      'VALIDATION',
      'errors.dealAmountRange',
    )
    expectRefused(core, 'deals.list', { sort: { field: 'probability', dir: 'asc' } }, 'VALIDATION')
    expectRefused(core, 'deals.list', { pageSize: 501 }, 'VALIDATION', 'errors.too_big.number')
    expectRefused(
      core,
      'deals.list',
      { filter: { status: 'closed' } },
      'VALIDATION',
      'errors.invalid_value',
    )
    core.close()
  })
})

describe('demo deals', () => {
  it('demo.load adds believable deals: spread over the stages, won by buyers, lost with reasons, with history', () => {
    const core = openTestCore()
    const loaded = core.ok('demo.load', {
      customers: 200,
      contactsPerCustomer: 0,
      activitiesPerCustomer: 0,
    })
    expect(loaded.deals).toBe(60)
    const board = core.ok('deals.board', {})
    expect(board.count).toBe(27)
    expect(board.columns.filter((c) => c.count > 0).length).toBeGreaterThanOrEqual(3)
    expect(board.columns.flatMap((c) => c.deals).some((d) => d.warnings.includes('overdue'))).toBe(
      true,
    )
    const won = core.ok('deals.list', { filter: { status: 'won' }, pageSize: 100 }).rows
    const lost = core.ok('deals.list', { filter: { status: 'lost' }, pageSize: 100 }).rows
    expect([won.length, lost.length]).toEqual([21, 12])
    for (const deal of won) {
      expect(['customer', 'loyal']).toContain(
        core.ok('customers.get', { id: deal.customerId }).stage,
      )
      expect(deal.closedDate! <= board.asOf).toBe(true)
    }
    expect(lost.every((d) => d.lostReason !== null)).toBe(true)
    const detail = core.ok('deals.get', { id: won[0]!.id })
    expect(detail.history.at(-1)).toMatchObject({ stageKind: 'won', leftAt: null })
    expect(
      detail.history.slice(0, -1).every((h) => h.stageKind === 'open' && h.leftAt !== null),
    ).toBe(true)
    expectInvariants(core.dataDir)
    // A second load appends to the end of each stage.
    core.ok('demo.load', { customers: 20, deals: 10 })
    expect(core.ok('deals.board', {}).count).toBe(27 + 5)
    expectInvariants(core.dataDir)
    expect(core.ok('demo.load', { customers: 5, deals: 0 }).deals).toBe(0)
    core.close()
  })
})

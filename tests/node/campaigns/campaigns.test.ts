import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Campaign, FieldIssue, Result } from '../../../src/shared/api'
import { openTestCore, snapshotDatabase, type TestCore } from '../helpers'

/**
 * Campaigns (市场活动): the figures of constructed campaigns exact to the 分 (ROI with no
 * cost, a loss, cost per new customer with none and with a half 分), the refusals that change
 * nothing, soft delete and restore, the list and the report's overlap rule.
 */

function campaign(core: TestCore, input: Record<string, unknown>): Campaign {
  return core.ok('campaigns.create', { channel: 'exhibition', startDate: '2026-10-01', ...input })
}

/** A customer attributed to the campaign, and deals of it: won ones with their amounts, open ones. */
function attribute(
  core: TestCore,
  campaignId: number,
  deals: { amountCents: number; won?: boolean; deleted?: boolean }[] = [],
): number {
  const customer = core.ok('customers.create', { name: `客户${Math.random()}`, campaignId })
  for (const deal of deals) {
    const created = core.ok('deals.create', {
      customerId: customer.id,
      title: '采购',
      amountCents: deal.amountCents,
      campaignId,
    })
    if (deal.won) core.ok('deals.close', { id: created.id, outcome: 'won' })
    if (deal.deleted) core.ok('deals.delete', { id: created.id })
  }
  return customer.id
}

/** A campaign's history, newest first, read through a second connection. */
function history(core: TestCore, id: number): { action: string; changes: unknown }[] {
  const db = new Database(join(core.dataDir, 'kehu.db'), { readonly: true })
  try {
    return (
      db
        .prepare(
          "SELECT action, changes FROM audit_log WHERE entity = 'campaign' AND entity_id = ? ORDER BY id DESC",
        )
        .all(id) as { action: string; changes: string }[]
    ).map((r) => ({ action: r.action, changes: JSON.parse(r.changes) as unknown }))
  } finally {
    db.close()
  }
}

function issues(result: Result<unknown>): FieldIssue[] {
  if (result.ok) throw new Error('expected a refusal')
  return result.error.details ?? []
}

describe('campaign figures', () => {
  it('ROI and cost per new customer exact on constructed campaigns', () => {
    const core = openTestCore()
    // Paid off: ¥1,000.00 spent, 3 new customers, won ¥1,500.00 + ¥1,000.01 (an open and a deleted deal do not count).
    const paid = campaign(core, { name: '春季展会', costCents: 100_000, budgetCents: 120_000 })
    attribute(core, paid.id, [{ amountCents: 150_000, won: true }, { amountCents: 99_999 }])
    attribute(core, paid.id, [
      { amountCents: 100_001, won: true },
      { amountCents: 500_000, won: true, deleted: true },
    ])
    attribute(core, paid.id)
    expect(core.ok('campaigns.get', { id: paid.id })).toMatchObject({
      newCustomers: 3,
      deals: 3,
      wonDeals: 2,
      wonRevenueCents: 250_001,
      // 100,000 ÷ 3 = 33,333.33… → 33,333 分
      costPerNewCustomerCents: 33_333,
      roi: (250_001 - 100_000) / 100_000,
    })

    // Lost money: ¥100.00 spent, one customer, nothing won → ROI −100 %.
    const lost = campaign(core, { name: '线上投放', channel: 'onlineAds', costCents: 10_000 })
    attribute(core, lost.id, [{ amountCents: 5_000 }])
    expect(core.ok('campaigns.get', { id: lost.id })).toMatchObject({
      newCustomers: 1,
      deals: 1,
      wonDeals: 0,
      wonRevenueCents: 0,
      costPerNewCustomerCents: 10_000,
      roi: -1,
    })

    // Won less than it cost: ¥3.00 spent, won ¥1.00 → −2/3; ¥0.05 over two customers is 2.5 分 → 3 分.
    const small = campaign(core, { name: '电话回访', channel: 'telemarketing', costCents: 300 })
    attribute(core, small.id, [{ amountCents: 100, won: true }])
    expect(core.ok('campaigns.get', { id: small.id }).roi).toBeCloseTo(-2 / 3, 12)
    const half = campaign(core, { name: '朋友圈', channel: 'wechat', costCents: 5 })
    attribute(core, half.id)
    attribute(core, half.id)
    expect(core.ok('campaigns.get', { id: half.id }).costPerNewCustomerCents).toBe(3)

    // Free: no cost → no ROI; no customers → no cost per new customer.
    const free = campaign(core, { name: '老客户推荐', channel: 'referral' })
    attribute(core, free.id, [{ amountCents: 80_000, won: true }])
    expect(core.ok('campaigns.get', { id: free.id })).toMatchObject({
      costCents: 0,
      budgetCents: 0,
      wonRevenueCents: 80_000,
      roi: null,
      costPerNewCustomerCents: 0,
    })
    const empty = campaign(core, { name: '秋季展会', costCents: 50_000 })
    expect(core.ok('campaigns.get', { id: empty.id })).toMatchObject({
      newCustomers: 0,
      deals: 0,
      costPerNewCustomerCents: null,
      roi: -1,
    })
  })

  it('counts live customers only: one in the recycle bin leaves the figures until restored', () => {
    const core = openTestCore()
    const c = campaign(core, { name: '展会', costCents: 1_000 })
    const customerId = attribute(core, c.id)
    attribute(core, c.id)
    core.ok('customers.delete', { id: customerId })
    expect(core.ok('campaigns.get', { id: c.id })).toMatchObject({
      newCustomers: 1,
      costPerNewCustomerCents: 1_000,
    })
    core.ok('customers.restore', { id: customerId })
    expect(core.ok('campaigns.get', { id: c.id }).newCustomers).toBe(2)
  })

  it('a customer in the recycle bin takes its deals out of the figures, as on the deals list', () => {
    const core = openTestCore()
    const c = campaign(core, { name: '展会', costCents: 1_000 })
    const kept = attribute(core, c.id, [{ amountCents: 3_000, won: true }])
    // A customer from elsewhere, with a deal from this campaign.
    const other = core.ok('customers.create', { name: '老客户' })
    const deal = core.ok('deals.create', {
      customerId: other.id,
      title: '加购',
      amountCents: 2_000,
      campaignId: c.id,
    })
    core.ok('deals.close', { id: deal.id, outcome: 'won' })
    expect(core.ok('campaigns.get', { id: c.id })).toMatchObject({
      newCustomers: 1,
      deals: 2,
      wonRevenueCents: 5_000,
    })
    core.ok('customers.delete', { id: other.id })
    expect(core.ok('campaigns.get', { id: c.id })).toMatchObject({
      newCustomers: 1,
      deals: 1,
      wonDeals: 1,
      wonRevenueCents: 3_000,
      roi: 2,
    })
    expect(core.ok('deals.list', { filter: { campaignId: c.id } }).total).toBe(1)
    core.ok('customers.restore', { id: other.id })
    expect(core.ok('campaigns.get', { id: c.id }).wonRevenueCents).toBe(5_000)
    expect(kept).toBeGreaterThan(0)
  })
})

describe('campaign rules', () => {
  it('an end before the start is refused on endDate, also when an update moves only one end', () => {
    const core = openTestCore()
    const before = snapshotDatabase(core.dataDir)
    const refused = core.call('campaigns.create', {
      name: '展会',
      channel: 'exhibition',
      startDate: '2026-10-10',
      endDate: '2026-10-09',
    })
    expect(issues(refused)).toMatchObject([
      { path: 'endDate', key: 'errors.campaignEndBeforeStart' },
    ])
    expect(snapshotDatabase(core.dataDir)).toBe(before)

    const c = campaign(core, { name: '展会', startDate: '2026-10-01', endDate: '2026-10-31' })
    const saved = snapshotDatabase(core.dataDir)
    for (const change of [{ startDate: '2026-11-01' }, { endDate: '2026-09-30' }])
      expect(issues(core.call('campaigns.update', { id: c.id, ...change }))).toMatchObject([
        { path: 'endDate', key: 'errors.campaignEndBeforeStart' },
      ])
    expect(snapshotDatabase(core.dataDir)).toBe(saved)
    // The same day, and no end at all, are fine.
    expect(core.ok('campaigns.update', { id: c.id, endDate: '2026-10-01' }).endDate).toBe(
      '2026-10-01',
    )
    expect(core.ok('campaigns.update', { id: c.id, endDate: null }).endDate).toBeNull()
  })

  it('negative, fractional and too large money, unknown channels and blank names are refused', () => {
    const core = openTestCore()
    const c = campaign(core, { name: '展会', costCents: 100 })
    const before = snapshotDatabase(core.dataDir)
    const bad = [
      { costCents: -1 },
      { budgetCents: -100 },
      { costCents: 1.5 },
      { costCents: 1_000_000_000_001 },
      { channel: 'tv' },
      { name: '  ' },
    ]
    for (const change of bad) {
      const created = core.call('campaigns.create', {
        name: '新活动',
        channel: 'exhibition',
        startDate: '2026-10-01',
        ...change,
      })
      expect(created.ok ? null : created.error.code, JSON.stringify(change)).toBe('VALIDATION')
      const updated = core.call('campaigns.update', { id: c.id, ...change })
      expect(updated.ok ? null : updated.error.code).toBe('VALIDATION')
    }
    expect(issues(core.call('campaigns.update', { id: c.id, costCents: -1 }))[0]).toMatchObject({
      path: 'costCents',
      key: 'errors.too_small.number',
    })
    expect(snapshotDatabase(core.dataDir)).toBe(before)
  })

  it('names are unique among live campaigns: a deleted one frees its name, restoring it then conflicts', () => {
    const core = openTestCore()
    const first = campaign(core, { name: '春季展会' })
    const other = campaign(core, { name: '秋季展会' })
    const before = snapshotDatabase(core.dataDir)
    for (const result of [
      core.call('campaigns.create', {
        name: '春季展会',
        channel: 'other',
        startDate: '2026-01-01',
      }),
      core.call('campaigns.update', { id: other.id, name: '春季展会' }),
    ])
      expect(result.ok ? null : result.error).toMatchObject({
        code: 'CONFLICT',
        key: 'errors.campaignNameTaken',
        params: { name: '春季展会' },
      })
    expect(snapshotDatabase(core.dataDir)).toBe(before)

    core.ok('campaigns.delete', { id: first.id })
    const again = campaign(core, { name: '春季展会' })
    const saved = snapshotDatabase(core.dataDir)
    const restore = core.call('campaigns.restore', { id: first.id })
    expect(restore.ok ? null : restore.error).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.campaignNameTaken',
    })
    expect(snapshotDatabase(core.dataDir)).toBe(saved)
    core.ok('campaigns.update', { id: again.id, name: '春季展会（二）' })
    expect(core.ok('campaigns.restore', { id: first.id }).deletedAt).toBeNull()
  })

  it('delete is soft and keeps the attribution; a second delete, a restore of a live one and unknown ids change nothing', () => {
    const core = openTestCore()
    const c = campaign(core, { name: '展会', costCents: 20_000 })
    const customerId = attribute(core, c.id, [{ amountCents: 30_000, won: true }])
    core.clock.advance(60_000)
    expect(core.ok('campaigns.delete', { id: c.id })).toBeNull()
    expect(core.ok('campaigns.list', {}).total).toBe(0)
    const binned = core.ok('campaigns.list', { filter: { deleted: true } }).rows
    expect(binned.map((r) => r.id)).toEqual([c.id])
    expect(binned[0]).toMatchObject({ newCustomers: 1, wonRevenueCents: 30_000, roi: 0.5 })
    expect(core.ok('customers.get', { id: customerId })).toMatchObject({
      campaignId: c.id,
      campaignName: '展会',
      campaignDeleted: true,
    })
    const before = snapshotDatabase(core.dataDir)
    const twice = core.call('campaigns.delete', { id: c.id })
    expect(twice.ok ? null : twice.error).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.alreadyDeleted',
    })
    const edit = core.call('campaigns.update', { id: c.id, costCents: 1 })
    expect(edit.ok ? null : edit.error).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.campaignDeleted',
    })
    for (const method of ['campaigns.get', 'campaigns.delete', 'campaigns.restore'])
      expect(core.call(method, { id: 999 })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
    expect(snapshotDatabase(core.dataDir)).toBe(before)

    expect(core.ok('campaigns.restore', { id: c.id })).toMatchObject({
      deletedAt: null,
      newCustomers: 1,
    })
    expect(core.ok('customers.get', { id: customerId }).campaignDeleted).toBe(false)
    const live = core.call('campaigns.restore', { id: c.id })
    expect(live.ok ? null : live.error.key).toBe('errors.notDeleted')
    expect(history(core, c.id).map((r) => r.action)).toEqual(['restore', 'delete', 'create'])
  })

  it('updates record what changed; an update that changes nothing records nothing', () => {
    const core = openTestCore()
    const c = campaign(core, { name: '展会', costCents: 100, notes: '' })
    expect(c.notes).toBeNull()
    core.clock.advance(1_000)
    const updated = core.ok('campaigns.update', { id: c.id, costCents: 250, notes: '追加展位费' })
    expect(updated).toMatchObject({ costCents: 250, notes: '追加展位费', name: '展会' })
    expect(updated.updatedAt).toBeGreaterThan(c.updatedAt)
    core.ok('campaigns.update', { id: c.id, costCents: 250 })
    const entries = history(core, c.id)
    expect(entries.map((r) => r.action)).toEqual(['update', 'create'])
    expect(entries[0]!.changes).toEqual({
      costCents: { before: 100, after: 250 },
      notes: { before: null, after: '追加展位费' },
    })
  })
})

describe('campaign list and report', () => {
  function seed(core: TestCore) {
    return {
      old: campaign(core, { name: '去年展会', startDate: '2025-03-01', endDate: '2025-03-05' }),
      endsInRange: campaign(core, {
        name: '十月广告',
        channel: 'onlineAds',
        startDate: '2026-09-15',
        endDate: '2026-10-05',
        costCents: 10_000,
      }),
      running: campaign(core, { name: '长期推荐', channel: 'referral', startDate: '2026-01-01' }),
      inside: campaign(core, {
        name: '十月展会',
        startDate: '2026-10-10',
        endDate: '2026-10-12',
        costCents: 30_000,
        budgetCents: 50_000,
      }),
      startsOnLastDay: campaign(core, {
        name: '月底电话',
        channel: 'telemarketing',
        startDate: '2026-10-31',
        endDate: '2026-11-30',
      }),
      later: campaign(core, { name: '双十一', channel: 'wechat', startDate: '2026-11-01' }),
    }
  }

  it('the report takes the campaigns whose dates overlap the range (no end = still running), newest first, with totals', () => {
    const core = openTestCore()
    const c = seed(core)
    attribute(core, c.inside.id, [{ amountCents: 45_000, won: true }])
    attribute(core, c.inside.id)
    attribute(core, c.endsInRange.id, [{ amountCents: 7_000 }])
    const deleted = campaign(core, { name: '删掉的', startDate: '2026-10-02' })
    core.ok('campaigns.delete', { id: deleted.id })

    const report = core.ok('reports.campaigns', { from: '2026-10-01', to: '2026-10-31' })
    expect(report.rows.map((r) => r.name)).toEqual(['月底电话', '十月展会', '十月广告', '长期推荐'])
    expect(report.totals).toEqual({
      budgetCents: 50_000,
      costCents: 40_000,
      newCustomers: 3,
      deals: 2,
      wonDeals: 1,
      wonRevenueCents: 45_000,
      costPerNewCustomerCents: 13_333,
      roi: (45_000 - 40_000) / 40_000,
    })
    expect(report.rows[1]).toMatchObject({ costPerNewCustomerCents: 15_000, roi: 0.5 })

    // A range inside a running campaign; a range before any campaign.
    expect(
      core
        .ok('reports.campaigns', { from: '2026-06-01', to: '2026-06-30' })
        .rows.map((r) => r.name),
    ).toEqual(['长期推荐'])
    const none = core.ok('reports.campaigns', { from: '2024-01-01', to: '2024-12-31' })
    expect(none.rows).toEqual([])
    expect(none.totals).toMatchObject({ costCents: 0, roi: null, costPerNewCustomerCents: null })
  })

  it('lists page, sort, search and filter by channel and by the day a campaign runs', () => {
    const core = openTestCore()
    seed(core)
    const names = (input: unknown) =>
      core.ok('campaigns.list', input).rows.map((r: Campaign) => r.name)
    expect(names({})).toEqual([
      '双十一',
      '月底电话',
      '十月展会',
      '十月广告',
      '长期推荐',
      '去年展会',
    ])
    expect(names({ filter: { channel: 'exhibition' } })).toEqual(['十月展会', '去年展会'])
    expect(names({ filter: { activeOn: '2026-10-05' } })).toEqual(['十月广告', '长期推荐'])
    expect(names({ q: '十月' })).toEqual(['十月展会', '十月广告'])
    expect(names({ sort: { field: 'costCents', dir: 'desc' }, pageSize: 2 })).toEqual([
      '十月展会',
      '十月广告',
    ])
    const page = core.ok('campaigns.list', { page: 2, pageSize: 4 })
    expect(page.total).toBe(6)
    expect(page.rows.map((r) => r.name)).toEqual(['长期推荐', '去年展会'])
    // The foot of the list: sums over every match, not the page; ratios of the sums.
    const footed = core.ok('campaigns.list', {
      filter: { channel: 'onlineAds' },
      pageSize: 1,
      totals: true,
    })
    expect(footed.totals).toEqual({
      budgetCents: 0,
      costCents: 10_000,
      newCustomers: 0,
      deals: 0,
      wonDeals: 0,
      wonRevenueCents: 0,
      costPerNewCustomerCents: null,
      roi: -1,
    })
    // One page holding every match sums its rows; the same foot as summed in SQL over pages.
    const whole = core.ok('campaigns.list', { totals: true })
    const paged = core.ok('campaigns.list', { pageSize: 2, totals: true })
    expect(whole.rows).toHaveLength(whole.total)
    expect(whole.totals).toEqual(paged.totals)
    expect(whole.totals?.costCents).toBe(whole.rows.reduce((sum, r) => sum + r.costCents, 0))
    expect(core.ok('campaigns.list', {})).not.toHaveProperty('totals')
    const bad = core.call('campaigns.list', { pageSize: 501 })
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION')
  })

  it('options name every campaign, live ones first', () => {
    const core = openTestCore()
    const c = seed(core)
    core.ok('campaigns.delete', { id: c.later.id })
    const options = core.ok('campaigns.options', {})
    expect(options.map((o) => [o.name, o.deleted])).toEqual([
      ['月底电话', false],
      ['十月展会', false],
      ['十月广告', false],
      ['长期推荐', false],
      ['去年展会', false],
      ['双十一', true],
    ])
  })
})

import { describe, expect, it } from 'vitest'
import type { Campaign } from '../../../src/shared/api'
import { openTestCore, snapshotDatabase, type TestCore } from '../helpers'
import { file, ok, readBack, xlsxFile } from '../excel/helpers'

/**
 * Customers and deals attributed to a campaign (市场活动): on the record (create, update,
 * merge), through imports by the campaign's name, and out again in the exports.
 */

function campaign(core: TestCore, name: string, costCents = 0): Campaign {
  return core.ok('campaigns.create', {
    name,
    channel: 'exhibition',
    startDate: '2026-10-01',
    costCents,
  })
}

function refusedKey(result: ReturnType<TestCore['call']>): unknown {
  if (result.ok) return null
  return result.error.details?.map((d) => [d.path, d.key]) ?? result.error.key
}

describe('attribution on the record', () => {
  it('customers take a live campaign on create and update, show its name, and filter by it', () => {
    const core = openTestCore()
    const fair = campaign(core, '春季展会')
    const ads = campaign(core, '线上广告')
    const a = core.ok('customers.create', { name: '杭州华达贸易', campaignId: fair.id })
    expect(a).toMatchObject({
      campaignId: fair.id,
      campaignName: '春季展会',
      campaignDeleted: false,
    })
    const b = core.ok('customers.create', { name: '宁波海达' })
    expect(b).toMatchObject({ campaignId: null, campaignName: null, campaignDeleted: false })
    expect(core.ok('customers.update', { id: b.id, campaignId: ads.id }).campaignName).toBe(
      '线上广告',
    )
    core.ok('customers.create', { name: '温州远达', campaignId: ads.id })

    const listed = core.ok('customers.list', { filter: { campaignId: ads.id } })
    expect(listed.rows.map((r) => r.name).sort()).toEqual(['宁波海达', '温州远达'])
    expect(listed.rows[0]).toMatchObject({ campaignName: '线上广告' })
    expect(core.ok('campaigns.get', { id: ads.id }).newCustomers).toBe(2)
    const unknownFilter = core.call('customers.list', { filter: { campaignId: 999 } })
    expect(refusedKey(unknownFilter)).toEqual([['filter.campaignId', 'errors.campaignUnknown']])

    expect(core.ok('customers.update', { id: b.id, campaignId: null }).campaignId).toBeNull()
    expect(core.ok('campaigns.get', { id: ads.id }).newCustomers).toBe(1)
  })

  it('an unknown or deleted campaign is refused with nothing changed; one already attributed stays through edits', () => {
    const core = openTestCore()
    const fair = campaign(core, '春季展会')
    const gone = campaign(core, '已结束')
    const kept = core.ok('customers.create', { name: '杭州华达贸易', campaignId: gone.id })
    core.ok('campaigns.delete', { id: gone.id })
    const before = snapshotDatabase(core.dataDir)
    const refusals = [
      core.call('customers.create', { name: '新客户', campaignId: 999 }),
      core.call('customers.create', { name: '新客户', campaignId: gone.id }),
      core.call('customers.update', { id: kept.id, campaignId: 999 }),
    ]
    for (const result of refusals)
      expect(refusedKey(result)).toEqual([['campaignId', 'errors.campaignUnknown']])
    expect(snapshotDatabase(core.dataDir)).toBe(before)

    // The form sends every field back: the deleted campaign it already has does not block an edit.
    const edited = core.ok('customers.update', { id: kept.id, campaignId: gone.id, city: '杭州' })
    expect(edited).toMatchObject({ city: '杭州', campaignId: gone.id, campaignDeleted: true })
    // Moving it to a live campaign is fine; back to the deleted one is not.
    core.ok('customers.update', { id: kept.id, campaignId: fair.id })
    expect(refusedKey(core.call('customers.update', { id: kept.id, campaignId: gone.id }))).toEqual(
      [['campaignId', 'errors.campaignUnknown']],
    )

    const history = core.ok('customers.history', { id: kept.id }).rows
    expect(history[0]!.changes).toEqual({ campaignId: { before: gone.id, after: fair.id } })
    expect(history.at(-1)!.changes.campaignId).toEqual({ after: gone.id })
  })

  it('a merge lets the campaign be picked like any field, and fills it in from a merged record', () => {
    const core = openTestCore()
    const fair = campaign(core, '春季展会')
    const ads = campaign(core, '线上广告')
    const keep = core.ok('customers.create', { name: '杭州华达贸易有限公司' })
    const other = core.ok('customers.create', { name: '杭州华达贸易', campaignId: fair.id })
    expect(core.ok('customers.merge', { keepId: keep.id, mergeIds: [other.id] })).toMatchObject({
      campaignId: fair.id,
      campaignName: '春季展会',
    })
    const a = core.ok('customers.create', { name: '甲', campaignId: fair.id })
    const b = core.ok('customers.create', { name: '乙', campaignId: ads.id })
    const merged = core.ok('customers.merge', {
      keepId: a.id,
      mergeIds: [b.id],
      fields: { campaignId: b.id },
    })
    expect(merged.campaignId).toBe(ads.id)
    // Live customers only: the merged-away records are in the recycle bin.
    expect(core.ok('campaigns.get', { id: fair.id }).newCustomers).toBe(1)
    expect(core.ok('campaigns.get', { id: ads.id }).newCustomers).toBe(1)
  })

  it('deals take a campaign the same way and show its name on the list and the board', () => {
    const core = openTestCore()
    const fair = campaign(core, '春季展会')
    const gone = campaign(core, '已结束')
    const customer = core.ok('customers.create', { name: '杭州华达贸易' })
    const deal = core.ok('deals.create', {
      customerId: customer.id,
      title: '年度采购',
      amountCents: 100_000,
      campaignId: fair.id,
    })
    expect(deal).toMatchObject({ campaignId: fair.id, campaignName: '春季展会' })
    const plain = core.ok('deals.create', {
      customerId: customer.id,
      title: '试用',
      amountCents: 1,
    })
    expect(plain).toMatchObject({ campaignId: null, campaignName: null, campaignDeleted: false })
    core.ok('campaigns.delete', { id: gone.id })
    const before = snapshotDatabase(core.dataDir)
    for (const result of [
      core.call('deals.create', {
        customerId: customer.id,
        title: 'x',
        amountCents: 1,
        campaignId: 999,
      }),
      core.call('deals.create', {
        customerId: customer.id,
        title: 'x',
        amountCents: 1,
        campaignId: gone.id,
      }),
      core.call('deals.update', { id: plain.id, campaignId: gone.id }),
    ])
      expect(refusedKey(result)).toEqual([['campaignId', 'errors.campaignUnknown']])
    expect(snapshotDatabase(core.dataDir)).toBe(before)

    core.ok('deals.update', { id: plain.id, campaignId: fair.id })
    core.ok('campaigns.delete', { id: fair.id })
    const listed = core.ok('deals.list', {}).rows
    expect(listed.map((d) => [d.campaignName, d.campaignDeleted])).toEqual([
      ['春季展会', true],
      ['春季展会', true],
    ])
    const board = core.ok('deals.board', {})
    expect(board.columns.flatMap((c) => c.deals).map((d) => d.campaignName)).toEqual([
      '春季展会',
      '春季展会',
    ])
    // Still attributed: an edit of another field passes, the campaign stays.
    expect(
      core.ok('deals.update', { id: deal.id, campaignId: fair.id, title: '年度采购（二期）' }),
    ).toMatchObject({ campaignId: fair.id, title: '年度采购（二期）' })
  })
})

describe('attribution through imports and exports', () => {
  it('customers: the campaign column by exact name; an unknown name rejects that row with its reason, the rest import', async () => {
    const core = openTestCore()
    const fair = campaign(core, '2026 春季展会')
    const gone = campaign(core, '旧活动')
    core.ok('campaigns.delete', { id: gone.id })
    const sheet = [
      ['客户名称', '手机', '市场活动'],
      ['杭州华达贸易', '13800138000', ' 2026 春季展会 '],
      ['宁波海达', '13900139000', '秋季展会'],
      ['温州远达', '13700137000', null],
      ['台州', '13600136000', '旧活动'],
    ]
    const preview = await ok(core, 'imports.preview', {
      entity: 'customers',
      file: file('c.xlsx', await xlsxFile(sheet)),
    })
    expect(preview.mapping).toEqual(['name', 'phone', 'campaign'])
    expect(preview.rows.map((r) => r.problems.map((p) => [p.column, p.key, p.params]))).toEqual([
      [],
      [[2, 'errors.importCampaignUnknown', { value: '秋季展会' }]],
      [],
      [[2, 'errors.importCampaignUnknown', { value: '旧活动' }]],
    ])
    const campaignsBefore = core.ok('campaigns.options', {})

    const summary = await ok(core, 'imports.commit', {
      entity: 'customers',
      file: file('c.xlsx', await xlsxFile(sheet)),
      onDuplicate: 'skip',
    })
    expect(summary).toMatchObject({ created: 2, rejected: 2 })
    const rows = core.ok('customers.list', { sort: { field: 'name', dir: 'asc' } }).rows
    expect(rows.map((r) => [r.name, r.campaignName])).toEqual(
      expect.arrayContaining([
        ['杭州华达贸易', '2026 春季展会'],
        ['温州远达', null],
      ]),
    )
    expect(rows).toHaveLength(2)
    expect(core.ok('campaigns.get', { id: fair.id }).newCustomers).toBe(1)
    // No campaign was created by the import.
    expect(core.ok('campaigns.options', {})).toEqual(campaignsBefore)

    const rejected = await readBack(summary.rejectedFile!.base64)
    const reasons: string[] = []
    rejected.worksheets[0]!.eachRow((row) => {
      const values = row.values as unknown[]
      reasons.push(String(values[values.length - 1]))
    })
    expect(reasons.slice(1)).toEqual(['未知的市场活动：秋季展会', '未知的市场活动：旧活动'])
  })

  it('the rejected rows say it in English too, and deals import by campaign name', async () => {
    const core = openTestCore()
    core.ok('settings.update', { locale: 'en' })
    const fair = campaign(core, 'Spring fair')
    core.ok('customers.create', { name: '杭州华达贸易' })
    const sheet = [
      ['客户名称', '商机名称', '金额', 'Campaign'],
      ['杭州华达贸易', '年度采购', 1000, 'Spring fair'],
      ['杭州华达贸易', '试用', 10, 'Autumn fair'],
    ]
    const summary = await ok(core, 'imports.commit', {
      entity: 'deals',
      file: file('d.xlsx', await xlsxFile(sheet)),
      onDuplicate: 'skip',
    })
    expect(summary).toMatchObject({ created: 1, rejected: 1 })
    expect(core.ok('deals.list', {}).rows).toMatchObject([
      { title: '年度采购', campaignId: fair.id, campaignName: 'Spring fair' },
    ])
    const rejected = await readBack(summary.rejectedFile!.base64)
    const last = rejected.worksheets[0]!.getRow(2).values as unknown[]
    expect(last[last.length - 1]).toBe('Unknown campaign: Autumn fair')
  })

  it('customer and deal exports carry the campaign name, marked once it is deleted; the export imports back', async () => {
    const core = openTestCore()
    const fair = campaign(core, '春季展会')
    const gone = campaign(core, '旧活动')
    const a = core.ok('customers.create', { name: '杭州华达贸易', campaignId: fair.id })
    core.ok('customers.create', { name: '宁波海达', campaignId: gone.id })
    core.ok('deals.create', {
      customerId: a.id,
      title: '年度采购',
      amountCents: 1,
      campaignId: gone.id,
    })
    core.ok('campaigns.delete', { id: gone.id })

    const column = async (entity: string, header: string, locale: 'zh-CN' | 'en') => {
      const out = await ok(core, 'exports.list', { entity, locale })
      const sheet = (await readBack(out.base64)).worksheets[0]!
      // Row 1 is the title, row 2 the header.
      const headers = (sheet.getRow(2).values as unknown[]).map(String)
      const index = headers.indexOf(header)
      expect(index, `${header} in ${headers.join(',')}`).toBeGreaterThan(0)
      const values: unknown[] = []
      sheet.eachRow((row, n) => {
        if (n > 2) values.push((row.values as unknown[])[index])
      })
      return values
    }
    expect(await column('customers', '市场活动', 'zh-CN')).toEqual(
      expect.arrayContaining(['春季展会', '旧活动（已删除）']),
    )
    expect(await column('customers', 'Campaign', 'en')).toEqual(
      expect.arrayContaining(['春季展会', '旧活动 (deleted)']),
    )
    expect(await column('deals', '市场活动', 'zh-CN')).toEqual(['旧活动（已删除）'])

    // A customer export read back attributes to the same live campaign.
    const fresh = openTestCore()
    campaign(fresh, '春季展会')
    const exported = await ok(core, 'exports.list', {
      entity: 'customers',
      locale: 'zh-CN',
      filter: { campaignId: fair.id },
    })
    const summary = await ok(fresh, 'imports.commit', {
      entity: 'customers',
      file: { name: 'customers.xlsx', base64: exported.base64 },
      onDuplicate: 'skip',
    })
    expect(summary).toMatchObject({ created: 1, rejected: 0 })
    expect(fresh.ok('customers.list', {}).rows[0]).toMatchObject({ campaignName: '春季展会' })
  })
})

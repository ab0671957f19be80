import { describe, expect, it } from 'vitest'
import { NOW, openTestCore } from '../helpers'
import {
  STAGE,
  boardOrder,
  expectInvariants,
  expectRefused,
  newDeal,
  readRows,
  withCustomer,
} from './helpers'

const DAY = 86_400_000

describe('deals: create, get, update', () => {
  it('creates a deal at the end of the first open stage with its first history row', () => {
    const core = openTestCore()
    const owner = core.ok('owners.create', { name: '张经理' })
    const c = withCustomer(core)
    const activity = core.ok('activities.create', {
      customerId: c.id,
      kind: 'call',
      content: '客户想要报价',
      occurredAt: NOW,
    })
    const first = newDeal(core, c.id, '办公设备采购', 12_345_600)
    const campaign = core.ok('campaigns.create', {
      name: '秋季展会',
      channel: 'exhibition',
      startDate: '2026-10-01',
    })
    const deal = core.ok('deals.create', {
      customerId: c.id,
      title: '  年度维保合同 ',
      amountCents: 8_800_000,
      expectedCloseDate: '2026-12-31',
      ownerId: owner.id,
      productIds: [3, 1, 3],
      campaignId: campaign.id,
      notes: '老板很爽快',
      activityId: activity.id,
    })
    expect(first).toMatchObject({ stageId: STAGE.lead, stageName: '初步接洽', position: 0 })
    expect(deal).toMatchObject({
      customerId: c.id,
      customerName: '杭州鑫源贸易有限公司',
      title: '年度维保合同',
      amountCents: 8_800_000,
      stageId: STAGE.lead,
      position: 1,
      status: 'open',
      expectedCloseDate: '2026-12-31',
      ownerId: owner.id,
      ownerName: '张经理',
      productIds: [3, 1],
      campaignId: campaign.id,
      campaignName: '秋季展会',
      activityId: activity.id,
      notes: '老板很爽快',
      lostReason: null,
      closedDate: null,
      stageEnteredAt: NOW,
      daysInStage: 0,
      warnings: [],
      createdAt: NOW,
      deletedAt: null,
    })
    expect(deal.history).toEqual([
      expect.objectContaining({
        stageId: STAGE.lead,
        stageName: '初步接洽',
        stageKind: 'open',
        enteredAt: NOW,
        leftAt: null,
        actor: null,
        days: 0,
      }),
    ])
    const inQuote = newDeal(core, c.id, '直接报价', 1, {
      stageId: STAGE.quote,
      expectedCloseDate: '',
    })
    expect(inQuote).toMatchObject({ stageId: STAGE.quote, position: 0, expectedCloseDate: null })
    expect(core.ok('deals.get', { id: deal.id })).toEqual(deal)
    expectInvariants(core.dataDir)
    core.close()
  })

  it('refuses bad input and changes nothing', () => {
    const core = openTestCore()
    const c = withCustomer(core)
    const other = withCustomer(core, '上海李四科技有限公司')
    const gone = withCustomer(core, '已删除客户')
    core.ok('customers.delete', { id: gone.id })
    const act = core.ok('activities.create', {
      customerId: other.id,
      kind: 'note',
      content: 'x',
      occurredAt: NOW,
    })
    const base = { customerId: c.id, title: '商机', amountCents: 100 }
    expectRefused(
      core,
      'deals.create',
      { ...base, amountCents: -1 },
      'VALIDATION',
      'errors.too_small.number',
    )
    expectRefused(core, 'deals.create', { ...base, amountCents: 1.5 }, 'VALIDATION')
    expectRefused(core, 'deals.create', { ...base, amountCents: 1_000_000_000_001 }, 'VALIDATION')
    expectRefused(core, 'deals.create', { ...base, title: ' ' }, 'VALIDATION', 'errors.required')
    expectRefused(core, 'deals.create', { ...base, customerId: 999 }, 'NOT_FOUND')
    expectRefused(
      core,
      'deals.create',
      { ...base, customerId: gone.id },
      'CONFLICT',
      'errors.customerDeleted',
    )
    expectRefused(
      core,
      'deals.create',
      { ...base, stageId: 99 },
      'VALIDATION',
      'errors.unknownStage',
    )
    expectRefused(
      core,
      'deals.create',
      { ...base, stageId: STAGE.won },
      'VALIDATION',
      'errors.stageNotOpen',
    )
    expectRefused(
      core,
      'deals.create',
      { ...base, ownerId: 42 },
      'VALIDATION',
      'errors.unknownOwner',
    )
    expectRefused(
      core,
      'deals.create',
      { ...base, activityId: act.id },
      'VALIDATION',
      'errors.activityNotOfCustomer',
    )
    expectRefused(
      core,
      'deals.create',
      { ...base, expectedCloseDate: '2026-02-30' },
      'VALIDATION',
      'errors.date',
    )
    expectRefused(
      core,
      'deals.create',
      { ...base, status: 'won' },
      'VALIDATION',
      'errors.unrecognized_keys',
    )
    expectRefused(core, 'deals.get', { id: 5 }, 'NOT_FOUND', 'errors.notFound')
    core.close()
  })

  it('updates fields with a history entry; an unchanged update writes nothing', () => {
    const core = openTestCore()
    const c = withCustomer(core)
    const other = withCustomer(core, '上海李四科技有限公司')
    const deal = newDeal(core, c.id, '商机', 100, { notes: '旧备注' })
    core.clock.advance(60_000)
    const updated = core.ok('deals.update', {
      id: deal.id,
      customerId: other.id,
      title: '新商机',
      amountCents: 250,
      expectedCloseDate: '2027-01-15',
      notes: '',
      productIds: [2, 2],
    })
    expect(updated).toMatchObject({
      customerName: '上海李四科技有限公司',
      title: '新商机',
      amountCents: 250,
      notes: null,
      productIds: [2],
      position: 0,
      updatedAt: NOW + 60_000,
      createdAt: NOW,
    })
    const before = readRows(core.dataDir, 'SELECT count(*) AS n FROM audit_log')
    expect(core.ok('deals.update', { id: deal.id, title: '新商机' }).updatedAt).toBe(NOW + 60_000)
    expect(readRows(core.dataDir, 'SELECT count(*) AS n FROM audit_log')).toEqual(before)
    const [entry] = readRows<{ changes: string }>(
      core.dataDir,
      "SELECT changes FROM audit_log WHERE entity = 'deal' AND action = 'update'",
    )
    expect(JSON.parse(entry!.changes)).toEqual({
      customer: { before: '杭州鑫源贸易有限公司', after: '上海李四科技有限公司' },
      title: { before: '商机', after: '新商机' },
      amountCents: { before: 100, after: 250 },
      expectedCloseDate: { before: null, after: '2027-01-15' },
      notes: { before: '旧备注', after: null },
      productIds: { before: [], after: [2] },
    })
    expectRefused(core, 'deals.update', { id: deal.id, amountCents: -5 }, 'VALIDATION')
    expectRefused(core, 'deals.update', { id: deal.id, customerId: 99 }, 'NOT_FOUND')
    expectRefused(
      core,
      'deals.update',
      { id: deal.id, ownerId: 99 },
      'VALIDATION',
      'errors.unknownOwner',
    )
    expectRefused(core, 'deals.update', { id: 99, title: 'x' }, 'NOT_FOUND')
    core.ok('deals.delete', { id: deal.id })
    expectRefused(
      core,
      'deals.update',
      { id: deal.id, title: 'x' },
      'CONFLICT',
      'errors.dealDeleted',
    )
    core.close()
  })
})

describe('deals: moves', () => {
  function board() {
    const core = openTestCore()
    const c = withCustomer(core)
    const ids = ['A', 'B', 'C', 'D'].map((t) => newDeal(core, c.id, t, 100).id)
    const q = ['P', 'Q'].map((t) => newDeal(core, c.id, t, 100, { stageId: STAGE.quote }).id)
    return { core, ids: ids as [number, number, number, number], q: q as [number, number] }
  }

  it('moves to another stage at a position, closing one history row and opening the next', () => {
    const { core, ids, q } = board()
    const [a, b, c, d] = ids
    core.clock.advance(2 * DAY)
    const moved = core.ok('deals.move', { id: b, stageId: STAGE.quote, position: 1 })
    expect(moved).toMatchObject({
      stageId: STAGE.quote,
      position: 1,
      stageEnteredAt: NOW + 2 * DAY,
    })
    expect(moved.history.map((h) => [h.stageName, h.enteredAt, h.leftAt, h.days])).toEqual([
      ['初步接洽', NOW, NOW + 2 * DAY, 2],
      ['方案报价', NOW + 2 * DAY, null, 0],
    ])
    expect(boardOrder(core, STAGE.lead)).toEqual([a, c, d])
    expect(boardOrder(core, STAGE.quote)).toEqual([q[0], b, q[1]])
    // Default position: the end; beyond the end: the end.
    core.ok('deals.move', { id: a, stageId: STAGE.quote })
    core.ok('deals.move', { id: c, stageId: STAGE.quote, position: 999 })
    expect(boardOrder(core, STAGE.quote)).toEqual([q[0], b, q[1], a, c])
    expect(boardOrder(core, STAGE.lead)).toEqual([d])
    // An empty stage takes the deal at 0.
    expect(core.ok('deals.move', { id: d, stageId: STAGE.negotiation, position: 5 }).position).toBe(
      0,
    )
    expect(boardOrder(core, STAGE.lead)).toEqual([])
    const audit = readRows<{ changes: string }>(
      core.dataDir,
      "SELECT changes FROM audit_log WHERE entity = 'deal' AND action = 'move' AND entity_id = ?",
      b,
    )
    expect(audit.map((r) => JSON.parse(r.changes) as unknown)).toEqual([
      { stage: { before: '初步接洽', after: '方案报价' } },
    ])
    expectInvariants(core.dataDir)
    core.close()
  })

  it('reorders within a stage without a history row; the same place is a no-op', () => {
    const { core, ids } = board()
    const [a, b, c, d] = ids
    const history = () => readRows(core.dataDir, 'SELECT * FROM deal_stage_history')
    const before = history()
    core.ok('deals.move', { id: d, stageId: STAGE.lead, position: 0 })
    expect(boardOrder(core, STAGE.lead)).toEqual([d, a, b, c])
    core.ok('deals.move', { id: d, stageId: STAGE.lead, position: 2 })
    expect(boardOrder(core, STAGE.lead)).toEqual([a, b, d, c])
    core.ok('deals.move', { id: a, stageId: STAGE.lead })
    expect(boardOrder(core, STAGE.lead)).toEqual([b, d, c, a])
    core.ok('deals.move', { id: b, stageId: STAGE.lead, position: 100 })
    expect(boardOrder(core, STAGE.lead)).toEqual([d, c, a, b])
    expect(history()).toEqual(before)
    core.clock.advance(5_000)
    const snapshot = readRows(core.dataDir, 'SELECT * FROM deals ORDER BY id')
    const same = core.ok('deals.move', { id: c, stageId: STAGE.lead, position: 1 })
    expect(same.history).toHaveLength(1)
    expect(readRows(core.dataDir, 'SELECT * FROM deals ORDER BY id')).toEqual(snapshot)
    expectInvariants(core.dataDir)
    core.close()
  })

  it('refuses moves to unknown, removed or closed stages, of closed, deleted or unknown deals', () => {
    const { core, ids } = board()
    const [a, b, c] = ids
    core.ok('pipeline.removeStage', { id: STAGE.needs })
    core.ok('deals.close', { id: b, outcome: 'won' })
    core.ok('deals.delete', { id: c })
    expectRefused(core, 'deals.move', { id: a, stageId: 99 }, 'VALIDATION', 'errors.unknownStage')
    expectRefused(
      core,
      'deals.move',
      { id: a, stageId: STAGE.needs },
      'VALIDATION',
      'errors.unknownStage',
    )
    expectRefused(
      core,
      'deals.move',
      { id: a, stageId: STAGE.won },
      'VALIDATION',
      'errors.stageNotOpen',
    )
    expectRefused(
      core,
      'deals.move',
      { id: a, stageId: STAGE.lost, position: 0 },
      'VALIDATION',
      'errors.stageNotOpen',
    )
    expectRefused(
      core,
      'deals.move',
      { id: b, stageId: STAGE.lead },
      'VALIDATION',
      'errors.dealClosed',
    )
    expectRefused(
      core,
      'deals.move',
      { id: c, stageId: STAGE.lead },
      'CONFLICT',
      'errors.dealDeleted',
    )
    expectRefused(core, 'deals.move', { id: 99, stageId: STAGE.lead }, 'NOT_FOUND')
    expectRefused(core, 'deals.move', { id: a, stageId: STAGE.lead, position: -1 }, 'VALIDATION')
    expectRefused(core, 'deals.move', { id: a }, 'VALIDATION', 'errors.required')
    core.close()
  })
})

describe('deals: close, reopen, delete, restore', () => {
  it('wins a deal: won stage, closed today, off the board; the customer becomes 成交 once', () => {
    const core = openTestCore()
    const c = withCustomer(core, '杭州鑫源贸易有限公司', 'prospect')
    const [a, b, x] = ['A', 'B', 'X'].map((t) => newDeal(core, c.id, t, 100))
    core.clock.advance(DAY)
    const won = core.ok('deals.close', { id: a!.id, outcome: 'won' })
    expect(won).toMatchObject({
      status: 'won',
      stageId: STAGE.won,
      stageName: '赢单',
      position: null,
      closedDate: '2026-11-24',
      lostReason: null,
      warnings: [],
    })
    expect(won.history.map((h) => [h.stageKind, h.leftAt === null])).toEqual([
      ['open', false],
      ['won', true],
    ])
    expect(boardOrder(core, STAGE.lead)).toEqual([b!.id, x!.id])
    expect(core.ok('customers.get', { id: c.id }).stage).toBe('customer')
    const history = core.ok('customers.history', { id: c.id })
    expect(history.rows[0]).toMatchObject({
      action: 'update',
      changes: { stage: { before: 'prospect', after: 'customer' } },
    })
    // A later won deal does not touch a stage the user set back by hand.
    core.ok('customers.update', { id: c.id, stage: 'lead' })
    core.ok('deals.close', { id: b!.id, outcome: 'won', closedDate: '2026-11-01' })
    expect(core.ok('customers.get', { id: c.id }).stage).toBe('lead')
    expectRefused(
      core,
      'deals.close',
      { id: a!.id, outcome: 'lost', lostReason: '其他' },
      'VALIDATION',
      'errors.dealAlreadyClosed',
    )
    expectRefused(
      core,
      'deals.close',
      { id: a!.id, outcome: 'won' },
      'VALIDATION',
      'errors.dealAlreadyClosed',
    )
    expectInvariants(core.dataDir)
    core.close()
  })

  it('does not change a loyal customer’s stage', () => {
    const core = openTestCore()
    const c = withCustomer(core, '老客户', 'loyal')
    core.ok('deals.close', { id: newDeal(core, c.id, 'A', 1).id, outcome: 'won' })
    expect(core.ok('customers.get', { id: c.id }).stage).toBe('loyal')
    core.close()
  })

  it('loses a deal only with a reason; bad closes change nothing', () => {
    const core = openTestCore()
    const c = withCustomer(core)
    const a = newDeal(core, c.id, 'A', 100)
    expectRefused(
      core,
      'deals.close',
      { id: a.id, outcome: 'lost' },
      'VALIDATION',
      'errors.lostReasonRequired',
    )
    expectRefused(
      core,
      'deals.close',
      { id: a.id, outcome: 'lost', lostReason: '  ' },
      'VALIDATION',
      'errors.required',
    )
    expectRefused(
      core,
      'deals.close',
      { id: a.id, outcome: 'won', lostReason: '价格太高' },
      'VALIDATION',
      'errors.lostReasonWon',
    )
    expectRefused(
      core,
      'deals.close',
      { id: a.id, outcome: 'won', closedDate: '2026-11-24' },
      'VALIDATION',
      'errors.dateInFuture',
    )
    expectRefused(
      core,
      'deals.close',
      { id: a.id, outcome: 'draw' },
      'VALIDATION',
      'errors.invalid_value',
    )
    expectRefused(core, 'deals.close', { id: 99, outcome: 'won' }, 'NOT_FOUND')
    const lost = core.ok('deals.close', {
      id: a.id,
      outcome: 'lost',
      lostReason: '价格太高',
      closedDate: '2026-11-20',
    })
    expect(lost).toMatchObject({
      status: 'lost',
      stageId: STAGE.lost,
      lostReason: '价格太高',
      closedDate: '2026-11-20',
      position: null,
    })
    expect(core.ok('customers.get', { id: c.id }).stage).toBe('lead')
    core.close()
  })

  it('reopens to the stage it was closed from, or the one given, at the end', () => {
    const core = openTestCore()
    const c = withCustomer(core)
    const a = newDeal(core, c.id, 'A', 100, { stageId: STAGE.quote })
    const b = newDeal(core, c.id, 'B', 100, { stageId: STAGE.quote })
    core.ok('deals.close', { id: a.id, outcome: 'lost', lostReason: '预算不足' })
    expectRefused(core, 'deals.reopen', { id: b.id }, 'VALIDATION', 'errors.dealNotClosed')
    expectRefused(
      core,
      'deals.reopen',
      { id: a.id, stageId: STAGE.won },
      'VALIDATION',
      'errors.stageNotOpen',
    )
    expectRefused(
      core,
      'deals.reopen',
      { id: a.id, stageId: 99 },
      'VALIDATION',
      'errors.unknownStage',
    )
    core.clock.advance(DAY)
    const reopened = core.ok('deals.reopen', { id: a.id })
    expect(reopened).toMatchObject({
      status: 'open',
      stageId: STAGE.quote,
      position: 1,
      lostReason: null,
      closedDate: null,
    })
    expect(reopened.history.map((h) => h.stageName)).toEqual(['方案报价', '输单', '方案报价'])
    core.ok('deals.close', { id: a.id, outcome: 'won' })
    expect(core.ok('deals.reopen', { id: a.id, stageId: STAGE.lead })).toMatchObject({
      stageId: STAGE.lead,
      position: 0,
    })
    // Closed from a stage that was removed meanwhile: back to the first open stage.
    core.ok('deals.close', { id: b.id, outcome: 'won' })
    core.ok('pipeline.removeStage', { id: STAGE.quote })
    expect(core.ok('deals.reopen', { id: b.id })).toMatchObject({
      stageId: STAGE.lead,
      position: 1,
    })
    expectInvariants(core.dataDir)
    core.close()
  })

  it('deletes to the recycle bin and restores at the end of its stage', () => {
    const core = openTestCore()
    const c = withCustomer(core)
    const [a, b, x] = ['A', 'B', 'X'].map((t) => newDeal(core, c.id, t, 100))
    expect(core.ok('deals.delete', { id: a!.id })).toBeNull()
    expect(boardOrder(core, STAGE.lead)).toEqual([b!.id, x!.id])
    expect(core.ok('deals.get', { id: a!.id })).toMatchObject({ position: null, deletedAt: NOW })
    expectRefused(core, 'deals.delete', { id: a!.id }, 'CONFLICT', 'errors.alreadyDeleted')
    expectRefused(core, 'deals.restore', { id: b!.id }, 'CONFLICT', 'errors.notDeleted')
    expectRefused(
      core,
      'deals.close',
      { id: a!.id, outcome: 'won' },
      'CONFLICT',
      'errors.dealDeleted',
    )
    expectRefused(core, 'deals.reopen', { id: a!.id }, 'CONFLICT', 'errors.dealDeleted')
    expectRefused(core, 'deals.delete', { id: 99 }, 'NOT_FOUND')
    expect(core.ok('deals.restore', { id: a!.id })).toMatchObject({
      position: 2,
      deletedAt: null,
      stageId: STAGE.lead,
    })
    expect(boardOrder(core, STAGE.lead)).toEqual([b!.id, x!.id, a!.id])
    // A closed deal comes back closed; one whose stage was removed goes to the first open stage.
    core.ok('deals.close', { id: b!.id, outcome: 'won' })
    core.ok('deals.delete', { id: b!.id })
    expect(core.ok('deals.restore', { id: b!.id })).toMatchObject({ status: 'won', position: null })
    const y = newDeal(core, c.id, 'Y', 100, { stageId: STAGE.needs })
    core.ok('deals.delete', { id: y.id })
    core.ok('pipeline.removeStage', { id: STAGE.needs })
    const back = core.ok('deals.restore', { id: y.id })
    expect(back).toMatchObject({ stageId: STAGE.lead, position: 2 })
    expect(back.history.map((h) => h.stageName)).toEqual(['需求确认', '初步接洽'])
    expectInvariants(core.dataDir)
    core.close()
  })
})

describe('deals and customers', () => {
  it('a merge moves the merged customers’ deals to the kept one; undo moves them back', () => {
    const core = openTestCore()
    const keep = withCustomer(core, '上海李四科技有限公司')
    const dup = withCustomer(core, '上海李四科技')
    const mine = newDeal(core, keep.id, '原有商机', 100)
    const theirs = newDeal(core, dup.id, '重复客户的商机', 200)
    const merged = core.ok('customers.merge', { keepId: keep.id, mergeIds: [dup.id] })
    expect(core.ok('deals.get', { id: theirs.id }).customerId).toBe(keep.id)
    expect(core.ok('deals.list', { filter: { customerId: keep.id } }).total).toBe(2)
    core.ok('customers.unmerge', { mergeId: merged.mergeId })
    expect(core.ok('deals.get', { id: theirs.id }).customerId).toBe(dup.id)
    expect(core.ok('deals.get', { id: mine.id }).customerId).toBe(keep.id)
    expectInvariants(core.dataDir)
    core.close()
  })

  it('purging a customer removes its deals and their history; the board stays dense', () => {
    const core = openTestCore()
    const gone = withCustomer(core, '要清除的客户')
    const stays = withCustomer(core, '留下的客户')
    const a = newDeal(core, stays.id, 'A', 1)
    newDeal(core, gone.id, 'G1', 1)
    const b = newDeal(core, stays.id, 'B', 1)
    newDeal(core, gone.id, 'G2', 1)
    const c = newDeal(core, stays.id, 'C', 1)
    core.ok('deals.close', { id: newDeal(core, gone.id, 'G3', 1).id, outcome: 'won' })
    core.ok('customers.delete', { id: gone.id })
    core.ok('customers.purge', { id: gone.id })
    expect(boardOrder(core, STAGE.lead)).toEqual([a.id, b.id, c.id])
    expect(readRows(core.dataDir, 'SELECT count(*) AS n FROM deals')).toEqual([{ n: 3 }])
    expect(readRows(core.dataDir, 'SELECT count(*) AS n FROM deal_stage_history')).toEqual([
      { n: 3 },
    ])
    expectInvariants(core.dataDir)
    core.close()
  })
})

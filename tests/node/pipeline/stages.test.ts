import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import {
  STAGE,
  boardOrder,
  expectInvariants,
  expectRefused,
  readRows,
  newDeal,
  withCustomer,
} from './helpers'

describe('pipeline stages', () => {
  it('lists the default pipeline in Chinese with probabilities and open deal counts', () => {
    const core = openTestCore()
    const c = withCustomer(core)
    newDeal(core, c.id, '年度采购', 100_00)
    const stages = core.ok('pipeline.stages', {})
    expect(stages.map((s) => [s.name, s.kind, s.probability, s.position, s.dealCount])).toEqual([
      ['初步接洽', 'open', 10, 0, 1],
      ['需求确认', 'open', 30, 1, 0],
      ['方案报价', 'open', 50, 2, 0],
      ['谈判', 'open', 70, 3, 0],
      ['赢单', 'won', 100, 4, 0],
      ['输单', 'lost', 0, 5, 0],
    ])
    expect(core.ok('pipeline.stages', null)).toEqual(stages)
    core.close()
  })

  it('creates a stage before another or after the last open one; won and lost stay last', () => {
    const core = openTestCore()
    const visit = core.ok('pipeline.createStage', {
      name: '现场拜访',
      probability: 20,
      staleDays: 10,
      beforeId: STAGE.needs,
    })
    expect(visit).toMatchObject({ name: '现场拜访', kind: 'open', probability: 20, staleDays: 10 })
    const sign = core.ok('pipeline.createStage', { name: '待签约', probability: 90 })
    expect(sign.staleDays).toBeNull()
    const names = core.ok('pipeline.stages', {}).map((s) => `${s.position}:${s.name}`)
    expect(names).toEqual([
      '0:初步接洽',
      '1:现场拜访',
      '2:需求确认',
      '3:方案报价',
      '4:谈判',
      '5:待签约',
      '6:赢单',
      '7:输单',
    ])
    core.close()
  })

  it('refuses a taken name, an unknown or closed beforeId, bad numbers; nothing changes', () => {
    const core = openTestCore()
    expectRefused(
      core,
      'pipeline.createStage',
      { name: '谈判', probability: 50 },
      'CONFLICT',
      'errors.stageNameTaken',
    )
    expectRefused(
      core,
      'pipeline.createStage',
      { name: '新', probability: 50, beforeId: 99 },
      'VALIDATION',
      'errors.unknownStage',
    )
    expectRefused(
      core,
      'pipeline.createStage',
      { name: '新', probability: 50, beforeId: STAGE.won },
      'VALIDATION',
      'errors.stageNotOpen',
    )
    expectRefused(
      core,
      'pipeline.createStage',
      { name: '新', probability: 101 },
      'VALIDATION',
      'errors.too_big.number',
    )
    expectRefused(
      core,
      'pipeline.createStage',
      { name: '  ', probability: 5 },
      'VALIDATION',
      'errors.required',
    )
    expectRefused(
      core,
      'pipeline.createStage',
      { name: '新', probability: 5, staleDays: 0 },
      'VALIDATION',
    )
    core.close()
  })

  it('renames any stage, changes an open stage’s probability and threshold, and keeps won 100 / lost 0', () => {
    const core = openTestCore()
    expect(
      core.ok('pipeline.updateStage', {
        id: STAGE.lead,
        name: '接洽',
        probability: 15,
        staleDays: null,
      }),
    ).toMatchObject({ name: '接洽', probability: 15, staleDays: null })
    expect(
      core.ok('pipeline.updateStage', { id: STAGE.won, name: '成交', probability: 100 }),
    ).toMatchObject({
      name: '成交',
      kind: 'won',
      probability: 100,
    })
    expect(core.ok('pipeline.updateStage', { id: STAGE.lost, name: '丢单' }).probability).toBe(0)
    expectRefused(
      core,
      'pipeline.updateStage',
      { id: STAGE.won, probability: 90 },
      'VALIDATION',
      'errors.closedStageProbability',
    )
    expectRefused(
      core,
      'pipeline.updateStage',
      { id: STAGE.lost, probability: 10 },
      'VALIDATION',
      'errors.closedStageProbability',
    )
    expectRefused(
      core,
      'pipeline.updateStage',
      { id: STAGE.lost, staleDays: 5 },
      'VALIDATION',
      'errors.closedStageStaleDays',
    )
    expectRefused(
      core,
      'pipeline.updateStage',
      { id: STAGE.quote, name: '谈判' },
      'CONFLICT',
      'errors.stageNameTaken',
    )
    expectRefused(core, 'pipeline.updateStage', { id: 77, name: '无' }, 'NOT_FOUND')
    expectRefused(
      core,
      'pipeline.updateStage',
      { id: STAGE.quote, kind: 'won' },
      'VALIDATION',
      'errors.unrecognized_keys',
    )
    // Renaming to its own name is allowed (no conflict with itself).
    expect(core.ok('pipeline.updateStage', { id: STAGE.quote, name: '方案报价' }).name).toBe(
      '方案报价',
    )
    core.close()
  })

  it('reorders the open stages; every open stage exactly once', () => {
    const core = openTestCore()
    const order = [STAGE.negotiation, STAGE.lead, STAGE.quote, STAGE.needs]
    const stages = core.ok('pipeline.reorderStages', { ids: order })
    expect(stages.map((s) => s.id)).toEqual([...order, STAGE.won, STAGE.lost])
    expect(stages.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5])
    const c = withCustomer(core)
    // New deals go to the first open stage, which is now 谈判.
    expect(newDeal(core, c.id, '默认阶段', 1).stageId).toBe(STAGE.negotiation)
    for (const ids of [
      [STAGE.lead, STAGE.needs, STAGE.quote],
      [STAGE.lead, STAGE.needs, STAGE.quote, STAGE.negotiation, STAGE.won],
      [STAGE.lead, STAGE.lead, STAGE.quote, STAGE.negotiation],
      [STAGE.lead, STAGE.needs, STAGE.quote, 99],
    ])
      expectRefused(core, 'pipeline.reorderStages', { ids }, 'VALIDATION', 'errors.stageOrder')
    core.close()
  })

  it('removes an empty stage; one holding deals needs where they go', () => {
    const core = openTestCore()
    expect(core.ok('pipeline.removeStage', { id: STAGE.needs })).toEqual({ moved: 0 })
    expect(core.ok('pipeline.stages', {}).map((s) => s.name)).toEqual([
      '初步接洽',
      '方案报价',
      '谈判',
      '赢单',
      '输单',
    ])
    expect(core.ok('pipeline.stages', {}).map((s) => s.position)).toEqual([0, 1, 2, 3, 4])

    const c = withCustomer(core)
    const a = newDeal(core, c.id, 'A', 100)
    newDeal(core, c.id, 'B', 200)
    expectRefused(
      core,
      'pipeline.removeStage',
      { id: STAGE.lead },
      'VALIDATION',
      'errors.stageHasDeals',
    )
    expectRefused(
      core,
      'pipeline.removeStage',
      { id: STAGE.lead, moveDealsTo: STAGE.lead },
      'VALIDATION',
      'errors.moveDealsToSame',
    )
    expectRefused(
      core,
      'pipeline.removeStage',
      { id: STAGE.lead, moveDealsTo: STAGE.won },
      'VALIDATION',
      'errors.stageNotOpen',
    )
    expectRefused(
      core,
      'pipeline.removeStage',
      { id: STAGE.lead, moveDealsTo: STAGE.needs },
      'VALIDATION',
      'errors.unknownStage',
    )
    expectRefused(
      core,
      'pipeline.removeStage',
      { id: STAGE.lead, moveDealsTo: 99 },
      'VALIDATION',
      'errors.unknownStage',
    )
    expectRefused(
      core,
      'pipeline.removeStage',
      { id: STAGE.won },
      'VALIDATION',
      'errors.stageNotRemovable',
    )
    expectRefused(
      core,
      'pipeline.removeStage',
      { id: STAGE.lost, moveDealsTo: STAGE.lead },
      'VALIDATION',
      'errors.stageNotRemovable',
    )
    expectRefused(core, 'pipeline.removeStage', { id: STAGE.needs }, 'NOT_FOUND')
    expect(core.ok('deals.get', { id: a.id }).stageId).toBe(STAGE.lead)
    core.close()
  })

  it('removal with reassignment appends the deals at the end of the target in their order, with history', () => {
    const core = openTestCore()
    const c = withCustomer(core)
    const [a, b, x] = ['A', 'B', 'X'].map((t) => newDeal(core, c.id, t, 100))
    const y = newDeal(core, c.id, 'Y', 100, { stageId: STAGE.quote })
    core.ok('deals.move', { id: x!.id, stageId: STAGE.quote })
    core.ok('deals.move', { id: b!.id, stageId: STAGE.lead, position: 0 })
    expect(boardOrder(core, STAGE.lead)).toEqual([b!.id, a!.id])
    core.clock.advance(3 * 86_400_000)
    const later = core.clock.now()
    expect(core.ok('pipeline.removeStage', { id: STAGE.lead, moveDealsTo: STAGE.quote })).toEqual({
      moved: 2,
    })
    expect(boardOrder(core, STAGE.quote)).toEqual([y.id, x!.id, b!.id, a!.id])
    const moved = core.ok('deals.get', { id: a!.id })
    expect(moved).toMatchObject({
      stageId: STAGE.quote,
      position: 3,
      stageEnteredAt: later,
      daysInStage: 0,
    })
    expect(moved.history.map((h) => [h.stageName, h.leftAt === null, h.days])).toEqual([
      ['初步接洽', false, 3],
      ['方案报价', true, 0],
    ])
    // The removed stage is gone from the list and the board but still named in history.
    expect(core.ok('pipeline.stages', {}).some((s) => s.id === STAGE.lead)).toBe(false)
    expect(core.ok('deals.board', {}).columns.map((col) => col.stage.name)).toEqual([
      '需求确认',
      '方案报价',
      '谈判',
    ])
    expectInvariants(core.dataDir)
    core.close()
  })

  it('keeps at least one open stage', () => {
    const core = openTestCore()
    for (const id of [STAGE.lead, STAGE.needs, STAGE.quote]) core.ok('pipeline.removeStage', { id })
    expectRefused(
      core,
      'pipeline.removeStage',
      { id: STAGE.negotiation },
      'VALIDATION',
      'errors.lastOpenStage',
    )
    // A name freed by a removed stage can be used again.
    expect(core.ok('pipeline.createStage', { name: '初步接洽', probability: 10 }).position).toBe(1)
    core.close()
  })

  it('records stage changes in the history (audit_log)', () => {
    const core = openTestCore()
    core.ok('pipeline.updateStage', { id: STAGE.lead, probability: 5 })
    core.ok('pipeline.removeStage', { id: STAGE.needs })
    const rows = readRows<{ action: string; changes: string }>(
      core.dataDir,
      "SELECT action, changes FROM audit_log WHERE entity = 'pipelineStage' ORDER BY id",
    )
    expect(rows.map((r) => [r.action, JSON.parse(r.changes) as unknown])).toEqual([
      ['update', { probability: { before: 10, after: 5 } }],
      ['remove', { name: { before: '需求确认' } }],
    ])
    core.close()
  })
})

describe('lost reasons', () => {
  it('has a Chinese default list, stored once edited, repeats dropped, not part of settings.get', () => {
    const core = openTestCore()
    expect(core.ok('pipeline.lostReasons', {})).toEqual([
      '价格太高',
      '选择了竞争对手',
      '需求取消',
      '预算不足',
      '联系不上',
      '其他',
    ])
    expect(
      core.ok('pipeline.setLostReasons', { reasons: ['价格太高', ' 交期太长 ', '价格太高'] }),
    ).toEqual(['价格太高', '交期太长'])
    expect(core.ok('pipeline.lostReasons', null)).toEqual(['价格太高', '交期太长'])
    expect(JSON.stringify(core.ok('settings.get', {}))).not.toContain('交期太长')
    expect(core.ok('pipeline.setLostReasons', { reasons: [] })).toEqual([])
    expectRefused(
      core,
      'pipeline.setLostReasons',
      { reasons: [''] },
      'VALIDATION',
      'errors.required',
    )
    expectRefused(
      core,
      'pipeline.setLostReasons',
      { reasons: ['x'.repeat(51)] },
      'VALIDATION',
      'errors.too_big.string',
    )
    expectRefused(core, 'pipeline.setLostReasons', {}, 'VALIDATION', 'errors.required')
    core.close()
  })
})

describe('pipeline error messages', () => {
  it('every key the pipeline raises is translated in both languages', () => {
    const root = resolve(__dirname, '../../..')
    const sources = [
      'src/shared/api/pipeline.ts',
      ...['stages', 'deals', 'deal-rows', 'deal-list', 'deal-positions'].map(
        (f) => `src/main/core/pipeline/${f}.ts`,
      ),
    ]
    const keys = new Set(
      sources.flatMap((f) =>
        [...readFileSync(join(root, f), 'utf8').matchAll(/'errors\.([\w.]+)'/g)].map((m) => m[1]!),
      ),
    )
    expect(keys.size).toBeGreaterThan(15)
    for (const locale of ['zh-CN', 'en']) {
      const dir = join(root, 'src/renderer/src/locales')
      const trees = [`${locale}.json`, `pipelineErrors.${locale}.json`].map(
        (f) =>
          (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { errors: Record<string, unknown> })
            .errors,
      )
      for (const key of keys)
        expect(
          trees.some((t) => typeof t[key] === 'string'),
          `errors.${key} in ${locale}`,
        ).toBe(true)
    }
  })
})

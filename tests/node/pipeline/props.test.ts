import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openTestCore, type TestCore } from '../helpers'
import { STAGE, expectInvariants } from './helpers'

/**
 * Random sequences of create / move / close / reopen / delete / restore / createStage /
 * removeStage against a plain model of the board: after every step the board equals
 * the model (each open stage's cards exactly in the model's order, positions 0..n-1,
 * no card lost or duplicated), totals and weighted totals equal a plain reference to
 * the 分, refusals are the ones the model predicts; at the end the database's own
 * invariants hold and every deal has one history row per stage it entered.
 */
type Op =
  | { op: 'create'; amount: number; stage: number | null }
  | { op: 'move'; deal: number; stage: number; position: number | null }
  | { op: 'close'; deal: number; won: boolean }
  | { op: 'reopen'; deal: number; stage: number | null }
  | { op: 'delete'; deal: number }
  | { op: 'restore'; deal: number }
  | { op: 'createStage'; probability: number; before: number | null }
  | { op: 'removeStage'; stage: number; target: number | null }

const index = fc.nat({ max: 30 })
const amount = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }),
  fc.integer({ min: 0, max: 1_000_000_000_000 }),
  fc.constantFrom(5, 15, 50, 150, 999_999_999_995),
)
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('create' as const), amount, stage: fc.option(index) }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('move' as const),
      deal: index,
      stage: index,
      position: fc.option(fc.nat({ max: 12 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('close' as const), deal: index, won: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('reopen' as const),
      deal: index,
      stage: fc.option(index),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), deal: index }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restore' as const), deal: index }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('createStage' as const),
      probability: fc.integer({ min: 0, max: 100 }),
      before: fc.option(index),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('removeStage' as const),
      stage: index,
      target: fc.option(index),
    }),
  },
)

interface ModelDeal {
  id: number
  amount: number
  status: 'open' | 'won' | 'lost'
  stage: number
  deleted: boolean
  closedFrom: number | null
  stays: number
}

class Model {
  /** Live open stages in board order, with their probabilities. */
  open: { id: number; probability: number }[] = [
    { id: STAGE.lead, probability: 10 },
    { id: STAGE.needs, probability: 30 },
    { id: STAGE.quote, probability: 50 },
    { id: STAGE.negotiation, probability: 70 },
  ]
  /** Every stage ever made (removed ones too), for picking ids that may be invalid. */
  known: number[] = [1, 2, 3, 4, 5, 6]
  order = new Map<number, number[]>(this.open.map((s) => [s.id, []]))
  deals: ModelDeal[] = []

  isOpen(stage: number): boolean {
    return this.open.some((s) => s.id === stage)
  }
  take(deal: ModelDeal): void {
    const list = this.order.get(deal.stage)!
    list.splice(list.indexOf(deal.id), 1)
  }
  append(deal: ModelDeal, stage: number): void {
    if (deal.stage !== stage) deal.stays += 1
    deal.stage = stage
    this.order.get(stage)!.push(deal.id)
  }
}

const pick = <T>(list: T[], i: number): T | undefined =>
  list.length ? list[i % list.length] : undefined

/** Runs one step on the core and on the model; returns the code the model expects (null: ok). */
function step(core: TestCore, model: Model, op: Op, customerId: number): void {
  const expectCall = (method: string, input: unknown, expected: string | null) => {
    const result = core.call(method, input)
    expect(result.ok ? null : result.error.code, `${method} ${JSON.stringify(input)}`).toBe(
      expected,
    )
    return result
  }
  const deal = 'deal' in op ? pick(model.deals, op.deal) : undefined
  switch (op.op) {
    case 'create': {
      const stage = op.stage === null ? undefined : pick(model.known, op.stage)
      const ok = stage === undefined || model.isOpen(stage)
      const result = expectCall(
        'deals.create',
        {
          customerId,
          title: `商机${model.deals.length}`,
          amountCents: op.amount,
          ...(stage ? { stageId: stage } : {}),
        },
        ok ? null : 'VALIDATION',
      )
      if (!result.ok) return
      const id = (result.value as { id: number }).id
      const target = stage ?? model.open[0]!.id
      const created: ModelDeal = {
        id,
        amount: op.amount,
        status: 'open',
        stage: target,
        deleted: false,
        closedFrom: null,
        stays: 1,
      }
      model.deals.push(created)
      model.order.get(target)!.push(id)
      return
    }
    case 'move': {
      if (!deal) return
      const stage = pick(model.known, op.stage)!
      const input = {
        id: deal.id,
        stageId: stage,
        ...(op.position === null ? {} : { position: op.position }),
      }
      const expected = deal.deleted
        ? 'CONFLICT'
        : deal.status !== 'open' || !model.isOpen(stage)
          ? 'VALIDATION'
          : null
      if (expectCall('deals.move', input, expected).ok) {
        model.take(deal)
        const list = model.order.get(stage)!
        const to = Math.min(op.position ?? list.length, list.length)
        list.splice(to, 0, deal.id)
        if (deal.stage !== stage) deal.stays += 1
        deal.stage = stage
      }
      return
    }
    case 'close': {
      if (!deal) return
      const input = {
        id: deal.id,
        outcome: op.won ? 'won' : 'lost',
        ...(op.won ? {} : { lostReason: '价格太高' }),
      }
      const expected = deal.deleted ? 'CONFLICT' : deal.status !== 'open' ? 'VALIDATION' : null
      if (expectCall('deals.close', input, expected).ok) {
        model.take(deal)
        deal.closedFrom = deal.stage
        deal.status = op.won ? 'won' : 'lost'
        deal.stage = op.won ? STAGE.won : STAGE.lost
        deal.stays += 1
      }
      return
    }
    case 'reopen': {
      if (!deal) return
      const stage = op.stage === null ? undefined : pick(model.known, op.stage)
      const expected = deal.deleted
        ? 'CONFLICT'
        : deal.status === 'open' || (stage !== undefined && !model.isOpen(stage))
          ? 'VALIDATION'
          : null
      if (
        expectCall('deals.reopen', { id: deal.id, ...(stage ? { stageId: stage } : {}) }, expected)
          .ok
      ) {
        deal.status = 'open'
        const target =
          stage ??
          (deal.closedFrom !== null && model.isOpen(deal.closedFrom)
            ? deal.closedFrom
            : model.open[0]!.id)
        model.append(deal, target)
      }
      return
    }
    case 'delete': {
      if (!deal) return
      if (expectCall('deals.delete', { id: deal.id }, deal.deleted ? 'CONFLICT' : null).ok) {
        if (deal.status === 'open') model.take(deal)
        deal.deleted = true
      }
      return
    }
    case 'restore': {
      if (!deal) return
      if (expectCall('deals.restore', { id: deal.id }, deal.deleted ? null : 'CONFLICT').ok) {
        deal.deleted = false
        if (deal.status === 'open')
          model.append(deal, model.isOpen(deal.stage) ? deal.stage : model.open[0]!.id)
      }
      return
    }
    case 'createStage': {
      const before = op.before === null ? undefined : pick(model.known, op.before)
      const ok = before === undefined || model.isOpen(before)
      const name = `阶段${model.known.length + 1}`
      const result = expectCall(
        'pipeline.createStage',
        { name, probability: op.probability, ...(before ? { beforeId: before } : {}) },
        ok ? null : 'VALIDATION',
      )
      if (!result.ok) return
      const id = (result.value as { id: number }).id
      model.known.push(id)
      const at =
        before === undefined ? model.open.length : model.open.findIndex((s) => s.id === before)
      model.open.splice(at, 0, { id, probability: op.probability })
      model.order.set(id, [])
      return
    }
    case 'removeStage': {
      const stage = pick(model.known, op.stage)!
      const target = op.target === null ? undefined : pick(model.known, op.target)
      const removed = !model.isOpen(stage) && stage !== STAGE.won && stage !== STAGE.lost
      const count = model.order.get(stage)?.length ?? 0
      const expected = removed
        ? 'NOT_FOUND'
        : !model.isOpen(stage) || model.open.length === 1
          ? 'VALIDATION'
          : target !== undefined && (target === stage || !model.isOpen(target))
            ? 'VALIDATION'
            : count > 0 && target === undefined
              ? 'VALIDATION'
              : null
      const result = expectCall(
        'pipeline.removeStage',
        { id: stage, ...(target ? { moveDealsTo: target } : {}) },
        expected,
      )
      if (!result.ok) return
      expect(result.value).toEqual({ moved: count })
      for (const id of [...model.order.get(stage)!])
        model.append(
          model.deals.find((d) => d.id === id)!,
          target!,
        )
      model.order.delete(stage)
      model.open = model.open.filter((s) => s.id !== stage)
      return
    }
  }
}

/** A plain reference for the weighted total: quotient and remainder, rounded half up (amounts are ≥ 0). */
function referenceWeighted(total: bigint, probability: number): bigint {
  const product = total * BigInt(probability)
  const remainder = product % 100n
  return product / 100n + (remainder >= 50n ? 1n : 0n)
}

function expectBoardMatches(core: TestCore, model: Model): void {
  const board = core.ok('deals.board', {})
  const amounts = new Map(model.deals.map((d) => [d.id, d.amount]))
  expect(board.columns.map((c) => c.stage.id)).toEqual(model.open.map((s) => s.id))
  let total = 0n
  let weighted = 0n
  for (const column of board.columns) {
    const expected = model.order.get(column.stage.id)!
    expect(column.deals.map((d) => d.id)).toEqual(expected)
    expect(column.deals.map((d) => d.position)).toEqual(expected.map((_, i) => i))
    const sum = expected.reduce((s, id) => s + BigInt(amounts.get(id)!), 0n)
    const probability = model.open.find((s) => s.id === column.stage.id)!.probability
    expect([column.count, column.totalCents, column.weightedCents]).toEqual([
      expected.length,
      Number(sum),
      Number(referenceWeighted(sum, probability)),
    ])
    total += sum
    weighted += referenceWeighted(sum, probability)
  }
  expect([board.totalCents, board.weightedCents]).toEqual([Number(total), Number(weighted)])
}

describe('pipeline under random sequences of operations', () => {
  it('keeps the board equal to the model, dense, complete, with exact totals and history', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => {
        const core = openTestCore()
        try {
          const customer = core.ok('customers.create', { name: '属性测试客户' })
          const model = new Model()
          for (const op of ops) {
            step(core, model, op, customer.id)
            expectBoardMatches(core, model)
          }
          expectInvariants(core.dataDir)
          for (const deal of model.deals) {
            const got = core.ok('deals.get', { id: deal.id })
            expect([got.status, got.stageId, got.deletedAt !== null, got.history.length]).toEqual([
              deal.status,
              deal.stage,
              deal.deleted,
              deal.stays,
            ])
          }
        } finally {
          core.close()
        }
      }),
      { numRuns: 60 },
    )
  })
})

import { describe, expect, it } from 'vitest'
import {
  dropPosition,
  moveDealOnBoard,
  removeDealFromBoard,
  weightedCents,
} from '../../src/renderer/src/features/pipeline/boardCache'
import { moveInOrder, stageOfDroppable } from '../../src/renderer/src/features/pipeline/boardDrag'
import {
  parsePipelineParams,
  toBoardInput,
  toDealListInput,
  writePipelineParams,
} from '../../src/renderer/src/features/pipeline/pipelineParams'
import {
  dealToValues,
  newDealValues,
  toCreateInput,
  toUpdatePatch,
} from '../../src/renderer/src/features/pipeline/dealFormValues'
import { board, deal } from './pipelineFixtures'

describe('board cache edits', () => {
  it('weighs like the core: half a 分 rounds up, exact on large sums', () => {
    expect(weightedCents(1_234_550, 10)).toBe(123_455)
    expect(weightedCents(5, 10)).toBe(1) // 0.5 分 → 1
    expect(weightedCents(4, 10)).toBe(0)
    expect(weightedCents(1_000_000_000_000, 70)).toBe(700_000_000_000)
    expect(weightedCents(333, 50)).toBe(167)
  })

  it('moves a card between columns with dense positions and exact totals, and removes one', () => {
    const start = board([
      deal(1, 'A', 1, { amountCents: 333, warnings: ['stale', 'overdue'], daysInStage: 40 }),
      deal(2, 'B', 1, { amountCents: 100 }),
      deal(3, 'C', 4, { amountCents: 1 }),
    ])
    const moved = moveDealOnBoard(start, 1, 4, 0)
    const [first, , , fourth] = moved.columns
    expect(first!.deals.map((d) => [d.id, d.position])).toEqual([[2, 0]])
    expect(fourth!.deals.map((d) => [d.id, d.position])).toEqual([
      [1, 0],
      [3, 1],
    ])
    expect(fourth!.deals[0]).toMatchObject({
      stageName: '谈判',
      daysInStage: 0,
      warnings: ['overdue'],
    })
    expect([first!.count, first!.totalCents, first!.weightedCents]).toEqual([1, 100, 10])
    expect([fourth!.count, fourth!.totalCents, fourth!.weightedCents]).toEqual([2, 334, 234])
    expect([moved.count, moved.totalCents, moved.weightedCents]).toEqual([3, 434, 244])
    expect(start.columns[0]!.deals).toHaveLength(2) // the original is untouched

    const removed = removeDealFromBoard(moved, 3)
    expect([removed.count, removed.totalCents]).toEqual([2, 433])
    expect(removed.columns[3]!.deals.map((d) => d.id)).toEqual([1])
  })

  it('keeps the real positions of a filtered column, as the core will renumber them', () => {
    const filtered = board([deal(1, 'A', 1), deal(2, 'B', 1), deal(3, 'C', 1)])
    const column = filtered.columns[0]!
    column.deals = column.deals.map((d, i) => ({ ...d, position: [0, 2, 5][i]! }))
    column.count = 3
    const moved = moveDealOnBoard(filtered, 1, 1, 2)
    expect(moved.columns[0]!.deals.map((d) => [d.id, d.position])).toEqual([
      [2, 1],
      [3, 4],
      [1, 5],
    ])
    // The position sent to deals.move for that drop is the same one.
    expect(dropPosition({ stageId: 1, position: 0 }, 1, { position: 5 }, undefined)).toBe(5)
  })

  it('turns a drop between two shown cards into the position deals.move wants', () => {
    const at = (position: number) => ({ position })
    // Down within its stage: the cards behind its old place move up by one.
    expect(dropPosition({ stageId: 1, position: 2 }, 1, at(3), at(4))).toBe(3)
    expect(dropPosition({ stageId: 1, position: 2 }, 1, at(4), undefined)).toBe(4)
    // Up within its stage.
    expect(dropPosition({ stageId: 1, position: 2 }, 1, undefined, at(0))).toBe(0)
    expect(dropPosition({ stageId: 1, position: 5 }, 1, at(1), at(2))).toBe(2)
    // Into another stage: before the card below, or after the card above; the end when empty.
    expect(dropPosition({ stageId: 1, position: 0 }, 2, at(6), at(9))).toBe(9)
    expect(dropPosition({ stageId: 1, position: 0 }, 2, at(6), undefined)).toBe(7)
    expect(dropPosition({ stageId: 1, position: 0 }, 2, undefined, undefined)).toBeUndefined()
  })

  it('keeps the drag draft: a card leaves its column and lands at the index asked', () => {
    const order = { 1: [10, 11], 2: [20] }
    expect(moveInOrder(order, 11, 2, 0)).toEqual({ 1: [10], 2: [11, 20] })
    expect(moveInOrder(order, 10, 2, 99)).toEqual({ 1: [11], 2: [20, 10] })
    expect(stageOfDroppable('column-2', order)).toBe(2)
    expect(stageOfDroppable(11, order)).toBe(1)
    expect(stageOfDroppable('zone-won', order)).toBeNull()
  })
})

describe('pipeline URL state', () => {
  it('reads and writes the view, filters, list state and open deal, dropping nonsense', () => {
    const params = parsePipelineParams(
      new URLSearchParams(
        'view=list&q=%E4%BB%93&owner=3&month=2026-12&min=100000&max=x&status=won&stage=2&sort=amountCents&dir=desc&page=2&deal=12&tab=keep',
      ),
    )
    expect(params).toMatchObject({
      view: 'list',
      q: '仓',
      ownerId: 3,
      closeMonth: '2026-12',
      minAmountCents: 100_000,
      maxAmountCents: null,
      status: 'won',
      stageId: 2,
      sort: { field: 'amountCents', dir: 'desc' },
      page: 2,
      dealId: 12,
    })
    expect(
      parsePipelineParams(new URLSearchParams('month=2026-13&view=grid')).closeMonth,
    ).toBeNull()
    const written = writePipelineParams(new URLSearchParams('tab=keep'), params)
    expect(Object.fromEntries(written)).toEqual({
      tab: 'keep',
      view: 'list',
      q: '仓',
      owner: '3',
      month: '2026-12',
      min: '100000',
      status: 'won',
      stage: '2',
      sort: 'amountCents',
      dir: 'desc',
      page: '2',
      deal: '12',
    })
    expect(toBoardInput(params)).toEqual({
      q: '仓',
      ownerId: 3,
      closeMonth: '2026-12',
      minAmountCents: 100_000,
    })
    expect(toDealListInput(params)).toEqual({
      q: '仓',
      filter: {
        ownerId: 3,
        closeMonth: '2026-12',
        minAmountCents: 100_000,
        status: 'won',
        stageId: 2,
      },
      sort: { field: 'amountCents', dir: 'desc' },
      page: 2,
      pageSize: 50,
    })
  })
})

describe('deal form values', () => {
  it('carries products of interest into deals.create and sends them in an update only when they change', () => {
    const values = { ...newDealValues({ customerId: 7 }, 1), title: '打印机', amount: '12.30' }
    expect(toCreateInput(values)).not.toHaveProperty('productIds')
    expect(toCreateInput({ ...values, productIds: [3, 5] })).toMatchObject({
      customerId: 7,
      amountCents: 1230,
      productIds: [3, 5],
    })
    const saved = deal(9, '打印机', 1, { customerId: 7, amountCents: 1230, productIds: [3, 5] })
    const same = dealToValues(saved)
    expect(same.productIds).toEqual([3, 5])
    expect(toUpdatePatch(saved, same)).toEqual({})
    expect(toUpdatePatch(saved, { ...same, productIds: [5] })).toEqual({ productIds: [5] })
    expect(toUpdatePatch(saved, { ...same, productIds: [] })).toEqual({ productIds: [] })
  })
})

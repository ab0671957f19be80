import { describe, expect, it } from 'vitest'
import type { Result } from '../../../src/shared/api'
import { ok, type Transport } from './transport'
import { snapshotDatabase } from '../helpers'

async function refused(
  transport: Transport,
  method: string,
  input: unknown,
  code: string,
  key: string,
): Promise<void> {
  const before = snapshotDatabase(transport.dataDir)
  const result: Result<unknown> = await transport.call(method, input)
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.error.code).toBe(code)
  expect([result.error.key, ...(result.error.details ?? []).map((d) => d.key)]).toContain(key)
  expect(snapshotDatabase(transport.dataDir)).toBe(before)
}

/** The pipeline's methods (pipeline.*, deals.*) through a transport. */
export function pipelineContractSuite(name: string, open: () => Promise<Transport>): void {
  describe(`pipeline contract through ${name}`, () => {
    it('stages: list, create, update, reorder, remove; lost reasons', async () => {
      const t = await open()
      const stages = await ok(t, 'pipeline.stages', {})
      expect(stages.map((s) => s.kind)).toEqual(['open', 'open', 'open', 'open', 'won', 'lost'])
      const extra = await ok(t, 'pipeline.createStage', {
        name: '样品试用',
        probability: 40,
        beforeId: stages[3]!.id,
      })
      expect(extra).toMatchObject({ position: 3, dealCount: 0, staleDays: null })
      expect(await ok(t, 'pipeline.updateStage', { id: extra.id, staleDays: 7 })).toMatchObject({
        staleDays: 7,
      })
      const ids = [extra.id, ...stages.slice(0, 4).map((s) => s.id)]
      const reordered = await ok(t, 'pipeline.reorderStages', { ids })
      expect(reordered.map((s) => s.id).slice(0, 5)).toEqual(ids)
      expect(await ok(t, 'pipeline.removeStage', { id: extra.id })).toEqual({ moved: 0 })
      expect(await ok(t, 'pipeline.lostReasons', {})).toContain('价格太高')
      expect(await ok(t, 'pipeline.setLostReasons', { reasons: ['太贵', '其他'] })).toEqual([
        '太贵',
        '其他',
      ])
      await refused(
        t,
        'pipeline.removeStage',
        { id: stages[4]!.id },
        'VALIDATION',
        'errors.stageNotRemovable',
      )
      await refused(t, 'pipeline.updateStage', { id: 999 }, 'NOT_FOUND', 'errors.notFound')
      await t.close()
    })

    it('deals: create, get, update, move, close, reopen, delete, restore, list, board', async () => {
      const t = await open()
      const [lead, , quote] = await ok(t, 'pipeline.stages', {})
      const customer = await ok(t, 'customers.create', {
        name: '杭州鑫源贸易有限公司',
      })
      const deal = await ok(t, 'deals.create', {
        customerId: customer.id,
        title: '年度采购',
        amountCents: 1_234_567,
        expectedCloseDate: '2026-12-31',
      })
      expect(deal).toMatchObject({ stageId: lead!.id, position: 0, status: 'open' })
      expect(deal.history).toHaveLength(1)
      expect((await ok(t, 'deals.get', { id: deal.id })).title).toBe('年度采购')
      expect(
        (await ok(t, 'deals.update', { id: deal.id, amountCents: 2_000_001 })).amountCents,
      ).toBe(2_000_001)
      const moved = await ok(t, 'deals.move', { id: deal.id, stageId: quote!.id })
      expect(moved.history.map((h) => h.stageId)).toEqual([lead!.id, quote!.id])
      const board = await ok(t, 'deals.board', {})
      const column = board.columns.find((c) => c.stage.id === quote!.id)!
      expect([column.count, column.totalCents, column.weightedCents]).toEqual([
        1, 2_000_001, 1_000_001,
      ])
      expect(await ok(t, 'deals.board', null)).toEqual(board)
      const listed = await ok(t, 'deals.list', {
        q: '鑫源',
        sort: { field: 'stage', dir: 'asc' },
      })
      expect(listed.rows.map((r) => r.id)).toEqual([deal.id])
      await refused(
        t,
        'deals.close',
        { id: deal.id, outcome: 'lost' },
        'VALIDATION',
        'errors.lostReasonRequired',
      )
      await refused(
        t,
        'deals.create',
        { customerId: customer.id, title: 'x', amountCents: -1 },
        'VALIDATION',
        'errors.too_small.number',
      )
      await refused(
        t,
        'deals.move',
        { id: deal.id, stageId: 999 },
        'VALIDATION',
        'errors.unknownStage',
      )
      const lost = await ok(t, 'deals.close', {
        id: deal.id,
        outcome: 'lost',
        lostReason: '太贵',
      })
      expect(lost).toMatchObject({ status: 'lost', position: null, lostReason: '太贵' })
      await refused(
        t,
        'deals.close',
        { id: deal.id, outcome: 'won' },
        'VALIDATION',
        'errors.dealAlreadyClosed',
      )
      expect(await ok(t, 'deals.reopen', { id: deal.id })).toMatchObject({
        stageId: quote!.id,
        position: 0,
      })
      expect(await ok(t, 'deals.delete', { id: deal.id })).toBeNull()
      await refused(t, 'deals.delete', { id: deal.id }, 'CONFLICT', 'errors.alreadyDeleted')
      expect((await ok(t, 'deals.list', {})).total).toBe(0)
      expect(await ok(t, 'deals.restore', { id: deal.id })).toMatchObject({
        position: 0,
      })
      await refused(t, 'deals.get', { id: 999 }, 'NOT_FOUND', 'errors.notFound')
      await t.close()
    })

    it('concurrent moves keep every stage dense: no shared position, no card lost', async () => {
      const t = await open()
      const stages = (await ok(t, 'pipeline.stages', {})).filter((s) => s.kind === 'open')
      const customer = await ok(t, 'customers.create', { name: '并发客户' })
      const ids: number[] = []
      for (let i = 0; i < 12; i++)
        ids.push(
          (
            await ok(t, 'deals.create', {
              customerId: customer.id,
              title: `商机${i}`,
              amountCents: 100 + i,
            })
          ).id,
        )
      const moves = ids.flatMap((id, i) => [
        { id, stageId: stages[i % stages.length]!.id, position: i % 3 },
        { id, stageId: stages[(i * 7) % stages.length]!.id, position: 0 },
      ])
      const results = await Promise.all(moves.map((m) => t.call('deals.move', m)))
      expect(results.every((r) => r.ok)).toBe(true)
      const board = await ok(t, 'deals.board', {})
      const seen = board.columns.flatMap((c) => c.deals.map((d) => d.id))
      expect([...seen].sort((a, b) => a - b)).toEqual(ids)
      for (const c of board.columns)
        expect(c.deals.map((d) => d.position)).toEqual(c.deals.map((_, i) => i))
      expect(board.totalCents).toBe(ids.reduce((s, _, i) => s + 100 + i, 0))
      await t.close()
    })
  })
}

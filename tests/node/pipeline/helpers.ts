import Database from 'better-sqlite3'
import { join } from 'node:path'
import { expect } from 'vitest'
import { snapshotDatabase, type TestCore } from '../helpers'

/** The default stages of migration 0010, by name. */
export const STAGE = { lead: 1, needs: 2, quote: 3, negotiation: 4, won: 5, lost: 6 } as const

export function withCustomer(core: TestCore, name = '杭州鑫源贸易有限公司', stage = 'lead') {
  return core.ok('customers.create', { name, stage })
}

export function newDeal(
  core: TestCore,
  customerId: number,
  title: string,
  amountCents: number,
  extra: Record<string, unknown> = {},
) {
  return core.ok('deals.create', { customerId, title, amountCents, ...extra })
}

interface Row {
  id: number
  stage_id: number
  position: number | null
  status: string
  deleted_at: number | null
  kind: string
}

/**
 * The board's invariants, read through a second connection: in every open stage the
 * open live deals have positions exactly 0..n-1, closed and deleted deals have none,
 * every live deal has exactly one open history row and it names the deal's stage,
 * and no deal sits in a removed stage or an open deal in a closed one.
 */
export function expectInvariants(dataDir: string): void {
  const db = new Database(join(dataDir, 'kehu.db'), { readonly: true })
  try {
    const deals = db
      .prepare(
        'SELECT d.id, d.stage_id, d.position, d.status, d.deleted_at, s.kind, s.removed_at FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id',
      )
      .all() as (Row & { removed_at: number | null })[]
    const byStage = new Map<number, number[]>()
    for (const d of deals) {
      if (d.status === 'open' && d.deleted_at === null) {
        expect(d.kind, `deal ${d.id} open in a ${d.kind} stage`).toBe('open')
        expect(d.removed_at, `deal ${d.id} in a removed stage`).toBeNull()
        expect(d.position, `deal ${d.id} has no position`).not.toBeNull()
        byStage.set(d.stage_id, [...(byStage.get(d.stage_id) ?? []), d.position!])
      } else {
        expect(d.position, `closed/deleted deal ${d.id} keeps a position`).toBeNull()
        if (d.deleted_at === null) expect(d.kind).toBe(d.status)
      }
    }
    for (const [stage, positions] of byStage) {
      expect(
        [...positions].sort((a, b) => a - b),
        `positions of stage ${stage}`,
      ).toEqual(positions.map((_, i) => i))
    }
    const open = db
      .prepare('SELECT deal_id, stage_id FROM deal_stage_history WHERE left_at IS NULL')
      .all() as { deal_id: number; stage_id: number }[]
    const openByDeal = new Map<number, number[]>()
    for (const h of open)
      openByDeal.set(h.deal_id, [...(openByDeal.get(h.deal_id) ?? []), h.stage_id])
    for (const d of deals) {
      if (d.deleted_at !== null) continue
      expect(openByDeal.get(d.id), `open history rows of deal ${d.id}`).toEqual([d.stage_id])
    }
  } finally {
    db.close()
  }
}

/** Positions of the open deals of a stage, as ids in board order. */
export function boardOrder(core: TestCore, stageId: number): number[] {
  const board = core.ok('deals.board', {})
  return board.columns.find((c) => c.stage.id === stageId)!.deals.map((d) => d.id)
}

/** A call that must fail with `code` (and `key`, when given) and leave every table as it was. */
export function expectRefused(
  core: TestCore,
  method: string,
  input: unknown,
  code: string,
  key?: string,
): void {
  const before = snapshot(core)
  const result = core.call(method, input)
  expect(result.ok, `${method} ${JSON.stringify(input)} should fail`).toBe(false)
  if (result.ok) return
  expect(result.error.code).toBe(code)
  if (key) {
    const keys = [result.error.key, ...(result.error.details ?? []).map((d) => d.key)]
    expect(keys).toContain(key)
  }
  expect(snapshot(core)).toBe(before)
}

function snapshot(core: TestCore): string {
  return snapshotDatabase(core.dataDir)
}

/** Rows of a query, read through a second (read-only) connection. */
export function readRows<T>(dataDir: string, query: string, ...params: unknown[]): T[] {
  const db = new Database(join(dataDir, 'kehu.db'), { readonly: true })
  try {
    return db.prepare(query).all(...params) as T[]
  } finally {
    db.close()
  }
}

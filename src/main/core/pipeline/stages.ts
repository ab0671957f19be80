import type { PipelineStage, StageKind } from '../../../shared/api'
import type { Ctx } from '../context'
import { AppError, invalidField, notFound } from '../errors'
import { diff, recordAudit } from '../db/audit'
import { appendToStage, openCount } from './deal-positions'
import { prepared } from './deal-rows'
import { readSetting, writeSetting } from '../app'

/**
 * The stages of the one pipeline. Live stages are ordered open stages first (0..k-1),
 * then the won stage (k) and the lost stage (k+1); exactly one of each closed kind
 * exists, can be renamed, and keeps its probability (100 / 0). Removing an open stage
 * keeps its row (`removed_at`) so that stage history still names it.
 */
export interface StageRow {
  id: number
  name: string
  kind: StageKind
  probability: number
  position: number
  staleDays: number | null
  removedAt: number | null
}

const STAGE_COLUMNS =
  'id, name, kind, probability, position, stale_days AS staleDays, removed_at AS removedAt'

/** At most this many open stages (the reorder input takes up to 50 ids). */
export const MAX_OPEN_STAGES = 50

export function findStage(ctx: Ctx, id: number): StageRow | undefined {
  return prepared(ctx, `SELECT ${STAGE_COLUMNS} FROM pipeline_stages WHERE id = ?`).get(id) as
    StageRow | undefined
}

/** A stage that exists and was not removed, for the stage methods (NOT_FOUND otherwise). */
function requireStage(ctx: Ctx, id: number): StageRow {
  const row = findStage(ctx, id)
  if (!row || row.removedAt !== null) throw notFound('stage', id)
  return row
}

/** A stage deals may be put in: it exists, was not removed and is open. VALIDATION otherwise. */
export function requireOpenStage(ctx: Ctx, id: number, path = 'stageId'): StageRow {
  const row = findStage(ctx, id)
  if (!row || row.removedAt !== null)
    throw invalidField(path, 'errors.unknownStage', `No stage with id ${id}`, { id })
  if (row.kind !== 'open')
    throw invalidField(
      path,
      'errors.stageNotOpen',
      `${row.name} is a won/lost stage: close the deal instead`,
      { name: row.name },
    )
  return row
}

/** The live open stages in board order. */
export function openStages(ctx: Ctx): StageRow[] {
  return prepared(
    ctx,
    `SELECT ${STAGE_COLUMNS} FROM pipeline_stages WHERE kind = 'open' AND removed_at IS NULL ORDER BY position, id`,
  ).all() as StageRow[]
}

export function firstOpenStage(ctx: Ctx): StageRow {
  const first = openStages(ctx)[0]
  // Removal keeps at least one open stage, so this only fails on a hand-edited database.
  if (!first) throw new Error('The pipeline has no open stage')
  return first
}

/** The one won or lost stage. */
export function closedStage(ctx: Ctx, kind: 'won' | 'lost'): StageRow {
  const row = prepared(
    ctx,
    `SELECT ${STAGE_COLUMNS} FROM pipeline_stages WHERE kind = ? AND removed_at IS NULL`,
  ).get(kind) as StageRow | undefined
  if (!row) throw new Error(`The pipeline has no ${kind} stage`)
  return row
}

export function listStages(ctx: Ctx): PipelineStage[] {
  return prepared(
    ctx,
    `SELECT s.id, s.name, s.probability, s.kind, s.position, s.stale_days AS staleDays,
       (SELECT count(*) FROM deals d WHERE d.stage_id = s.id AND d.status = 'open' AND d.deleted_at IS NULL) AS dealCount
     FROM pipeline_stages s WHERE s.removed_at IS NULL ORDER BY s.position, s.id`,
  ).all() as PipelineStage[]
}

function stageOut(ctx: Ctx, id: number): PipelineStage {
  const found = listStages(ctx).find((s) => s.id === id)
  if (!found) throw notFound('stage', id)
  return found
}

/** Open stages 0..k-1 in the order given, then won, then lost. */
function renumber(ctx: Ctx, openIds: number[]): void {
  const set = prepared(ctx, 'UPDATE pipeline_stages SET position = ? WHERE id = ?')
  openIds.forEach((id, i) => set.run(i, id))
  set.run(openIds.length, closedStage(ctx, 'won').id)
  set.run(openIds.length + 1, closedStage(ctx, 'lost').id)
}

function assertNameFree(ctx: Ctx, name: string, exceptId?: number): void {
  const other = prepared(
    ctx,
    'SELECT id FROM pipeline_stages WHERE name = ? AND removed_at IS NULL AND id != ?',
  ).get(name, exceptId ?? 0)
  if (other)
    throw new AppError('CONFLICT', 'errors.stageNameTaken', `A stage named ${name} exists`, {
      name,
    })
}

function stageFields(row: StageRow): Record<string, unknown> {
  return {
    name: row.name,
    probability: row.probability,
    staleDays: row.staleDays,
    position: row.position,
  }
}

export function createStage(
  ctx: Ctx,
  input: { name: string; probability: number; staleDays?: number | null; beforeId?: number },
): PipelineStage {
  return ctx.db.transaction(() => {
    assertNameFree(ctx, input.name)
    const open = openStages(ctx).map((s) => s.id)
    if (open.length >= MAX_OPEN_STAGES)
      throw new AppError('VALIDATION', 'errors.tooManyStages', 'The pipeline has enough stages', {
        limit: MAX_OPEN_STAGES,
      })
    let at = open.length
    if (input.beforeId !== undefined) {
      requireOpenStage(ctx, input.beforeId, 'beforeId')
      at = open.indexOf(input.beforeId)
    }
    const { lastInsertRowid } = prepared(
      ctx,
      "INSERT INTO pipeline_stages (name, kind, probability, position, stale_days) VALUES (?, 'open', ?, ?, ?)",
    ).run(input.name, input.probability, at, input.staleDays ?? null)
    const id = Number(lastInsertRowid)
    open.splice(at, 0, id)
    renumber(ctx, open)
    recordAudit(ctx, {
      entity: 'pipelineStage',
      entityId: id,
      action: 'create',
      changes: diff({}, stageFields(findStage(ctx, id)!)),
    })
    return stageOut(ctx, id)
  })
}

export function updateStage(
  ctx: Ctx,
  input: { id: number; name?: string; probability?: number; staleDays?: number | null },
): PipelineStage {
  return ctx.db.transaction(() => {
    const before = requireStage(ctx, input.id)
    if (before.kind !== 'open') {
      const fixed = before.kind === 'won' ? 100 : 0
      if (input.probability !== undefined && input.probability !== fixed)
        throw invalidField(
          'probability',
          'errors.closedStageProbability',
          `The ${before.kind} stage's probability is ${fixed}%`,
          { probability: fixed },
        )
      if (input.staleDays != null)
        throw invalidField(
          'staleDays',
          'errors.closedStageStaleDays',
          'Closed deals do not go stale',
        )
    }
    if (input.name !== undefined) assertNameFree(ctx, input.name, before.id)
    prepared(
      ctx,
      'UPDATE pipeline_stages SET name = ?, probability = ?, stale_days = ? WHERE id = ?',
    ).run(
      input.name ?? before.name,
      input.probability ?? before.probability,
      input.staleDays === undefined ? before.staleDays : input.staleDays,
      before.id,
    )
    const changes = diff(stageFields(before), stageFields(findStage(ctx, before.id)!))
    if (Object.keys(changes).length > 0)
      recordAudit(ctx, { entity: 'pipelineStage', entityId: before.id, action: 'update', changes })
    return stageOut(ctx, before.id)
  })
}

export function reorderStages(ctx: Ctx, input: { ids: number[] }): PipelineStage[] {
  return ctx.db.transaction(() => {
    const open = openStages(ctx).map((s) => s.id)
    const given = new Set(input.ids)
    if (
      given.size !== input.ids.length ||
      input.ids.length !== open.length ||
      !open.every((id) => given.has(id))
    )
      throw invalidField(
        'ids',
        'errors.stageOrder',
        'List every open stage exactly once, in the new order',
      )
    renumber(ctx, input.ids)
    recordAudit(ctx, {
      entity: 'pipelineStage',
      entityId: 0,
      action: 'reorder',
      changes: diff({ order: open }, { order: input.ids }),
    })
    return listStages(ctx)
  })
}

/**
 * Removes an open stage. Its open deals go to the end of `moveDealsTo` (in their order),
 * each with a stage history row; without `moveDealsTo` a stage holding open deals stays.
 */
export function removeStage(
  ctx: Ctx,
  input: { id: number; moveDealsTo?: number },
): { moved: number } {
  return ctx.db.transaction(() => {
    const stage = requireStage(ctx, input.id)
    if (stage.kind !== 'open')
      throw new AppError(
        'VALIDATION',
        'errors.stageNotRemovable',
        `${stage.name} is the ${stage.kind} stage; it can be renamed but not removed`,
        { name: stage.name },
      )
    const open = openStages(ctx).map((s) => s.id)
    if (open.length === 1)
      throw new AppError(
        'VALIDATION',
        'errors.lastOpenStage',
        'The pipeline needs at least one open stage',
        { name: stage.name },
      )
    if (input.moveDealsTo !== undefined) {
      if (input.moveDealsTo === stage.id)
        throw invalidField(
          'moveDealsTo',
          'errors.moveDealsToSame',
          'Choose another stage for its deals',
        )
      requireOpenStage(ctx, input.moveDealsTo, 'moveDealsTo')
    }
    const count = openCount(ctx, stage.id)
    if (count > 0 && input.moveDealsTo === undefined)
      throw invalidField(
        'moveDealsTo',
        'errors.stageHasDeals',
        `${stage.name} holds ${count} open deals: choose where they go`,
        { name: stage.name, count },
      )
    const now = ctx.clock.now()
    const ids = prepared(
      ctx,
      "SELECT id FROM deals WHERE stage_id = ? AND status = 'open' AND deleted_at IS NULL ORDER BY position",
    )
      .pluck()
      .all(stage.id) as number[]
    if (input.moveDealsTo !== undefined && ids.length > 0) {
      const target = findStage(ctx, input.moveDealsTo)!
      appendToStage(ctx, ids, target.id, now)
      for (const id of ids)
        recordAudit(ctx, {
          entity: 'deal',
          entityId: id,
          action: 'move',
          changes: { stage: { before: stage.name, after: target.name } },
        })
    }
    prepared(ctx, 'UPDATE pipeline_stages SET removed_at = ? WHERE id = ?').run(now, stage.id)
    renumber(
      ctx,
      open.filter((id) => id !== stage.id),
    )
    recordAudit(ctx, {
      entity: 'pipelineStage',
      entityId: stage.id,
      action: 'remove',
      changes: {
        name: { before: stage.name },
        ...(ids.length > 0 ? { movedDeals: { after: ids.length } } : {}),
      },
    })
    return { moved: ids.length }
  })
}

/** The reasons offered when a deal is lost, until the user edits the list. */
export const DEFAULT_LOST_REASONS = [
  '价格太高',
  '选择了竞争对手',
  '需求取消',
  '预算不足',
  '联系不上',
  '其他',
]
const LOST_REASONS_KEY = 'pipeline.lostReasons'

export function lostReasons(ctx: Ctx): string[] {
  return readSetting(ctx, LOST_REASONS_KEY, DEFAULT_LOST_REASONS)
}

/** Replaces the list (order kept, repeats dropped). */
export function setLostReasons(ctx: Ctx, input: { reasons: string[] }): string[] {
  return ctx.db.transaction(() => {
    const before = lostReasons(ctx)
    const after = [...new Set(input.reasons)]
    writeSetting(ctx, LOST_REASONS_KEY, after)
    const changes = diff({ lostReasons: before }, { lostReasons: after })
    if (Object.keys(changes).length > 0)
      recordAudit(ctx, { entity: 'settings', entityId: 0, action: 'update', changes })
    return after
  })
}

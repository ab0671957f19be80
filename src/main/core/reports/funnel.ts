import type { FunnelReport, FunnelStage, LostReasonFigure } from '../../../shared/api/reports'
import type { Ctx } from '../context'
import { days1, ownerParam, ratio } from './common'
import { rangeMs, type DateRange } from '../../../shared/dates'
import { stmt } from '../db/sql'

/**
 * The funnel report (销售漏斗分析), from the deals and their stage history:
 * - the cohort is the deals created in the range; a deal "reached" an open stage when it
 *   was ever in that stage or a later one (by board order), a won deal reached them all;
 * - conversion is a stage's count over the previous stage's;
 * - win rate, lost reasons and the sales cycle come from the deals closed in the range;
 * - days per stage are the mean of the stays in the stage that ended in the range.
 * Removed stages drop out of the order (their history rows are ignored); a deal only ever
 * in removed stages counts as having reached the first stage.
 */

const DAY_MS = 86_400_000

interface StageRow {
  id: number
  name: string
  kind: 'open' | 'won'
  probability: number
  position: number
}

/**
 * The PC's UTC offset at the range's start: a deal's local day of creation is its instant
 * shifted by it (SQLite's 'localtime' per row costs more than the rest of the query). Where
 * summer time changes within the range, a deal created within the hour around midnight may
 * count its creation a day off in the average cycle.
 */
function utcOffsetMs(range: DateRange): number {
  return -new Date(rangeMs(range).fromMs).getTimezoneOffset() * 60_000
}

/** The owner condition on a deal alias. */
function ownerOf(alias: string, ownerId: number | undefined): string {
  return ownerId === undefined ? '' : `AND ${alias}.owner_id = @ownerId`
}

/** Cohort CTE: deals created in the range with the farthest open stage position they reached. */
export function cohortSql(ownerId: number | undefined): string {
  // MATERIALIZED: computed once, not once per stage of the join below. The deals and the
  // stages they were in come from covering indexes (migration 0017), not from the tables.
  return `WITH cohort AS MATERIALIZED (
      SELECT d.id, d.amount_cents, d.status, d.stage_id,
        CASE WHEN d.status = 'won' THEN 1000000000 ELSE COALESCE((
          SELECT MAX(s.position) FROM deal_stage_history h JOIN pipeline_stages s ON s.id = h.stage_id
          WHERE h.deal_id = d.id AND s.kind = 'open' AND s.removed_at IS NULL),
          (SELECT MIN(position) FROM pipeline_stages WHERE kind = 'open' AND removed_at IS NULL)) END AS reach
      FROM deals d INDEXED BY deals_created_cover
      WHERE d.deleted_at IS NULL AND d.created_at >= @fromMs AND d.created_at < @toMs ${ownerOf('d', ownerId)}
    )`
}

function stagesOf(ctx: Ctx): StageRow[] {
  return stmt(
    ctx,
    `SELECT id, name, kind, probability, position FROM pipeline_stages
     WHERE removed_at IS NULL AND kind != 'lost' ORDER BY kind = 'won', position`,
  ).all() as StageRow[]
}

export function funnelReport(
  ctx: Ctx,
  input: { from: string; to: string; ownerId?: number | undefined },
): FunnelReport {
  const range: DateRange = { from: input.from, to: input.to }
  const { ownerId } = input
  const params = { ...range, ...rangeMs(range), ...ownerParam(ownerId) }
  const stages = stagesOf(ctx)

  const reached = stmt(
    ctx,
    `${cohortSql(ownerId)}
     SELECT s.id AS stageId, COUNT(c.id) AS count, COALESCE(SUM(c.amount_cents), 0) AS amountCents,
       COALESCE(SUM(c.status = 'open' AND c.stage_id = s.id), 0) AS openCount,
       COALESCE(SUM(CASE WHEN c.status = 'open' AND c.stage_id = s.id THEN c.amount_cents END), 0) AS openAmountCents
     FROM pipeline_stages s LEFT JOIN cohort c
       ON (s.kind = 'open' AND c.reach >= s.position) OR (s.kind = 'won' AND c.status = 'won')
     WHERE s.removed_at IS NULL AND s.kind != 'lost' GROUP BY s.id`,
  ).all(params) as {
    stageId: number
    count: number
    amountCents: number
    openCount: number
    openAmountCents: number
  }[]
  const stays = stmt(
    ctx,
    `SELECT h.stage_id AS stageId, AVG((h.left_at - h.entered_at) * 1.0 / ${DAY_MS}) AS averageDays,
       COUNT(*) AS stays
     FROM deal_stage_history h
     WHERE h.left_at >= @fromMs AND h.left_at < @toMs AND +h.deal_id ${
       ownerId === undefined
         ? 'NOT IN (SELECT id FROM deals WHERE deleted_at IS NOT NULL)'
         : 'IN (SELECT id FROM deals WHERE owner_id = @ownerId AND deleted_at IS NULL)'
     }
     GROUP BY h.stage_id`,
  ).all(params) as { stageId: number; averageDays: number; stays: number }[]

  const closed = stmt(
    ctx,
    `SELECT d.status AS status, COUNT(*) AS count, COALESCE(SUM(d.amount_cents), 0) AS amountCents,
       AVG(julianday(d.closed_date) - 2440587.5 - CAST((d.created_at + @offsetMs) / ${DAY_MS} AS INTEGER)) AS days
     FROM deals d
     WHERE d.deleted_at IS NULL AND d.status IN ('won', 'lost')
       AND d.closed_date >= @from AND d.closed_date <= @to ${ownerOf('d', ownerId)}
     GROUP BY d.status`,
  ).all({ ...params, offsetMs: utcOffsetMs(range) }) as {
    status: 'won' | 'lost'
    count: number
    amountCents: number
    days: number
  }[]
  const lostReasons = stmt(
    ctx,
    `SELECT COALESCE(d.lost_reason, '') AS reason, COUNT(*) AS count, SUM(d.amount_cents) AS amountCents
     FROM deals d
     WHERE d.deleted_at IS NULL AND d.status = 'lost'
       AND d.closed_date >= @from AND d.closed_date <= @to ${ownerOf('d', ownerId)}
     GROUP BY 1 ORDER BY count DESC, amountCents DESC, reason`,
  ).all(params) as LostReasonFigure[]

  const byStage = new Map(reached.map((r) => [r.stageId, r]))
  const stayByStage = new Map(stays.map((s) => [s.stageId, s]))
  let previousCount: number | null = null
  const funnel: FunnelStage[] = stages.map((stage) => {
    const r = byStage.get(stage.id)
    const count = r?.count ?? 0
    const stay = stayByStage.get(stage.id)
    const out: FunnelStage = {
      stageId: stage.id,
      name: stage.name,
      kind: stage.kind,
      probability: stage.probability,
      count,
      amountCents: r?.amountCents ?? 0,
      conversion: previousCount === null ? null : ratio(count, previousCount),
      openCount: r?.openCount ?? 0,
      openAmountCents: r?.openAmountCents ?? 0,
      averageDays: stage.kind === 'open' ? days1(stay?.averageDays) : null,
      stays: stage.kind === 'open' ? (stay?.stays ?? 0) : 0,
    }
    previousCount = count
    return out
  })
  const won = closed.find((c) => c.status === 'won')
  const lost = closed.find((c) => c.status === 'lost')
  const wonCount = won?.count ?? 0
  const lostCount = lost?.count ?? 0
  return {
    from: range.from,
    to: range.to,
    ownerId: ownerId ?? null,
    // Every deal of the cohort reached the first stage.
    created: { count: funnel[0]?.count ?? 0, amountCents: funnel[0]?.amountCents ?? 0 },
    stages: funnel,
    won: { count: wonCount, amountCents: won?.amountCents ?? 0 },
    lost: { count: lostCount, amountCents: lost?.amountCents ?? 0 },
    winRate: ratio(wonCount, wonCount + lostCount),
    averageCycleDays: days1(won?.days),
    averageLostDays: days1(lost?.days),
    lostReasons,
  }
}

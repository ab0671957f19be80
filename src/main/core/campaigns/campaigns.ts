import type {
  Campaign,
  CampaignFigures,
  CampaignListResult,
  CampaignOption,
  CampaignTotals,
} from '../../../shared/api'
import type { z } from 'zod'
import type {
  campaignCreateInput,
  campaignListInput,
  campaignUpdateInput,
} from '../../../shared/api/campaigns'
import type { Ctx } from '../context'
import { AppError, invalidField, notFound } from '../errors'
import { diff, recordAudit } from '../db/audit'
import { likePattern, pageOf } from '../db/sql'
import { BINNED_CUSTOMERS } from '../db/sql'
import { stmt } from '../db/sql'

/**
 * Marketing campaigns (市场活动): create, edit, soft delete and restore, the list, and
 * each campaign's figures summed in SQL over the live customers and deals attributed to it
 * (src/shared/api/campaigns.ts states the rules). Names are unique among live campaigns,
 * because imports name a campaign by its name.
 */

type CreateInput = z.output<typeof campaignCreateInput>
type UpdateInput = z.output<typeof campaignUpdateInput>
type ListInput = z.output<typeof campaignListInput>

/**
 * A campaign's figures as columns of a row aliased `c`: each a correlated count or sum that
 * searches customers_campaign_live / deals_campaign_live for the one campaign. A deal whose
 * customer is in the recycle bin goes with it, as on the deals list (back on restore).
 */
const LIVE_DEAL = `d.campaign_id = c.id AND d.deleted_at IS NULL
  AND d.customer_id NOT IN (${BINNED_CUSTOMERS})`

export const FIGURE_COLUMNS = `
  (SELECT COUNT(*) FROM customers cu
     WHERE cu.campaign_id = c.id AND cu.deleted_at IS NULL) AS newCustomers,
  (SELECT COUNT(*) FROM deals d WHERE ${LIVE_DEAL}) AS deals,
  (SELECT COUNT(*) FROM deals d WHERE d.status = 'won' AND ${LIVE_DEAL}) AS wonDeals,
  (SELECT COALESCE(SUM(d.amount_cents), 0) FROM deals d
     WHERE d.status = 'won' AND ${LIVE_DEAL}) AS wonRevenueCents`

export const CAMPAIGN_COLUMNS = `c.id, c.name, c.channel, c.start_date AS startDate,
  c.end_date AS endDate, c.budget_cents AS budgetCents, c.cost_cents AS costCents, c.notes,
  c.created_at AS createdAt, c.updated_at AS updatedAt, c.deleted_at AS deletedAt,
  ${FIGURE_COLUMNS}`

export type CampaignRow = Omit<Campaign, 'costPerNewCustomerCents' | 'roi'>

/** cost ÷ new customers rounded half away from zero to the 分 (both ≥ 0), null with none. */
export function costPerNewCustomer(costCents: number, newCustomers: number): number | null {
  if (newCustomers === 0) return null
  return Math.floor((2 * costCents + newCustomers) / (2 * newCustomers))
}

/** (won revenue − cost) ÷ cost as a fraction; null when nothing was spent. */
export function roiOf(wonRevenueCents: number, costCents: number): number | null {
  return costCents === 0 ? null : (wonRevenueCents - costCents) / costCents
}

/** The derived ratios of summed figures (a campaign's, or a report's totals). */
export function withRatios<T extends Omit<CampaignFigures, 'costPerNewCustomerCents' | 'roi'>>(
  row: T & { costCents: number },
): T & Pick<CampaignFigures, 'costPerNewCustomerCents' | 'roi'> {
  return {
    ...row,
    costPerNewCustomerCents: costPerNewCustomer(row.costCents, row.newCustomers),
    roi: roiOf(row.wonRevenueCents, row.costCents),
  }
}

function findCampaign(ctx: Ctx, id: number): Campaign | undefined {
  const row = stmt(ctx, `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c WHERE c.id = ?`).get(id) as
    CampaignRow | undefined
  return row && withRatios(row)
}

export function getCampaign(ctx: Ctx, id: number): Campaign {
  const found = findCampaign(ctx, id)
  if (!found) throw notFound('campaign', id)
  return found
}

function requireLiveCampaign(ctx: Ctx, id: number): Campaign {
  const found = getCampaign(ctx, id)
  if (found.deletedAt !== null)
    throw new AppError(
      'CONFLICT',
      'errors.campaignDeleted',
      `The campaign ${found.name} is deleted; restore it first`,
      { name: found.name },
    )
  return found
}

function assertNameFree(ctx: Ctx, name: string, exceptId: number | null): void {
  const other = stmt(
    ctx,
    'SELECT id FROM campaigns WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?',
  )
    .pluck()
    .get(name, exceptId) as number | undefined
  if (other !== undefined)
    throw new AppError('CONFLICT', 'errors.campaignNameTaken', `A campaign named ${name} exists`, {
      name,
      id: other,
    })
}

function assertDates(startDate: string, endDate: string | null): void {
  if (endDate !== null && endDate < startDate)
    throw invalidField(
      'endDate',
      'errors.campaignEndBeforeStart',
      `The campaign ends (${endDate}) before it starts (${startDate})`,
      { startDate, endDate },
    )
}

/** '' and null both mean "none". */
const blank = (value: string | null | undefined): string | null | undefined =>
  value === '' ? null : value

/** The fields a campaign's history compares. */
function snapshot(c: Campaign): Record<string, unknown> {
  return {
    name: c.name,
    channel: c.channel,
    startDate: c.startDate,
    endDate: c.endDate,
    budgetCents: c.budgetCents,
    costCents: c.costCents,
    notes: c.notes,
  }
}

export function createCampaign(ctx: Ctx, input: CreateInput): Campaign {
  const id = ctx.sqlite.transaction(() => {
    const endDate = blank(input.endDate) ?? null
    assertDates(input.startDate, endDate)
    assertNameFree(ctx, input.name, null)
    const now = ctx.clock.now()
    const rowId = Number(
      stmt(
        ctx,
        `INSERT INTO campaigns (name, channel, start_date, end_date, budget_cents, cost_cents,
           notes, created_at, updated_at)
         VALUES (@name, @channel, @startDate, @endDate, @budgetCents, @costCents, @notes, @now, @now)`,
      ).run({
        name: input.name,
        channel: input.channel,
        startDate: input.startDate,
        endDate,
        budgetCents: input.budgetCents ?? 0,
        costCents: input.costCents ?? 0,
        notes: blank(input.notes) ?? null,
        now,
      }).lastInsertRowid,
    )
    const created = getCampaign(ctx, rowId)
    const changes = diff({}, snapshot(created))
    for (const change of Object.values(changes)) delete change.before
    recordAudit(ctx, { entity: 'campaign', entityId: rowId, action: 'create', changes })
    return rowId
  })()
  return getCampaign(ctx, id)
}

export function updateCampaign(ctx: Ctx, input: UpdateInput): Campaign {
  ctx.sqlite.transaction(() => {
    const before = requireLiveCampaign(ctx, input.id)
    const next = {
      name: input.name ?? before.name,
      channel: input.channel ?? before.channel,
      startDate: input.startDate ?? before.startDate,
      endDate: input.endDate === undefined ? before.endDate : (blank(input.endDate) ?? null),
      budgetCents: input.budgetCents ?? before.budgetCents,
      costCents: input.costCents ?? before.costCents,
      notes: input.notes === undefined ? before.notes : (blank(input.notes) ?? null),
    }
    assertDates(next.startDate, next.endDate)
    if (next.name !== before.name) assertNameFree(ctx, next.name, before.id)
    const changes = diff(snapshot(before), next)
    if (Object.keys(changes).length === 0) return
    stmt(
      ctx,
      `UPDATE campaigns SET name = @name, channel = @channel, start_date = @startDate,
         end_date = @endDate, budget_cents = @budgetCents, cost_cents = @costCents,
         notes = @notes, updated_at = @now WHERE id = @id`,
    ).run({ ...next, id: before.id, now: ctx.clock.now() })
    recordAudit(ctx, { entity: 'campaign', entityId: before.id, action: 'update', changes })
  })()
  return getCampaign(ctx, input.id)
}

/** To the recycle bin: customers and deals keep their attribution (lists name it 已删除). */
export function deleteCampaign(ctx: Ctx, id: number): null {
  ctx.sqlite.transaction(() => {
    const found = getCampaign(ctx, id)
    if (found.deletedAt !== null)
      throw new AppError('CONFLICT', 'errors.alreadyDeleted', `${found.name} is already deleted`, {
        name: found.name,
      })
    stmt(ctx, 'UPDATE campaigns SET deleted_at = ? WHERE id = ?').run(ctx.clock.now(), id)
    recordAudit(ctx, { entity: 'campaign', entityId: id, action: 'delete' })
  })()
  return null
}

/** Back from the recycle bin, unless a live campaign took its name meanwhile. */
export function restoreCampaign(ctx: Ctx, id: number): Campaign {
  ctx.sqlite.transaction(() => {
    const found = getCampaign(ctx, id)
    if (found.deletedAt === null)
      throw new AppError('CONFLICT', 'errors.notDeleted', `${found.name} is not deleted`, {
        name: found.name,
      })
    assertNameFree(ctx, found.name, id)
    stmt(ctx, 'UPDATE campaigns SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(
      ctx.clock.now(),
      id,
    )
    recordAudit(ctx, { entity: 'campaign', entityId: id, action: 'restore' })
  })()
  return getCampaign(ctx, id)
}

const SORT_SQL: Record<NonNullable<ListInput['sort']>['field'], string> = {
  startDate: 'c.start_date',
  name: 'c.name',
  costCents: 'c.cost_cents',
  updatedAt: 'c.updated_at',
}

/** The WHERE of a list (live campaigns unless `deleted`), with its named parameters. */
export function campaignListWhere(input: ListInput): {
  where: string
  params: Record<string, unknown>
} {
  const filter = input.filter ?? {}
  const conditions = [filter.deleted ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL']
  const params: Record<string, unknown> = {}
  if (filter.channel) {
    conditions.push('c.channel = @channel')
    params.channel = filter.channel
  }
  if (filter.activeOn) {
    conditions.push('c.start_date <= @activeOn AND (c.end_date IS NULL OR c.end_date >= @activeOn)')
    params.activeOn = filter.activeOn
  }
  if (input.q) {
    conditions.push("c.name LIKE @q ESCAPE '\\'")
    params.q = likePattern(input.q)
  }
  return { where: conditions.join(' AND '), params }
}

/**
 * Budget, cost and the figures summed in SQL over the campaigns a WHERE on `c` selects, with
 * the ratios of the sums (the list's foot and the report's totals).
 */
export function campaignTotals(
  ctx: Ctx,
  where: string,
  params: Record<string, unknown>,
): CampaignTotals {
  const sums = stmt(
    ctx,
    `SELECT COALESCE(SUM(budgetCents), 0) AS budgetCents, COALESCE(SUM(costCents), 0) AS costCents,
       COALESCE(SUM(newCustomers), 0) AS newCustomers, COALESCE(SUM(deals), 0) AS deals,
       COALESCE(SUM(wonDeals), 0) AS wonDeals, COALESCE(SUM(wonRevenueCents), 0) AS wonRevenueCents
     FROM (SELECT c.budget_cents AS budgetCents, c.cost_cents AS costCents, ${FIGURE_COLUMNS}
           FROM campaigns c WHERE ${where})`,
  ).get(params) as Omit<CampaignTotals, 'costPerNewCustomerCents' | 'roi'>
  return withRatios(sums)
}

function sumRows(rows: CampaignRow[]): CampaignTotals {
  const sums = {
    budgetCents: 0,
    costCents: 0,
    newCustomers: 0,
    deals: 0,
    wonDeals: 0,
    wonRevenueCents: 0,
  }
  for (const r of rows) {
    sums.budgetCents += r.budgetCents
    sums.costCents += r.costCents
    sums.newCustomers += r.newCustomers
    sums.deals += r.deals
    sums.wonDeals += r.wonDeals
    sums.wonRevenueCents += r.wonRevenueCents
  }
  return withRatios(sums)
}

/** One page of campaigns with their figures; newest start first unless sorted otherwise. */
export function listCampaigns(ctx: Ctx, input: ListInput): CampaignListResult {
  const { where, params } = campaignListWhere(input)
  const sort = input.sort ?? { field: 'startDate', dir: 'desc' }
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC'
  const { limit: pageSize, offset } = pageOf(input)
  const rows = stmt(
    ctx,
    `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c WHERE ${where}
     ORDER BY ${SORT_SQL[sort.field]} ${dir}, c.id ${dir} LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: pageSize, offset }) as CampaignRow[]
  const total = stmt(ctx, `SELECT COUNT(*) FROM campaigns c WHERE ${where}`)
    .pluck()
    .get(params) as number
  // When one page holds every match (the usual case: a business runs dozens of campaigns),
  // the foot is the sum of its rows; otherwise summed in SQL over every match.
  const totals = !input.totals
    ? undefined
    : offset === 0 && rows.length === total
      ? sumRows(rows)
      : campaignTotals(ctx, where, params)
  return { rows: rows.map(withRatios), total, ...(totals ? { totals } : {}) }
}

/** Every campaign by name for pickers and labels: live ones first (newest start first), then deleted. */
export function campaignOptions(ctx: Ctx): CampaignOption[] {
  const rows = stmt(
    ctx,
    `SELECT id, name, channel, start_date AS startDate, end_date AS endDate,
       deleted_at IS NOT NULL AS deleted
     FROM campaigns ORDER BY deleted_at IS NOT NULL, start_date DESC, id DESC`,
  ).all() as (Omit<CampaignOption, 'deleted'> & { deleted: number })[]
  return rows.map((r) => ({ ...r, deleted: r.deleted === 1 }))
}

/**
 * A customer's or deal's campaign: null, the one it already has (even deleted since), or a
 * live campaign; anything else is `errors.campaignUnknown` on `path`.
 */
export function assertCampaignAttributable(
  ctx: Ctx,
  campaignId: number | null | undefined,
  current: number | null = null,
  path = 'campaignId',
): void {
  if (campaignId == null || campaignId === current) return
  const live = stmt(ctx, 'SELECT 1 FROM campaigns WHERE id = ? AND deleted_at IS NULL')
    .pluck()
    .get(campaignId)
  if (live === undefined)
    throw invalidField(path, 'errors.campaignUnknown', `No campaign with id ${campaignId}`, {
      id: campaignId,
    })
}

/** A list filtered by a campaign names one that exists (deleted ones included). */
export function assertCampaignExists(ctx: Ctx, id: number, path = 'filter.campaignId'): void {
  if (stmt(ctx, 'SELECT 1 FROM campaigns WHERE id = ?').pluck().get(id) === undefined)
    throw invalidField(path, 'errors.campaignUnknown', `No campaign with id ${id}`, { id })
}

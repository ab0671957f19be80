import { z } from 'zod'
import {
  calendarDate,
  id,
  listInput,
  noInput,
  optionalDate,
  optionalText,
  type ListResult,
} from './common'
import { method, TOUCHES } from './method'

/**
 * The pipeline (销售漏斗 / 商机看板): stages, deals, the board and stage history.
 * Money is integer 分; a deal's amount is at most ¥10,000,000,000.00.
 */
export const STAGE_KINDS = ['open', 'won', 'lost'] as const
export type StageKind = (typeof STAGE_KINDS)[number]
export const DEAL_STATUSES = ['open', 'won', 'lost'] as const
export type DealStatus = (typeof DEAL_STATUSES)[number]

export const MAX_DEAL_CENTS = 1_000_000_000_000
export const amountCents = z.number().int().min(0).max(MAX_DEAL_CENTS)
/** 'YYYY-MM' — a calendar month (expected close month filter). */
export const calendarMonth = z.string().refine((v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v), {
  message: 'Expected a month YYYY-MM',
  params: { key: 'errors.month' },
})

export interface PipelineStage {
  id: number
  name: string
  /** Percent 0–100 (won 100, lost 0). */
  probability: number
  kind: StageKind
  position: number
  /** A deal longer than this many days in the stage is flagged; null = never. */
  staleDays: number | null
  /** Open deals in the stage (for "where do they go" on removal). */
  dealCount: number
}

const stageName = z.string().trim().min(1).max(30)
const probability = z.number().int().min(0).max(100)
const staleDays = z.number().int().min(1).max(3650).nullable()

export const stageCreateInput = z.strictObject({
  name: stageName,
  probability,
  staleDays: staleDays.optional(),
  /** Insert before this open stage; default: after the last open stage. */
  beforeId: id.optional(),
})
export const stageUpdateInput = z.strictObject({
  id,
  name: stageName.optional(),
  /** Open stages only. */
  probability: probability.optional(),
  staleDays: staleDays.optional(),
})
/** The open stages in their new order (every open stage exactly once). */
export const stageReorderInput = z.strictObject({ ids: z.array(id).min(1).max(50) })
/** Removes an open stage; its open deals move to `moveDealsTo` (required when it holds any). */
export const stageRemoveInput = z.strictObject({ id, moveDealsTo: id.optional() })
export const lostReasonsInput = z.strictObject({
  reasons: z.array(z.string().trim().min(1).max(50)).max(50),
})

export interface Deal {
  id: number
  customerId: number
  customerName: string
  title: string
  amountCents: number
  stageId: number
  stageName: string
  /** 0..n-1 within an open stage; null once closed or deleted. */
  position: number | null
  status: DealStatus
  expectedCloseDate: string | null
  ownerId: number | null
  ownerName: string | null
  productIds: number[]
  /** Source campaign (市场活动); its name, and whether it has been deleted since. */
  campaignId: number | null
  campaignName: string | null
  campaignDeleted: boolean
  activityId: number | null
  notes: string | null
  lostReason: string | null
  closedDate: string | null
  /** ms since epoch the deal entered its current stage. */
  stageEnteredAt: number
  /** Whole days in the current stage as of today. */
  daysInStage: number
  /** 'overdue': expected close date passed while open; 'stale': longer than the stage threshold. */
  warnings: DealWarning[]
  createdAt: number
  updatedAt: number
  deletedAt: number | null
}
export type DealWarning = 'overdue' | 'stale'

/** One stay of a deal in a stage. */
export interface StageHistoryEntry {
  id: number
  stageId: number
  stageName: string
  stageKind: StageKind
  enteredAt: number
  leftAt: number | null
  /** Who moved it; null = the user of this PC. */
  actor: string | null
  /** Whole days spent (to leftAt, or to now while current). */
  days: number
}

export interface DealDetail extends Deal {
  history: StageHistoryEntry[]
}

export interface BoardColumn {
  stage: PipelineStage
  deals: Deal[]
  count: number
  totalCents: number
  /** round half away from zero of totalCents × probability / 100, exact to the 分. */
  weightedCents: number
}

export interface Board {
  columns: BoardColumn[]
  /** Over all columns. */
  count: number
  totalCents: number
  weightedCents: number
  /** The date warnings and days-in-stage were computed for. */
  asOf: string
}

const dealFields = {
  title: z.string().trim().min(1).max(200),
  amountCents,
  expectedCloseDate: optionalDate,
  ownerId: id.nullable().optional(),
  productIds: z.array(id).max(100).optional(),
  campaignId: id.nullable().optional(),
  notes: optionalText(10_000),
}

export const dealCreateInput = z.strictObject({
  customerId: id,
  ...dealFields,
  /** An open stage; default the first open stage. */
  stageId: id.optional(),
  /** The follow-up this deal came out of. */
  activityId: id.optional(),
})
export const dealUpdateInput = z.strictObject({
  id,
  customerId: id.optional(),
  title: dealFields.title.optional(),
  amountCents: amountCents.optional(),
  expectedCloseDate: dealFields.expectedCloseDate,
  ownerId: dealFields.ownerId,
  productIds: dealFields.productIds,
  campaignId: dealFields.campaignId,
  notes: dealFields.notes,
})
/** To an open stage at `position` (default: the end). Won/lost go through deals.close. */
export const dealMoveInput = z.strictObject({
  id,
  stageId: id,
  position: z.number().int().min(0).max(1_000_000).optional(),
})
export const dealCloseInput = z.strictObject({
  id,
  outcome: z.enum(['won', 'lost']),
  /** Required when lost. */
  lostReason: z.string().trim().min(1).max(200).optional(),
  /** Default today. */
  closedDate: calendarDate.optional(),
})
/** A closed deal back to an open stage (default: the stage it was closed from). */
export const dealReopenInput = z.strictObject({ id, stageId: id.optional() })

export const DEAL_SORT_FIELDS = [
  'updatedAt',
  'createdAt',
  'amountCents',
  'expectedCloseDate',
  'closedDate',
  'title',
  'stage',
] as const
export type DealSortField = (typeof DEAL_SORT_FIELDS)[number]

const boardFilterFields = {
  ownerId: id.optional(),
  /** Expected close date in this month. */
  closeMonth: calendarMonth.optional(),
  minAmountCents: amountCents.optional(),
  maxAmountCents: amountCents.optional(),
}
export const dealFilter = z.strictObject({
  ...boardFilterFields,
  customerId: id.optional(),
  stageId: id.optional(),
  /** Attributed to this campaign (市场活动). */
  campaignId: id.optional(),
  status: z.enum(DEAL_STATUSES).optional(),
  /** true lists deleted deals. */
  deleted: z.boolean().optional(),
})
export type DealFilter = z.infer<typeof dealFilter>
export const dealListInput = listInput(dealFilter, [...DEAL_SORT_FIELDS])
export const dealBoardInput = z
  .strictObject({ ...boardFilterFields, q: z.string().trim().max(200).optional() })
  .nullish()

export type DealCreateInput = z.input<typeof dealCreateInput>
export type DealUpdateInput = z.input<typeof dealUpdateInput>
export type DealListInput = z.input<typeof dealListInput>
export type DealBoardInput = z.input<typeof dealBoardInput>

export const pipelineMethods = {
  'pipeline.stages': method<PipelineStage[]>()(noInput),
  'pipeline.createStage': method<PipelineStage>()(stageCreateInput, { touches: TOUCHES.stages }),
  'pipeline.updateStage': method<PipelineStage>()(stageUpdateInput, { touches: TOUCHES.stages }),
  'pipeline.reorderStages': method<PipelineStage[]>()(stageReorderInput, {
    touches: TOUCHES.stages,
  }),
  'pipeline.removeStage': method<{ moved: number }>()(stageRemoveInput, {
    touches: TOUCHES.stages,
  }),
  'pipeline.lostReasons': method<string[]>()(noInput),
  'pipeline.setLostReasons': method<string[]>()(lostReasonsInput, { touches: TOUCHES.stages }),
  'deals.create': method<DealDetail>()(dealCreateInput, { touches: TOUCHES.deal }),
  'deals.get': method<DealDetail>()(z.strictObject({ id })),
  'deals.update': method<DealDetail>()(dealUpdateInput, { touches: TOUCHES.deal }),
  'deals.move': method<DealDetail>()(dealMoveInput, { touches: TOUCHES.deal }),
  'deals.close': method<DealDetail>()(dealCloseInput, { touches: TOUCHES.deal }),
  'deals.reopen': method<DealDetail>()(dealReopenInput, { touches: TOUCHES.deal }),
  'deals.delete': method<null>()(z.strictObject({ id }), { touches: TOUCHES.deal }),
  'deals.restore': method<DealDetail>()(z.strictObject({ id }), { touches: TOUCHES.deal }),
  'deals.list': method<ListResult<Deal>>()(dealListInput),
  'deals.board': method<Board>()(dealBoardInput),
} as const

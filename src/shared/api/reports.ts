import { z } from 'zod'
import { calendarDate, id, type ListResult } from './common'
import { job, method, TOUCHES } from './method'
import { MAX_LEDGER_CENTS } from '../ledger-rules'
import type { AgingAmounts, AgingRow } from './receivables'
import type { FileOutput } from './excel'

/**
 * Reports (统计报表), the dashboard (首页) and sales targets (销售目标).
 *
 * Every report takes a range of calendar dates `from`..`to` (both included, as the user's
 * PC counts days) and an optional owner (负责人). Money is integer 分 and every total is
 * summed in SQL from the rows, never from rounded figures. Rates are fractions (0.125 =
 * 12.5 %), null when the base is 0. What each figure counts:
 * - signed sales (签约额): contracts signed in the range, drafts and deleted drafts left
 *   out; a terminated contract still counts in the month it was signed; the owner is the
 *   contract's owner;
 * - due (应收) / collected: instalments due in the range (a voided instalment only for what
 *   it received); received (回款): payments dated in the range net of their reversals (红冲),
 *   advances (预收款) left out, as in the contract's receivedCents;
 * - funnel: deals created in the range (the cohort) and how far each got; win rate, lost
 *   reasons and the sales cycle from deals closed in the range; days per stage from stays
 *   that ended in the range;
 * - customers: composition of today's live customers; new per month by creation date;
 *   churned per month by the date the stage became 流失; revenue = signed sales; the
 *   owner is the customer's owner.
 */

/** A range of at most 10 years; `from` ≤ `to`. */
const rangeFields = {
  from: calendarDate,
  to: calendarDate,
  ownerId: id.optional(),
}
const MAX_RANGE_DAYS = 3660

function withRange<T extends z.ZodRawShape>(shape: T) {
  return z
    .strictObject({ ...rangeFields, ...shape })
    .refine((v) => ordered(v as DateRangeShape), {
      message: 'The range ends before it starts',
      path: ['to'],
      params: { key: 'errors.rangeOrder' },
    })
    .refine((v) => withinLimit(v as DateRangeShape), {
      message: 'The range is longer than 10 years',
      path: ['to'],
      params: { key: 'errors.rangeTooLong' },
    })
}

interface DateRangeShape {
  from: string
  to: string
}

function ordered(v: DateRangeShape): boolean {
  return v.from <= v.to
}

function withinLimit(v: DateRangeShape): boolean {
  const ms = (date: string) => Date.parse(`${date}T00:00:00Z`)
  return (ms(v.to) - ms(v.from)) / 86_400_000 <= MAX_RANGE_DAYS
}

export const SALES_GROUPS = [
  'month',
  'quarter',
  'year',
  'owner',
  'product',
  'region',
  'grade',
] as const
export type SalesGroup = (typeof SALES_GROUPS)[number]
/** The key of "none" (no owner, no product line, no province, no grade). */
export const NONE_KEY = 'none'

export const reportRangeInput = withRange({})
export const salesReportInput = withRange({ groupBy: z.enum(SALES_GROUPS) })
export type ReportRangeInput = z.input<typeof reportRangeInput>

export interface SalesPoint {
  /** 2026-11 / 2026-Q4 / 2026 / owner id / product id / province / grade, or 'none'. */
  key: string
  /** Owner, product or province name as stored; the key itself for time buckets and grades; '' for none. */
  label: string
  amountCents: number
  /** Contracts (for a product: contracts with a line of it). */
  count: number
  /**
   * Time buckets: the same days one bucket earlier (环比); other groups: the same key in
   * the previous period.
   */
  previousAmountCents: number
  /** The same days one year earlier (同比). */
  lastYearAmountCents: number
  /** Time buckets and owners: the target for the bucket (pro-rated by days), else null. */
  targetCents: number | null
}

export interface PeriodFigure {
  from: string
  to: string
  amountCents: number
  count: number
}

export interface SalesReport {
  from: string
  to: string
  groupBy: SalesGroup
  ownerId: number | null
  series: SalesPoint[]
  total: PeriodFigure
  /** The period before of the same length (whole months when the range is whole months). */
  previous: PeriodFigure
  lastYear: PeriodFigure
  /** The target of the range (the owner's, else the total row, else Σ owners); null when none is set. */
  targetCents: number | null
  /** total / target. */
  completion: number | null
}

export interface ReceivablesMonth {
  /** 'YYYY-MM' */
  month: string
  /** 应收: instalments due in the month (voided ones for what they received). */
  dueCents: number
  /** Of those, received so far. */
  collectedCents: number
  /** 回款: payments dated in the month, net of reversals. */
  receivedCents: number
  /** collected / due. */
  collectionRate: number | null
}

export interface ForecastMonth {
  month: string
  /** Unpaid of open instalments due in the month (this month: from today on). */
  dueCents: number
  instalments: number
}

export interface TopOverdueCustomer {
  customerId: number
  customerName: string
  overdueCents: number
  instalments: number
  maxDaysOverdue: number
}

export interface ReceivablesReport {
  from: string
  to: string
  ownerId: number | null
  /** Aging, forecast and overdue are as of today. */
  asOf: string
  months: ReceivablesMonth[]
  dueCents: number
  collectedCents: number
  receivedCents: number
  collectionRate: number | null
  aging: {
    /** The customers owing most (at most 30), largest first. */
    rows: AgingRow[]
    /** Σ of the customers not listed, so that rows + others = total. */
    others: AgingAmounts & { customers: number }
    total: AgingAmounts
    customers: number
  }
  /** Overdue now, then the next 6 calendar months from this one. */
  forecast: { overdueCents: number; months: ForecastMonth[] }
  topOverdue: TopOverdueCustomer[]
}

export interface FunnelStage {
  stageId: number
  name: string
  kind: 'open' | 'won'
  probability: number
  /** Deals of the cohort that reached the stage (or a later one). */
  count: number
  amountCents: number
  /** count / the previous stage's count (null for the first stage). */
  conversion: number | null
  /** Deals of the cohort in the stage now. */
  openCount: number
  openAmountCents: number
  /** Mean days of the stays in the stage that ended in the range (1 decimal); null when none. */
  averageDays: number | null
  stays: number
}

export interface LostReasonFigure {
  reason: string
  count: number
  amountCents: number
}

export interface FunnelReport {
  from: string
  to: string
  ownerId: number | null
  /** The cohort: deals created in the range. */
  created: { count: number; amountCents: number }
  /** Open stages in board order, then won. */
  stages: FunnelStage[]
  /** Closed in the range. */
  won: { count: number; amountCents: number }
  lost: { count: number; amountCents: number }
  /** won / (won + lost), deals closed in the range. */
  winRate: number | null
  /** Mean days from creation to the won date, deals won in the range (1 decimal). */
  averageCycleDays: number | null
  /** The same for lost deals. */
  averageLostDays: number | null
  lostReasons: LostReasonFigure[]
}

export const COMPOSITION_DIMENSIONS = ['grade', 'stage', 'industry', 'source', 'region'] as const
export type CompositionDimension = (typeof COMPOSITION_DIMENSIONS)[number]

export interface CompositionRow {
  /** The value as stored ('none' when empty, 'others' for the rest after the 10 largest). */
  key: string
  label: string
  count: number
}

export interface NewChurnedMonth {
  month: string
  newCount: number
  churnedCount: number
}

export type AbcClass = 'A' | 'B' | 'C'

export interface TopCustomer {
  customerId: number
  name: string
  grade: string | null
  revenueCents: number
  contracts: number
  /** revenue / total revenue of the range. */
  share: number
  /** Σ share of this customer and every larger one. */
  cumulativeShare: number
  /** A: the customers making up the first 80 % of revenue, B: up to 95 %, C: the rest. */
  abcClass: AbcClass
}

export interface ActivityWeekRow {
  /** Monday of the week. */
  week: string
  /** Per owner of `activity.owners`, same order. */
  counts: number[]
  total: number
}

export interface CustomersReport {
  from: string
  to: string
  ownerId: number | null
  /** Live customers today. */
  customers: number
  composition: Record<CompositionDimension, CompositionRow[]>
  newVsChurned: NewChurnedMonth[]
  newCount: number
  churnedCount: number
  /** The 20 largest by revenue. */
  topCustomers: TopCustomer[]
  abc: Record<AbcClass, { customers: number; revenueCents: number }>
  revenueCents: number
}

/** reports.activity: follow-ups per week and owner (of the customer); `null` owner id = unassigned. */
export interface ActivityReport {
  from: string
  to: string
  ownerId: number | null
  owners: { ownerId: number | null; name: string; total: number }[]
  weeks: ActivityWeekRow[]
  total: number
}

export interface DashboardFigures {
  asOf: string
  /** This calendar month. */
  from: string
  to: string
  signed: { amountCents: number; count: number }
  targetCents: number | null
  completion: number | null
  receivedCents: number
  /** Every open instalment's unpaid amount, and the overdue part (as of today). */
  outstandingCents: number
  overdueCents: number
  newCustomers: number
  won: { count: number; amountCents: number }
  lost: { count: number; amountCents: number }
  /** The last 12 months, this one last. */
  trend: { month: string; amountCents: number; count: number }[]
  aging: AgingAmounts
  /** Open instalments due from today to the end of the reminder window (待回款). */
  dueSoon: { count: number; unpaidCents: number; until: string }
  /** Customers flagged at churn risk and the revenue at stake (客户分析, insight.ts). */
  atRisk: { count: number; atStakeCents: number }
  /** Open after-sales tickets and, among them, complaints (售后). */
  openTickets: { count: number; complaints: number }
}

export const dashboardInput = z.strictObject({ ownerId: id.optional() }).nullish()

/** What a drill-down lists behind one figure of a report. */
export const RECORD_DIMENSIONS = {
  sales: ['all', ...SALES_GROUPS],
  receivables: ['due', 'received', 'forecast', 'aging', 'overdue', 'dueSoon'],
  funnel: ['created', 'stage', 'won', 'lost', 'lostReason'],
  customers: [...COMPOSITION_DIMENSIONS, 'new', 'churned', 'revenue', 'activity'],
} as const
export type RecordReport = keyof typeof RECORD_DIMENSIONS
export const RECORD_REPORTS = Object.keys(RECORD_DIMENSIONS) as RecordReport[]

export const reportRecordsInput = withRange({
  report: z.enum(['sales', 'receivables', 'funnel', 'customers']),
  dimension: z.string().max(20),
  /** The figure's key (month, owner id, stage id, bucket, customer id, reason …); absent = all. */
  key: z.string().max(200).optional(),
  /** customers/activity: the week (Monday) with `key` the owner. */
  week: calendarDate.optional(),
  /** receivables/aging and overdue: one customer's instalments. */
  customerId: id.optional(),
  page: z.number().int().min(1).max(100_000).optional(),
  pageSize: z.number().int().min(1).max(500).optional(),
}).refine((v) => (RECORD_DIMENSIONS[v.report] as readonly string[]).includes(v.dimension), {
  message: 'Not a dimension of this report',
  path: ['dimension'],
  params: { key: 'errors.reportDimension' },
})
export type ReportRecordsInput = z.input<typeof reportRecordsInput>

export type ReportRecordKind =
  'contract' | 'instalment' | 'payment' | 'deal' | 'customer' | 'activity'

/** One record behind a figure, in one shape for every report (the drill-down table). */
export interface ReportRecord {
  kind: ReportRecordKind
  id: number
  customerId: number
  customerName: string
  /** Contract number, deal stage, customer code or follow-up kind. */
  reference: string
  /** Contract or deal title, the follow-up's content, the customer's grade/stage text. */
  title: string
  /** Signed, due, received, created, closed or occurred date. */
  date: string
  /** The amount the figure sums for this record (null for customers and follow-ups). */
  amountCents: number | null
  ownerName: string | null
  /** Contract of an instalment or payment (for a link), else null. */
  contractId: number | null
}

export interface ReportRecords extends ListResult<ReportRecord> {
  /** Σ amountCents over every matching record (not only the page). */
  amountCents: number
}

/** reports.export: the report's tables as an .xlsx workbook (a sheet per table). */
export const reportExportInput = withRange({
  report: z.enum([
    'sales',
    'receivables',
    'funnel',
    'customers',
    'insight',
    'service',
    'campaigns',
  ]),
  /** sales: the grouping of the table (default month). */
  groupBy: z.enum(SALES_GROUPS).optional(),
  /** Sheet titles and headers; default the app's language. */
  locale: z.enum(['zh-CN', 'en']).optional(),
})
export type ReportExportInput = z.output<typeof reportExportInput>

// ───────────────────────────── targets 销售目标 ─────────────────────────────

export const targetCents = z.number().int().min(0).max(MAX_LEDGER_CENTS)
const year = z.number().int().min(2000).max(2100)

export interface TargetRow {
  /** null: the company's own total target. */
  ownerId: number | null
  ownerName: string
  active: boolean
  /** January … December; null = not set. */
  months: (number | null)[]
}

export interface TargetGrid {
  year: number
  /** 'YYYY-MM' of each column. */
  months: string[]
  /** The total row (ownerId null) first, then every owner (inactive ones only with a target). */
  rows: TargetRow[]
  /** Per month: the total row when set, else Σ owners (null when nothing is set). */
  effective: (number | null)[]
}

export const targetsGetInput = z.strictObject({ year })
/** Each given row's 12 months are replaced (null clears a month); other rows stay. */
export const targetsSetInput = z.strictObject({
  year,
  rows: z
    .array(
      z.strictObject({
        ownerId: id.nullable(),
        months: z.array(targetCents.nullable()).length(12),
      }),
    )
    .min(1)
    .max(200),
})
export type TargetsSetInput = z.input<typeof targetsSetInput>

export const reportsMethods = {
  'reports.sales': method<SalesReport>()(salesReportInput),
  'reports.receivables': method<ReceivablesReport>()(reportRangeInput),
  'reports.funnel': method<FunnelReport>()(reportRangeInput),
  'reports.customers': method<CustomersReport>()(reportRangeInput),
  /** Follow-up activity per owner per week (the customer report's last table). */
  'reports.activity': method<ActivityReport>()(reportRangeInput),
  /** The home page's figures for this month, in one call. */
  'reports.dashboard': method<DashboardFigures>()(dashboardInput),
  /** The records behind one figure of a report (drill-down), paged. */
  'reports.records': method<ReportRecords>()(reportRecordsInput),
  'reports.export': job<FileOutput>()(reportExportInput),
  'targets.get': method<TargetGrid>()(targetsGetInput),
  'targets.set': method<TargetGrid>()(targetsSetInput, { touches: TOUCHES.targets }),
} as const

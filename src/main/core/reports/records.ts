import {
  NONE_KEY,
  type CompositionDimension,
  type ReportRecord,
  type ReportRecords,
  type ReportRecordsInput,
  type SalesGroup,
} from '../../../shared/api/reports'
import { addDays } from '../../../shared/dates'
import { today } from '../clock'
import type { Ctx } from '../context'
import { agingBucketWhere, agingParams } from '../ledger'
import { AppError } from '../errors'
import { ledgerDates } from '../ledger'
import { bucketSql, ownerParam, signedWhere } from './common'
import { rangeMs } from '../../../shared/dates'
import { stmt, pageOf } from '../db/sql'
import { CHURNED_AT_SQL, DIMENSION_SQL, OTHERS_KEY, rankedRevenueSql } from './customers'
import { cohortSql } from './funnel'

/**
 * Drill-down (reports.records): the records behind one figure of a report, paged, in one
 * row shape, with the sum of the figure's amount over all of them — so the rows of a
 * drill-down add up to the figure that was clicked. Each case is the report's own WHERE
 * narrowed to the clicked key.
 */

interface Query {
  /** Columns aliased to ReportRecord's fields (amountCents included). */
  select: string
  from: string
  where: string[]
  order: string
  /** An optional WITH … prefix. */
  with?: string
}

type Input = Omit<ReportRecordsInput, 'page' | 'pageSize'>
type Params = Record<string, unknown>

const LOCAL_DATE = (ms: string) => `date(${ms} / 1000, 'unixepoch', 'localtime')`
const UNPAID = '(i.amount_cents - i.received_cents)'

function bad(dimension: string, key: string | undefined): AppError {
  return new AppError('VALIDATION', 'errors.reportKey', `No figure ${dimension}=${key ?? ''}`, {
    dimension,
    key: key ?? '',
  })
}

/** `column = @key`, or IS NULL for the 'none' key. */
function keyEquals(
  column: string,
  key: string | undefined,
  params: Params,
  numeric = false,
): string {
  if (key === undefined) return '1'
  if (key === NONE_KEY) return `${column} IS NULL`
  params.key = numeric ? Number(key) : key
  return `${column} = @key`
}

function contractSelect(amount: string): string {
  return `'contract' AS kind, c.id AS id, c.customer_id AS customerId, cu.name AS customerName,
    c.number AS reference, c.title AS title, c.signed_date AS date, ${amount} AS amountCents,
    o.name AS ownerName, c.id AS contractId`
}
const CONTRACT_FROM = `contracts c JOIN customers cu ON cu.id = c.customer_id LEFT JOIN owners o ON o.id = c.owner_id`

function salesQuery(input: Input, params: Params): Query {
  const dimension = input.dimension as 'all' | SalesGroup
  const where = [signedWhere(input.ownerId)]
  let amount = 'c.total_cents'
  if (dimension === 'month' || dimension === 'quarter' || dimension === 'year')
    where.push(keyEquals(bucketSql('c.signed_date', dimension), input.key, params))
  else if (dimension === 'owner') where.push(keyEquals('c.owner_id', input.key, params, true))
  else if (dimension === 'region')
    where.push(keyEquals("NULLIF(cu.province, '')", input.key, params))
  else if (dimension === 'grade') where.push(keyEquals('cu.grade', input.key, params))
  else if (dimension === 'product') {
    const product = keyEquals('i.product_id', input.key, params, true)
    amount = `(SELECT SUM(i.line_total_cents) FROM contract_items i WHERE i.contract_id = c.id AND ${product})`
    where.push(`EXISTS (SELECT 1 FROM contract_items i WHERE i.contract_id = c.id AND ${product})`)
  }
  return {
    select: contractSelect(amount),
    from: CONTRACT_FROM,
    where,
    order: 'c.signed_date DESC, c.id DESC',
  }
}

function instalmentSelect(amount: string): string {
  return `'instalment' AS kind, i.id AS id, i.customer_id AS customerId, cu.name AS customerName,
    c.number AS reference, c.title || ' · ' || i.seq AS title, i.due_date AS date, ${amount} AS amountCents,
    o.name AS ownerName, c.id AS contractId`
}
const INSTALMENT_FROM = `instalments i JOIN contracts c ON c.id = i.contract_id
  JOIN customers cu ON cu.id = i.customer_id LEFT JOIN owners o ON o.id = c.owner_id`

function receivablesQuery(ctx: Ctx, input: Input, params: Params): Query {
  const owner = input.ownerId === undefined ? '1' : 'c.owner_id = @ownerId'
  const customer = input.customerId === undefined ? '1' : 'i.customer_id = @customerId'
  if (input.customerId !== undefined) params.customerId = input.customerId
  params.asOf = today(ctx.clock)
  const order = 'i.due_date, i.id'
  if (input.dimension === 'due')
    return {
      select: instalmentSelect(
        'CASE WHEN i.voided_at IS NULL THEN i.amount_cents ELSE i.received_cents END',
      ),
      from: INSTALMENT_FROM,
      where: [
        "i.due_date >= @from AND i.due_date <= @to AND c.deleted_at IS NULL AND c.state != 'draft'",
        keyEquals('substr(i.due_date, 1, 7)', input.key, params),
        owner,
        customer,
      ],
      order,
    }
  if (input.dimension === 'received')
    return {
      select: `'payment' AS kind, p.id AS id, p.customer_id AS customerId, cu.name AS customerName,
        c.number AS reference, COALESCE(p.reference, c.title) AS title, p.received_date AS date,
        p.amount_cents AS amountCents, o.name AS ownerName, c.id AS contractId`,
      from: `payments p JOIN contracts c ON c.id = p.contract_id JOIN customers cu ON cu.id = p.customer_id
        LEFT JOIN owners o ON o.id = c.owner_id`,
      where: [
        'p.received_date >= @from AND p.received_date <= @to',
        `(p.kind = 'payment' OR (p.kind = 'reversal' AND (SELECT x.kind FROM payments x WHERE x.id = p.reverses_id) = 'payment'))`,
        keyEquals('substr(p.received_date, 1, 7)', input.key, params),
        owner,
        input.customerId === undefined ? '1' : 'p.customer_id = @customerId',
      ],
      order: 'p.received_date, p.id',
    }
  const where = ['i.open = 1', owner, customer]
  if (input.dimension === 'forecast') {
    if (input.key === 'overdue') where.push('i.due_date < @asOf')
    else where.push('i.due_date >= @asOf', keyEquals('substr(i.due_date, 1, 7)', input.key, params))
  } else if (input.dimension === 'overdue') where.push('i.due_date < @asOf')
  else if (input.dimension === 'dueSoon') {
    // 待回款: from today to the end of the reminder window, as the dashboard counts them.
    params.until = addDays(params.asOf as string, ledgerDates(ctx).reminderWindowDays)
    where.push('i.due_date >= @asOf AND i.due_date <= @until')
  } else if (input.key !== undefined) {
    const bucket =
      input.key === 'overdue' ? 'i.due_date < @asOf' : agingBucketWhere(input.key, 'i.due_date')
    if (!bucket) throw bad(input.dimension, input.key)
    Object.assign(params, agingParams(params.asOf as string))
    where.push(bucket)
  }
  return { select: instalmentSelect(UNPAID), from: INSTALMENT_FROM, where, order }
}

function dealSelect(date: string): string {
  return `'deal' AS kind, d.id AS id, d.customer_id AS customerId, cu.name AS customerName,
    s.name AS reference, d.title AS title, ${date} AS date, d.amount_cents AS amountCents,
    o.name AS ownerName, NULL AS contractId`
}
const DEAL_FROM = `deals d JOIN customers cu ON cu.id = d.customer_id JOIN pipeline_stages s ON s.id = d.stage_id
  LEFT JOIN owners o ON o.id = d.owner_id`

function funnelQuery(ctx: Ctx, input: Input, params: Params): Query {
  Object.assign(params, rangeMs(input))
  if (input.dimension === 'created' || input.dimension === 'stage') {
    const where = ['d.id = co.id']
    if (input.dimension === 'stage') {
      const stage = stmt(ctx, 'SELECT kind, position FROM pipeline_stages WHERE id = ?').get(
        Number(input.key),
      ) as { kind: string; position: number } | undefined
      if (!stage || stage.kind === 'lost') throw bad(input.dimension, input.key)
      params.position = stage.position
      where.push(stage.kind === 'won' ? "co.status = 'won'" : 'co.reach >= @position')
    }
    return {
      with: cohortSql(input.ownerId),
      select: dealSelect(LOCAL_DATE('d.created_at')),
      from: `cohort co JOIN ${DEAL_FROM}`,
      where,
      order: 'd.created_at DESC, d.id DESC',
    }
  }
  const where = [
    'd.deleted_at IS NULL AND d.closed_date >= @from AND d.closed_date <= @to',
    input.ownerId === undefined ? '1' : 'd.owner_id = @ownerId',
  ]
  if (input.dimension === 'won') where.push("d.status = 'won'")
  else {
    where.push("d.status = 'lost'")
    if (input.dimension === 'lostReason') {
      params.reason = input.key ?? ''
      where.push("COALESCE(d.lost_reason, '') = @reason")
    }
  }
  return {
    select: dealSelect('d.closed_date'),
    from: DEAL_FROM,
    where,
    order: 'd.closed_date DESC, d.id DESC',
  }
}

function customerSelect(date: string, amount = 'NULL'): string {
  return `'customer' AS kind, cu.id AS id, cu.id AS customerId, cu.name AS customerName,
    cu.code AS reference, TRIM(COALESCE(cu.province, '') || ' ' || COALESCE(cu.city, '')) AS title,
    ${date} AS date, ${amount} AS amountCents, o.name AS ownerName, NULL AS contractId`
}
const CUSTOMER_FROM = 'customers cu LEFT JOIN owners o ON o.id = cu.owner_id'

function customersQuery(input: Input, params: Params): Query {
  const live = `cu.deleted_at IS NULL${input.ownerId === undefined ? '' : ' AND cu.owner_id = @ownerId'}`
  const ms = rangeMs(input)
  const month = (column: string) =>
    keyEquals(`strftime('%Y-%m', ${column} / 1000, 'unixepoch', 'localtime')`, input.key, params)
  switch (input.dimension) {
    case 'new':
      Object.assign(params, ms)
      return {
        select: customerSelect(LOCAL_DATE('cu.created_at')),
        from: CUSTOMER_FROM,
        where: [live, 'cu.created_at >= @fromMs AND cu.created_at < @toMs', month('cu.created_at')],
        order: 'cu.created_at DESC, cu.id DESC',
      }
    case 'churned':
      Object.assign(params, ms)
      return {
        with: `WITH churn AS (SELECT cu.id, ${CHURNED_AT_SQL} AS at FROM customers cu WHERE ${live} AND cu.stage = 'churned')`,
        select: customerSelect(LOCAL_DATE('ch.at')),
        from: `churn ch JOIN ${CUSTOMER_FROM}`,
        where: ['cu.id = ch.id', 'ch.at >= @fromMs AND ch.at < @toMs', month('ch.at')],
        order: 'ch.at DESC, cu.id DESC',
      }
    case 'revenue':
      if (input.key !== undefined && !['A', 'B', 'C'].includes(input.key))
        throw bad(input.dimension, input.key)
      if (input.key !== undefined) params.key = input.key
      return {
        with: rankedRevenueSql(input.ownerId),
        select: customerSelect(LOCAL_DATE('cu.created_at'), 'k.revenueCents'),
        from: `classed k JOIN ${CUSTOMER_FROM}`,
        where: ['cu.id = k.customerId', input.key === undefined ? '1' : 'k.abcClass = @key'],
        order: 'k.revenueCents DESC, k.customerId',
      }
    case 'activity':
      Object.assign(params, ms)
      if (input.week !== undefined) params.week = input.week
      return {
        select: `'activity' AS kind, a.id AS id, cu.id AS customerId, cu.name AS customerName,
          a.kind AS reference, substr(a.content, 1, 200) AS title, ${LOCAL_DATE('a.occurred_at')} AS date,
          NULL AS amountCents, o.name AS ownerName, NULL AS contractId`,
        from: `activities a JOIN ${CUSTOMER_FROM}`,
        where: [
          'cu.id = a.customer_id',
          live,
          'a.deleted_at IS NULL AND a.occurred_at >= @fromMs AND a.occurred_at < @toMs',
          keyEquals('cu.owner_id', input.key, params, true),
          input.week === undefined
            ? '1'
            : `date(a.occurred_at / 1000, 'unixepoch', 'localtime', '-6 days', 'weekday 1') = @week`,
        ],
        order: 'a.occurred_at DESC, a.id DESC',
      }
    default: {
      const expr = DIMENSION_SQL[input.dimension as CompositionDimension]
      const where = [live]
      if (input.key === OTHERS_KEY)
        where.push(`${expr} IS NOT NULL AND ${expr} NOT IN (SELECT ${expr} FROM customers cu WHERE ${live}
          AND ${expr} IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 10)`)
      else where.push(keyEquals(expr, input.key, params))
      return {
        select: customerSelect(LOCAL_DATE('cu.created_at')),
        from: CUSTOMER_FROM,
        where,
        order: 'cu.name_sort, cu.id',
      }
    }
  }
}

export function reportRecords(ctx: Ctx, input: ReportRecordsInput): ReportRecords {
  const params: Params = { from: input.from, to: input.to, ...ownerParam(input.ownerId) }
  const query =
    input.report === 'sales'
      ? salesQuery(input, params)
      : input.report === 'receivables'
        ? receivablesQuery(ctx, input, params)
        : input.report === 'funnel'
          ? funnelQuery(ctx, input, params)
          : customersQuery(input, params)
  const { limit: pageSize, offset } = pageOf(input)
  const body = `FROM ${query.from} WHERE ${query.where.join(' AND ')}`
  const bind = (sql: string) =>
    Object.fromEntries(Object.entries(params).filter(([key]) => new RegExp(`@${key}\\b`).test(sql)))
  const pageSql = `${query.with ?? ''} SELECT ${query.select} ${body} ORDER BY ${query.order}
    LIMIT ${pageSize} OFFSET ${offset}`
  const rows = stmt(ctx, pageSql).all(bind(pageSql)) as ReportRecord[]
  const totalSql = `${query.with ?? ''} SELECT COUNT(*) AS n, COALESCE(SUM(amountCents), 0) AS amountCents
    FROM (SELECT ${query.select} ${body})`
  const totals = stmt(ctx, totalSql).get(bind(totalSql)) as { n: number; amountCents: number }
  return { rows, total: totals.n, amountCents: totals.amountCents }
}

import { localDate } from '../../../shared/dates'
import type { Ctx } from '../context'
import { DEFAULT_LOST_REASONS } from '../pipeline'

/**
 * Demo deals (商机) for demo customers: Chinese titles, amounts from ¥5,000 to ¥800,000,
 * about 45 % open (spread over the open stages, some overdue or stale), 35 % won and
 * 20 % lost with a reason, each with its stage history over the past months. Won deals
 * go to customers already in the 成交/忠诚 stages, open ones mostly to leads and prospects.
 * Plain prepared INSERTs in the caller's transaction, so a large demo stays fast.
 */
export interface DemoDealCustomer {
  id: number
  stage: string
  ownerId: number | null
  createdAt: number
}

const ITEMS = [
  '办公设备采购',
  '年度维保服务',
  'ERP系统实施',
  '原材料供货',
  '门店装修工程',
  '员工培训项目',
  '服务器扩容',
  '仓储物流外包',
  '广告投放合作',
  '包装材料定制',
  '安防监控改造',
  '云服务续费',
  '生产线自动化改造',
  '年会活动策划',
  '食堂配餐服务',
  '网站改版',
]
const PREFIXES = ['', '', '', '2027年度', '二期', '第三季度', '新厂区', '总部']
const SHARE = { open: 0.45, won: 0.35 }
const DAY = 86_400_000

interface Stage {
  id: number
  kind: string
}

export function insertDemoDeals(
  ctx: Ctx,
  rnd: () => number,
  customers: DemoDealCustomer[],
  count: number,
  now: number,
): number {
  if (count === 0 || customers.length === 0) return 0
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
  const stages = ctx.sqlite
    .prepare('SELECT id, kind FROM pipeline_stages WHERE removed_at IS NULL ORDER BY position, id')
    .all() as Stage[]
  const open = stages.filter((s) => s.kind === 'open').map((s) => s.id)
  const won = stages.find((s) => s.kind === 'won')!.id
  const lost = stages.find((s) => s.kind === 'lost')!.id
  const positions = new Map<number, number>(
    open.map((id) => [
      id,
      ctx.sqlite
        .prepare(
          "SELECT count(*) FROM deals WHERE stage_id = ? AND status = 'open' AND deleted_at IS NULL",
        )
        .pluck()
        .get(id) as number,
    ]),
  )
  const byKind = (stagesOf: string[]) => {
    const found = customers.filter((c) => stagesOf.includes(c.stage))
    return found.length > 0 ? found : customers
  }
  const buyers = byKind(['customer', 'loyal'])
  const prospects = byKind(['lead', 'prospect', 'customer', 'loyal'])
  const insertDeal = ctx.sqlite.prepare(`INSERT INTO deals
    (customer_id, title, amount_cents, stage_id, position, status, expected_close_date, owner_id,
     notes, lost_reason, closed_date, closed_at, stage_entered_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const insertHistory = ctx.sqlite.prepare(
    'INSERT INTO deal_stage_history (deal_id, stage_id, entered_at, left_at) VALUES (?, ?, ?, ?)',
  )
  const openCount = Math.round(count * SHARE.open)
  const wonCount = Math.round(count * SHARE.won)
  for (let i = 0; i < count; i++) {
    const status = i < openCount ? 'open' : i < openCount + wonCount ? 'won' : 'lost'
    const customer = pick(status === 'won' ? buyers : prospects)
    // ¥5,000 – ¥800,000, log-uniform, in whole hundreds of yuan.
    const yuan = Math.exp(Math.log(5_000) + rnd() * Math.log(160))
    const amountCents = Math.max(1, Math.round(yuan / 100)) * 10_000
    // The open stages the deal went through; a closed deal leaves from the last of them.
    const reached = 1 + Math.floor(rnd() * open.length)
    const path = open.slice(0, reached)
    if (status !== 'open') path.push(status === 'won' ? won : lost)
    const age = Math.floor((20 + rnd() * 280) * DAY)
    const createdAt = Math.max(customer.createdAt, now - age)
    // Each stay takes a share of the time since creation; an open deal is still in its last stage.
    const times = [createdAt]
    for (let s = 1; s < path.length; s++) {
      const previous = times[s - 1]!
      times.push(previous + Math.floor((now - previous) * (0.2 + rnd() * 0.5)))
    }
    const entered = times[times.length - 1]!
    const closedDate = status === 'open' ? null : localDate(entered)
    const expected =
      status === 'open'
        ? localDate(now + Math.floor((rnd() * 110 - 20) * DAY))
        : (closedDate as string)
    const stageId = path[path.length - 1]!
    const position = status === 'open' ? positions.get(stageId)! : null
    if (position !== null) positions.set(stageId, position + 1)
    const { lastInsertRowid } = insertDeal.run(
      customer.id,
      `${pick(PREFIXES)}${pick(ITEMS)}`,
      amountCents,
      stageId,
      position,
      status,
      expected,
      customer.ownerId,
      rnd() < 0.15
        ? pick(['客户要求分期付款', '需要先寄样品', '老板亲自跟进', '竞品报价更低'])
        : null,
      status === 'lost' ? pick(DEFAULT_LOST_REASONS) : null,
      closedDate,
      status === 'open' ? null : entered,
      entered,
      createdAt,
      entered,
    )
    const dealId = Number(lastInsertRowid)
    path.forEach((stage, s) => insertHistory.run(dealId, stage, times[s], times[s + 1] ?? null))
  }
  return count
}

import type { ContractCreateInput } from '../../../src/shared/api'
import { NOW, type TestCore } from '../helpers'

/**
 * A small fixed dataset whose report figures are computed by hand in the tests
 * (today is 2026-11-23, NOW of helpers.ts). Amounts in 分:
 *
 * owners 王强 (w), 李娜 (l); customers
 *   A 杭州鑫源 (浙江省, grade A, 制造业, 展会, loyal, owner w, created 2026-09-10)
 *   B 上海永创 (上海市, grade B, owner l, created 2026-11-01 00:00:00 — the first instant of November)
 *   C 个人客户 (no province, no grade, no owner, created 2026-10-31 23:59:59, churned 2026-11-15)
 * products P1 (软件), P2 (服务)
 * contracts (owner = the customer's)
 *   c1 A 2026-11-01  P1 1 × 12,345.67 + P2 2.5 × 1,000.01 (= 2,500.025 → 2,500.03) = 14,845.70
 *                    plan 5,000.00 due 11-01 (paid 11-05) + 9,845.70 due 12-15
 *   c2 B 2026-11-30  P1 1 × 20,000.00 at 12.5 % off = 17,500.00, plan 17,500.00 due 11-30
 *   c3 A 2026-10-31  free line 30,000.00, plan 30,000.00 due 10-31; paid 10,000 on 11-02,
 *                    reversed 11-03, paid 12,000 on 11-10 (18,000 overdue, 23 days)
 *   c4 C 2025-11-15  8,000.00 due 2025-12-15, paid 2025-12-20; advance 100.00 on 2026-11-15
 *   c5 B 2026-11-10  draft 99,999.99 (never counted)
 *   c6 B 2024-02-29  500.00 (a leap day), paid 2024-03-01
 *   c7 C 2026-06-01  6,000.00 due 2026-07-01, unpaid (145 days overdue)
 * deals (stages 初步接洽 s1, 需求确认 s2, 方案报价 s3, 谈判 s4, 赢单, 输单), 10:00 each time
 *   d1 A w 1,000.00 created 11-02 s1 → s2 11-04 → s3 11-09 → won 11-10
 *   d2 B l 2,000.00 created 11-03 s1 → s3 11-06 → lost 11-12 价格太高
 *   d3 C –   500.00 created 11-05 in s2, open
 *   d4 A w   700.00 created 10-20 s1 → s2 11-01 → lost 11-20 预算不足
 * follow-ups: A 2026-11-16 09:00 and 11-22 20:00 (week of 11-16), B 11-23 08:00, B 10-31 12:00
 */
export const at = (y: number, m: number, d: number, h = 10, min = 0, s = 0) =>
  new Date(y, m - 1, d, h, min, s).getTime()

export function buildReportsFixture(core: TestCore) {
  const set = (ms: number) => core.clock.set(ms)
  const w = core.ok('owners.create', { name: '王强' })
  const l = core.ok('owners.create', { name: '李娜' })
  set(at(2026, 9, 10))
  const a = core.ok('customers.create', {
    name: '杭州鑫源贸易有限公司',
    province: '浙江省',
    city: '杭州市',
    grade: 'A',
    industry: '制造业',
    source: '展会',
    stage: 'loyal',
    ownerId: w.id,
  })
  set(at(2026, 10, 31, 23, 59, 59))
  const c = core.ok('customers.create', { name: '张三', type: 'individual', stage: 'prospect' })
  set(at(2026, 11, 1, 0, 0, 0))
  const b = core.ok('customers.create', {
    name: '上海永创科技有限公司',
    province: '上海市',
    grade: 'B',
    stage: 'customer',
    ownerId: l.id,
  })
  set(at(2026, 11, 15))
  core.ok('customers.update', { id: c.id, stage: 'churned' })

  // Deals, each step at its own instant.
  const stages = core.ok('pipeline.stages')
  const [s1, s2, s3] = stages.filter((s) => s.kind === 'open')
  const deal = (
    customerId: number,
    title: string,
    amountCents: number,
    ownerId: number | null,
    stageId: number,
    when: number,
  ) => {
    set(when)
    return core.ok('deals.create', { customerId, title, amountCents, ownerId, stageId })
  }
  const move = (id: number, stageId: number, when: number) => {
    set(when)
    core.ok('deals.move', { id, stageId })
  }
  const close = (id: number, outcome: 'won' | 'lost', when: number, lostReason?: string) => {
    set(when)
    core.ok('deals.close', { id, outcome, ...(lostReason ? { lostReason } : {}) })
  }
  const d4 = deal(a.id, '旧商机', 70_000, w.id, s1!.id, at(2026, 10, 20))
  move(d4.id, s2!.id, at(2026, 11, 1))
  const d1 = deal(a.id, 'ERP 升级', 100_000, w.id, s1!.id, at(2026, 11, 2))
  const d2 = deal(b.id, '门店系统', 200_000, l.id, s1!.id, at(2026, 11, 3))
  move(d1.id, s2!.id, at(2026, 11, 4))
  const d3 = deal(c.id, '个人服务', 50_000, null, s2!.id, at(2026, 11, 5))
  move(d2.id, s3!.id, at(2026, 11, 6))
  move(d1.id, s3!.id, at(2026, 11, 9))
  close(d1.id, 'won', at(2026, 11, 10))
  close(d2.id, 'lost', at(2026, 11, 12), '价格太高')
  close(d4.id, 'lost', at(2026, 11, 20), '预算不足')

  // Follow-ups.
  set(NOW)
  const follow = (customerId: number, occurredAt: number) =>
    core.ok('activities.create', { customerId, kind: 'call', content: '电话回访', occurredAt })
  follow(a.id, at(2026, 11, 16, 9))
  follow(a.id, at(2026, 11, 22, 20))
  follow(b.id, at(2026, 11, 23, 8))
  follow(b.id, at(2026, 10, 31, 12))

  // The ledger.
  const p1 = core.ok('products.create', {
    name: 'ERP 软件',
    sku: 'P1',
    unit: '套',
    priceCents: 1_234_567,
  })
  const p2 = core.ok('products.create', {
    name: '实施服务',
    sku: 'P2',
    unit: '人天',
    priceCents: 100_001,
  })
  const contract = (input: Omit<ContractCreateInput, 'title'> & { title?: string }) =>
    core.ok('contracts.create', { title: '合同', ...input })
  const pay = (contractId: number, receivedDate: string, amountCents: number, asAdvance = false) =>
    core.ok('payments.create', {
      contractId,
      receivedDate,
      amountCents,
      method: 'bank',
      ...(asAdvance ? { asAdvance } : {}),
    })
  const c1 = contract({
    customerId: a.id,
    ownerId: w.id,
    signedDate: '2026-11-01',
    items: [
      { productId: p1.id, description: 'ERP 软件', quantity: 1, unitPriceCents: 1_234_567 },
      { productId: p2.id, description: '实施服务', quantity: 2.5, unitPriceCents: 100_001 },
    ],
    plan: [
      { dueDate: '2026-11-01', amountCents: 500_000 },
      { dueDate: '2026-12-15', amountCents: 984_570 },
    ],
  })
  const c2 = contract({
    customerId: b.id,
    ownerId: l.id,
    signedDate: '2026-11-30',
    items: [
      {
        productId: p1.id,
        description: 'ERP 软件',
        quantity: 1,
        unitPriceCents: 2_000_000,
        discountPercent: 12.5,
      },
    ],
    plan: [{ dueDate: '2026-11-30', amountCents: 1_750_000 }],
  })
  const c3 = contract({
    customerId: a.id,
    ownerId: w.id,
    signedDate: '2026-10-31',
    items: [{ description: '定制开发', quantity: 1, unitPriceCents: 3_000_000 }],
    plan: [{ dueDate: '2026-10-31', amountCents: 3_000_000 }],
  })
  const c4 = contract({
    customerId: c.id,
    signedDate: '2025-11-15',
    items: [{ description: '咨询', quantity: 1, unitPriceCents: 800_000 }],
    plan: [{ dueDate: '2025-12-15', amountCents: 800_000 }],
  })
  contract({
    customerId: b.id,
    ownerId: l.id,
    signedDate: '2026-11-10',
    draft: true,
    items: [{ description: '草稿', quantity: 1, unitPriceCents: 9_999_999 }],
    plan: [{ dueDate: '2026-11-20', amountCents: 9_999_999 }],
  })
  const c6 = contract({
    customerId: b.id,
    ownerId: l.id,
    signedDate: '2024-02-29',
    items: [{ description: '闰日合同', quantity: 1, unitPriceCents: 50_000 }],
    plan: [{ dueDate: '2024-03-01', amountCents: 50_000 }],
  })
  const c7 = contract({
    customerId: c.id,
    signedDate: '2026-06-01',
    items: [{ description: '设备', quantity: 1, unitPriceCents: 600_000 }],
    plan: [{ dueDate: '2026-07-01', amountCents: 600_000 }],
  })
  pay(c1.id, '2026-11-05', 500_000)
  const wrong = pay(c3.id, '2026-11-02', 1_000_000)
  core.ok('payments.reverse', { id: wrong.id, reason: '金额录错', date: '2026-11-03' })
  pay(c3.id, '2026-11-10', 1_200_000)
  pay(c4.id, '2025-12-20', 800_000)
  pay(c4.id, '2026-11-15', 10_000, true)
  pay(c6.id, '2024-03-01', 50_000)
  return { w, l, a, b, c, p1, p2, c1, c2, c3, c4, c6, c7, d1, d2, d3, d4, stages }
}

import { localDate } from '../../../shared/dates'
import { contractNumber, lineTotalCents, splitEvenly } from '../../../shared/ledger-rules'
import { addDays, addMonths } from '../../../shared/dates'
import type { Ctx } from '../context'
import { normaliseQuery } from '../search'
import { nameSortKey, pinyinKeys } from '../pinyin'

/**
 * Demo ledger data for demo.load: products, contracts with plans, payments (full, partial,
 * split, a few reversed), overdue instalments relative to the clock, invoices, a few drafts,
 * terminations and advances. Rows are written with their denormalised sums computed here
 * (the same rules as the services: tests/node/ledger/demo.test.ts recomputes and compares),
 * so a large seed stays fast.
 */

const PRODUCTS: [string, string, string, number, number, string][] = [
  // sku, name, unit, price 分, cost 分, category
  ['ERP-STD', 'ERP 软件许可（标准版）', '套', 2_980_000, 600_000, '软件'],
  ['ERP-PRO', 'ERP 软件许可（专业版）', '套', 5_880_000, 1_200_000, '软件'],
  ['SAAS-STORE', '门店管理 SaaS', '店·年', 360_000, 80_000, '软件'],
  ['SVC-MAINT', '年度维护服务', '年', 680_000, 200_000, '服务'],
  ['SVC-IMPL', '实施服务', '人天', 150_000, 60_000, '服务'],
  ['SVC-TRAIN', '培训服务', '课时', 80_000, 20_000, '服务'],
  ['SVC-DEV', '定制开发', '人天', 200_000, 90_000, '服务'],
  ['SVC-MIGR', '数据迁移', '项', 500_000, 150_000, '服务'],
  ['HW-SRV', '服务器（2U 机架式）', '台', 1_850_000, 1_420_000, '硬件'],
  ['HW-POS', 'POS 收银终端', '台', 328_000, 210_000, '硬件'],
  ['HW-PRN', '条码打印机', '台', 235_000, 150_000, '硬件'],
  ['NET-CABLE', '网络布线', '点', 18_000, 9_000, '工程'],
]
const TITLES = ['信息化建设项目', '年度服务合同', '系统升级项目', '门店数字化改造', '设备采购合同']
const SIGNERS = ['王总', '李经理', '张总', '刘会计', '陈总', '赵主任', '周经理', '孙总']
const METHODS = ['bank', 'bank', 'bank', 'bank', 'wechat', 'alipay', 'cash', 'cheque', 'acceptance']
const PLAN_SIZES = [1, 1, 2, 3, 3, 3, 4, 6, 12]
const DISCOUNTS = [0, 0, 0, 0, 500, 1000, 1250]
const DAY = 86_400_000

export interface DemoLedgerCustomer {
  id: number
  stage: string
  ownerId: number | null
  createdAt: number
}

export interface DemoLedgerResult {
  products: number
  contracts: number
  payments: number
  invoices: number
}

interface DemoItem {
  productId: number | null
  description: string
  quantityMilli: number
  price: number
  bps: number
  total: number
}

interface Inst {
  id: number
  dueDate: string
  amount: number
  received: number
  voided: boolean
}

function ensureProducts(
  ctx: Ctx,
  now: number,
): { id: number; price: number; unit: string; name: string }[] {
  const insert = ctx.sqlite.prepare(
    `INSERT INTO products (name, name_sort, search_text, sku, unit, price_cents, cost_cents, category,
       active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
     ON CONFLICT (sku) WHERE sku IS NOT NULL DO NOTHING`,
  )
  for (const [sku, name, unit, price, cost, category] of PRODUCTS) {
    const { full, initials } = pinyinKeys(name)
    const search = normaliseQuery([name, sku, full, initials].join(' '))
    insert.run(name, nameSortKey(name), search, sku, unit, price, cost, category, now, now)
  }
  const bySku = ctx.sqlite.prepare(
    'SELECT id, price_cents AS price, unit, name FROM products WHERE sku = ?',
  )
  return PRODUCTS.map(
    ([sku]) => bySku.get(sku) as { id: number; price: number; unit: string; name: string },
  )
}

export function insertDemoLedger(
  ctx: Ctx,
  rnd: () => number,
  customers: DemoLedgerCustomer[],
  contractCount: number,
  now: number,
): DemoLedgerResult {
  const products = ensureProducts(ctx, now)
  if (contractCount === 0 || customers.length === 0)
    return { products: products.length, contracts: 0, payments: 0, invoices: 0 }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
  const today = localDate(now)
  const paying = customers.filter((c) => c.stage === 'customer' || c.stage === 'loyal')
  const pool = paying.length > 0 ? paying : customers
  const serials = new Map<string, number>()
  const maxSerial = ctx.sqlite
    .prepare(
      `SELECT MAX(CAST(substr(number, 9) AS INTEGER)) FROM contracts
       WHERE number >= ? AND number < ? AND number GLOB ?`,
    )
    .pluck()
  const nextNumber = (signed: string): string => {
    const year = signed.slice(0, 4)
    const serial =
      (serials.get(year) ??
        (maxSerial.get(`HT-${year}-`, `HT-${year}.`, `HT-${year}-[0-9]*`) as number | null) ??
        0) + 1
    serials.set(year, serial)
    return contractNumber(year, serial)
  }
  let invoiceSerial =
    ((ctx.sqlite.prepare('SELECT MAX(id) FROM invoices').pluck().get() as number | null) ?? 0) +
    44_010_000

  const insertContract = ctx.sqlite.prepare(`INSERT INTO contracts
    (number, title, customer_id, owner_id, signed_by, signed_date, start_date, end_date,
     total_cents, received_cents, advance_cents, invoiced_cents, voided_cents, next_due_date,
     last_due_date, state, terminated_at, terminated_date, termination_reason, notes, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`)
  const insertItem = ctx.sqlite.prepare(`INSERT INTO contract_items
    (contract_id, position, product_id, description, quantity_milli, unit_price_cents, discount_bps, line_total_cents)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
  const insertInst = ctx.sqlite.prepare(`INSERT INTO instalments
    (contract_id, customer_id, seq, due_date, amount_cents, received_cents, voided_at, open)
    VALUES (?, ?, ?, ?, ?, 0, NULL, 0)`)
  const finishInst = ctx.sqlite.prepare(
    'UPDATE instalments SET received_cents = ?, voided_at = ?, open = ? WHERE id = ?',
  )
  const insertPayment = ctx.sqlite.prepare(`INSERT INTO payments
    (contract_id, customer_id, received_date, amount_cents, kind, method, reference, reverses_id, reason, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const markReversed = ctx.sqlite.prepare('UPDATE payments SET reversed_by_id = ? WHERE id = ?')
  const insertAlloc = ctx.sqlite.prepare(
    'INSERT INTO payment_allocations (payment_id, instalment_id, amount_cents) VALUES (?, ?, ?)',
  )
  const finishContract = ctx.sqlite.prepare(
    `UPDATE contracts SET received_cents = ?, advance_cents = ?, invoiced_cents = ?, voided_cents = ?,
       next_due_date = ?, last_due_date = ? WHERE id = ?`,
  )
  const insertInvoice = ctx.sqlite.prepare(`INSERT INTO invoices
    (contract_id, customer_id, number, issued_date, amount_cents, type, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`)

  let paymentTotal = 0
  let invoiceTotal = 0
  for (let n = 0; n < contractCount; n++) {
    const customer = pick(pool)
    const r = rnd()
    const earliest = r < 0.02 ? now - 20 * DAY : Math.max(customer.createdAt, now - 540 * DAY)
    const signedAt = earliest + Math.floor(rnd() * Math.max(1, now - earliest))
    const signed = localDate(signedAt)
    // Items: 1–4 product lines, sometimes a discount, sometimes a whole-contract discount line.
    const lineCount = 1 + Math.floor(rnd() * 4)
    const items: DemoItem[] = Array.from({ length: lineCount }, () => {
      const p = pick(products)
      const quantityMilli =
        p.unit === '人天' ? (1 + Math.floor(rnd() * 40)) * 500 : (1 + Math.floor(rnd() * 8)) * 1000
      const bps = pick(DISCOUNTS)
      return {
        productId: p.id,
        description: p.name,
        quantityMilli,
        price: p.price,
        bps,
        total: lineTotalCents(quantityMilli, p.price, bps),
      }
    })
    let total = items.reduce((s, i) => s + i.total, 0)
    if (rnd() < 0.15 && total > 100_000) {
      const off = Math.floor((total * 0.03) / 10_000) * 10_000
      if (off > 0) {
        items.push({
          productId: null,
          description: '整单优惠',
          quantityMilli: 1000,
          price: -off,
          bps: 0,
          total: -off,
        })
        total -= off
      }
    }
    const size = pick(PLAN_SIZES)
    const months = size === 12 ? 1 : size >= 4 ? 2 : 3
    const firstDue = addDays(signed, 10 + Math.floor(rnd() * 20))
    const amounts = splitEvenly(total, size)
    const ageDays = Math.floor((now - signedAt) / DAY)
    const state = r < 0.02 ? 'draft' : r > 0.97 && ageDays > 120 ? 'terminated' : 'active'
    const terminatedDate =
      state === 'terminated' ? addDays(signed, 60 + Math.floor(rnd() * (ageDays - 60))) : null
    const terminatedAt = terminatedDate ? new Date(`${terminatedDate}T17:00:00`).getTime() : null
    const endDate = addMonths(signed, 12)
    const contractId = Number(
      insertContract.run(
        nextNumber(signed),
        `${pick(TITLES)}`,
        customer.id,
        customer.ownerId,
        pick(SIGNERS),
        signed,
        signed,
        endDate,
        total,
        0,
        0,
        0,
        0,
        null,
        null,
        state,
        terminatedAt,
        terminatedDate,
        terminatedDate ? '客户经营调整，双方协商终止' : null,
        signedAt,
        signedAt,
      ).lastInsertRowid,
    )
    items.forEach((i, position) =>
      insertItem.run(
        contractId,
        position,
        i.productId,
        i.description,
        i.quantityMilli,
        i.price,
        i.bps,
        i.total,
      ),
    )
    const plan: Inst[] = amounts.map((amount, k) => {
      const dueDate = addMonths(firstDue, k * months)
      const id = Number(
        insertInst.run(contractId, customer.id, k + 1, dueDate, amount).lastInsertRowid,
      )
      return { id, dueDate, amount, received: 0, voided: false }
    })
    let advance = 0
    let lastPaid: string | null = null
    const horizon = terminatedDate ?? today
    const pay = (inst: Inst, amount: number, date: string) => {
      const method = pick(METHODS)
      const reference =
        method === 'bank'
          ? `YH${date.replace(/-/g, '')}${String(paymentTotal).padStart(5, '0')}`
          : null
      const id = Number(
        insertPayment.run(
          contractId,
          customer.id,
          date,
          amount,
          'payment',
          method,
          reference,
          null,
          null,
          now,
        ).lastInsertRowid,
      )
      insertAlloc.run(id, inst.id, amount)
      inst.received += amount
      paymentTotal += 1
      lastPaid = lastPaid === null || date > lastPaid ? date : lastPaid
      // About 1.5 % were entered wrongly and reversed (红冲) a few days later.
      const reverseOn = addDays(date, 3 + Math.floor(rnd() * 10))
      if (rnd() < 0.015 && reverseOn <= horizon) {
        const rid = Number(
          insertPayment.run(
            contractId,
            customer.id,
            reverseOn,
            -amount,
            'reversal',
            method,
            reference,
            id,
            pick(['金额录错', '银行退票', '重复录入']),
            now,
          ).lastInsertRowid,
        )
        markReversed.run(rid, id)
        insertAlloc.run(rid, inst.id, -amount)
        inst.received -= amount
        paymentTotal += 1
      }
    }
    if (state !== 'draft') {
      for (const inst of plan) {
        const clamp = (d: string) => (d < signed ? signed : d > horizon ? horizon : d)
        if (inst.dueDate <= horizon) {
          const p = rnd()
          const date = clamp(addDays(inst.dueDate, Math.floor(rnd() * 25) - 5))
          if (p < 0.6) pay(inst, inst.amount, date)
          else if (p < 0.72 && inst.amount >= 200) {
            const first = Math.floor(inst.amount / 2 / 100) * 100 || 1
            pay(inst, first, date)
            pay(inst, inst.amount - first, clamp(addDays(date, 10 + Math.floor(rnd() * 20))))
          } else if (p < 0.85 && inst.amount >= 100) {
            pay(inst, Math.floor((inst.amount * (0.3 + rnd() * 0.4)) / 100) * 100 || 1, date)
          }
        } else if (rnd() < 0.08)
          pay(inst, inst.amount, clamp(addDays(horizon, -Math.floor(rnd() * 10))))
      }
      if (state === 'active' && plan.every((i) => i.received === i.amount) && rnd() < 0.03) {
        advance = 100_000
        insertPayment.run(
          contractId,
          customer.id,
          lastPaid ?? signed,
          advance,
          'advance',
          'bank',
          null,
          null,
          '续费预付',
          now,
        )
        paymentTotal += 1
      }
    }
    if (state === 'terminated') for (const inst of plan) inst.voided = inst.received < inst.amount
    const received = plan.reduce((s, i) => s + i.received, 0)
    // Invoices: usually for what was received; sometimes the whole contract up front.
    let invoiced = 0
    if (state !== 'draft') {
      const v = rnd()
      const amount = v < 0.1 ? total : v < 0.7 ? received : 0
      if (amount > 0) {
        invoiceSerial += 1
        insertInvoice.run(
          contractId,
          customer.id,
          String(invoiceSerial),
          v < 0.1 ? signed : (lastPaid ?? signed),
          amount,
          rnd() < 0.4 ? 'special' : 'normal',
          now,
        )
        invoiced = amount
        invoiceTotal += 1
      }
    }
    let nextDue: string | null = null
    let voided = 0
    for (const inst of plan) {
      const open = state === 'active' && inst.received < inst.amount ? 1 : 0
      if (open && (nextDue === null || inst.dueDate < nextDue)) nextDue = inst.dueDate
      if (inst.voided) voided += inst.amount - inst.received
      if (inst.received !== 0 || inst.voided || open)
        finishInst.run(inst.received, inst.voided ? terminatedAt : null, open, inst.id)
    }
    finishContract.run(
      received,
      advance,
      invoiced,
      voided,
      nextDue,
      plan[plan.length - 1]?.dueDate ?? null,
      contractId,
    )
  }
  return {
    products: products.length,
    contracts: contractCount,
    payments: paymentTotal,
    invoices: invoiceTotal,
  }
}

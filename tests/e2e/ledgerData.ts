import type { MethodInput, MethodName, MethodOutput, Result } from '../../src/shared/api'
import { localDate } from '../../src/shared/dates'

/** Any way of calling the host: the e2e fixture's `kehu.call`, or fetch in a script. */
export type LedgerCall = <M extends MethodName>(
  method: M,
  input?: MethodInput<M>,
) => Promise<Result<MethodOutput<M>>>

/** The local date `days` from today (negative: before): the host and the browser share the clock. */
export const dayFromToday = (days: number) => localDate(Date.now() + days * 86_400_000)

async function must<M extends MethodName>(
  call: LedgerCall,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await call(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.value
}

export interface LedgerSample {
  customers: { hengyuan: number; xinghai: number; qingmu: number; lanjing: number }
  contracts: {
    erp: number
    maintenance: number
    draft: number
    terminated: number
    renewal: number
  }
}

/**
 * A small ledger as a shop would have it after a few months, dated relative to today so
 * statuses are real: a contract with a paid, a partly paid overdue and a not-yet-due
 * instalment (one payment reversed, invoices with a reversal), one long overdue, one with
 * an advance, a draft, a terminated one and one ending soon.
 */
export async function seedLedger(call: LedgerCall): Promise<LedgerSample> {
  await must(call, 'settings.update', { onboarded: true, companyName: '杭州云栖科技有限公司' })
  const wang = await must(call, 'owners.create', { name: '王磊' })
  const li = await must(call, 'owners.create', { name: '李娜' })
  const customer = (name: string, ownerId: number) =>
    must(call, 'customers.create', { name, ownerId, stage: 'customer' }).then((c) => c.id)
  const hengyuan = await customer('北京恒远贸易有限公司', wang.id)
  const xinghai = await customer('上海星海电子科技有限公司', li.id)
  const qingmu = await customer('广州青木餐饮管理有限公司', wang.id)
  const lanjing = await customer('成都蓝鲸物流有限公司', li.id)
  const product = (
    name: string,
    sku: string,
    unit: string,
    priceCents: number,
    costCents: number,
    category: string,
  ) => must(call, 'products.create', { name, sku, unit, priceCents, costCents, category })
  const license = await product('企业版软件许可', 'SW-ENT', '套', 12_800_00, 3_000_00, '软件')
  const maintenance = await product('年度维保服务', 'SVC-MNT', '年', 6_000_00, 1_200_00, '服务')
  const implementation = await product('实施服务', 'SVC-IMP', '人天', 1_500_00, 600_00, '服务')
  await product('现场培训', 'SVC-TRN', '次', 2_000_00, 500_00, '服务')

  // 2 × 12,800 at 5 % off = 24,320.00; 10 × 1,500 = 15,000.00; total 39,320.00.
  const erp = await must(call, 'contracts.create', {
    customerId: hengyuan,
    title: 'ERP 软件许可及实施',
    signedDate: dayFromToday(-120),
    startDate: dayFromToday(-120),
    endDate: dayFromToday(245),
    signedBy: '赵志强',
    ownerId: wang.id,
    items: [
      {
        productId: license.id,
        description: '企业版软件许可',
        quantity: 2,
        unitPriceCents: 12_800_00,
        discountPercent: 5,
      },
      {
        productId: implementation.id,
        description: '实施服务',
        quantity: 10,
        unitPriceCents: 1_500_00,
      },
    ],
    plan: [
      { dueDate: dayFromToday(-90), amountCents: 15_728_00, note: '首付 40%' },
      { dueDate: dayFromToday(-20), amountCents: 15_728_00 },
      { dueDate: dayFromToday(40), amountCents: 7_864_00, note: '验收后' },
    ],
  })
  await must(call, 'payments.create', {
    contractId: erp.id,
    receivedDate: dayFromToday(-88),
    amountCents: 15_728_00,
    method: 'bank',
    reference: 'ICBC 20260826-0113',
  })
  const wrong = await must(call, 'payments.create', {
    contractId: erp.id,
    receivedDate: dayFromToday(-25),
    amountCents: 5_000_00,
    method: 'wechat',
    reference: '微信转账',
  })
  await must(call, 'payments.reverse', {
    id: wrong.id,
    reason: '重复录入',
    date: dayFromToday(-24),
  })
  await must(call, 'payments.create', {
    contractId: erp.id,
    receivedDate: dayFromToday(-18),
    amountCents: 6_000_00,
    method: 'cheque',
    reference: '支票 No.0045821',
  })
  const invoice = await must(call, 'invoices.create', {
    contractId: erp.id,
    number: '04412871',
    issuedDate: dayFromToday(-86),
    amountCents: 15_728_00,
    type: 'special',
  })
  await must(call, 'invoices.reverse', {
    id: invoice.id,
    reason: '税号填错',
    number: '04412902',
    date: dayFromToday(-80),
  })
  await must(call, 'invoices.create', {
    contractId: erp.id,
    number: '04412903',
    issuedDate: dayFromToday(-80),
    amountCents: 15_728_00,
    type: 'special',
  })
  await must(call, 'invoices.create', {
    contractId: erp.id,
    number: '04413310',
    issuedDate: dayFromToday(-19),
    amountCents: 15_728_00,
    type: 'normal',
  })

  const service = await must(call, 'contracts.create', {
    customerId: xinghai,
    title: '年度维保服务（四个季度）',
    signedDate: dayFromToday(-200),
    startDate: dayFromToday(-200),
    endDate: dayFromToday(20),
    ownerId: li.id,
    items: [
      {
        productId: maintenance.id,
        description: '年度维保服务',
        quantity: 1,
        unitPriceCents: 6_000_00,
      },
    ],
    plan: [
      { dueDate: dayFromToday(-190), amountCents: 1_500_00 },
      { dueDate: dayFromToday(-100), amountCents: 1_500_00 },
      { dueDate: dayFromToday(-10), amountCents: 1_500_00 },
      { dueDate: dayFromToday(5), amountCents: 1_500_00 },
    ],
  })
  await must(call, 'payments.create', {
    contractId: service.id,
    receivedDate: dayFromToday(-185),
    amountCents: 1_500_00,
    method: 'alipay',
  })

  const advance = await must(call, 'contracts.create', {
    customerId: hengyuan,
    title: '门店收银终端',
    signedDate: dayFromToday(-40),
    ownerId: wang.id,
    items: [{ description: '收银终端 T2', quantity: 3, unitPriceCents: 3_333_33 }],
    plan: [{ dueDate: dayFromToday(-10), amountCents: 9_999_99 }],
  })
  await must(call, 'payments.create', {
    contractId: advance.id,
    receivedDate: dayFromToday(-12),
    amountCents: 12_000_00,
    method: 'bank',
    asAdvance: true,
  })

  const draft = await must(call, 'contracts.create', {
    customerId: qingmu,
    title: '点餐系统（草稿）',
    signedDate: dayFromToday(0),
    draft: true,
    items: [
      {
        productId: license.id,
        description: '企业版软件许可',
        quantity: 1,
        unitPriceCents: 12_800_00,
      },
    ],
    plan: [{ dueDate: dayFromToday(30), amountCents: 12_800_00 }],
  })

  const terminated = await must(call, 'contracts.create', {
    customerId: lanjing,
    title: '仓储管理系统',
    signedDate: dayFromToday(-150),
    ownerId: li.id,
    items: [{ description: 'WMS 定制开发', quantity: 1, unitPriceCents: 48_000_00 }],
    plan: [
      { dueDate: dayFromToday(-140), amountCents: 24_000_00 },
      { dueDate: dayFromToday(-50), amountCents: 24_000_00 },
    ],
  })
  await must(call, 'payments.create', {
    contractId: terminated.id,
    receivedDate: dayFromToday(-138),
    amountCents: 24_000_00,
    method: 'acceptance',
    reference: '银承 3100005',
  })
  await must(call, 'contracts.terminate', {
    id: terminated.id,
    reason: '客户业务调整，双方协商终止',
    date: dayFromToday(-30),
  })

  const renewal = await must(call, 'contracts.create', {
    customerId: lanjing,
    title: '系统托管服务',
    signedDate: dayFromToday(-340),
    startDate: dayFromToday(-340),
    endDate: dayFromToday(12),
    ownerId: li.id,
    items: [
      {
        productId: maintenance.id,
        description: '年度维保服务',
        quantity: 1,
        unitPriceCents: 6_000_00,
        discountPercent: 12.5,
      },
    ],
    plan: [{ dueDate: dayFromToday(-330), amountCents: 5_250_00 }],
  })
  await must(call, 'payments.create', {
    contractId: renewal.id,
    receivedDate: dayFromToday(-300),
    amountCents: 5_250_00,
    method: 'cash',
  })

  return {
    customers: { hengyuan, xinghai, qingmu, lanjing },
    contracts: {
      erp: erp.id,
      maintenance: service.id,
      draft: draft.id,
      terminated: terminated.id,
      renewal: renewal.id,
    },
  }
}

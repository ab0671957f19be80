import type { z } from 'zod'
import {
  dealCreateInput,
  paymentCreateInput,
  productCreateInput,
  PAYMENT_METHODS,
} from '../../../shared/api'
import type { DuplicatePolicy } from '../../../shared/api/excel'
import { toFieldIssue } from '../api'
import { AppError } from '../errors'
import { createDeal, deleteDeal, updateDeal } from '../services/deals'
import { listOwners } from '../services/owners'
import { createPayment, reversePayment } from '../services/payments'
import { openStages } from '../services/pipeline-stages'
import { createProduct, updateProduct } from '../services/products'
import { CAMPAIGN_FIELD, campaignResolver } from './campaign-column'
import { customerResolver } from './customer-resolver'
import { normaliseChoice, normaliseHeader } from './mapping'
import { problemsOf } from './problems'
import {
  registerImporter,
  type DuplicateMatch,
  type FieldSpec,
  type RowOutcome,
  type RowValues,
  type UndoCounts,
} from './registry'

/**
 * Importers of the pipeline and the ledger, each a thin entry over its own services:
 * deals (deals.create, undo = deals.delete), products (products.create / update; products
 * are never deleted, so undo deactivates what the import created) and payments
 * (payments.create; the ledger deletes nothing, so undo reverses them — 红冲 — with a
 * reason). Contracts (lines and a payment plan per contract) are not importable yet.
 */
function field(
  key: string,
  kind: FieldSpec['kind'],
  labelKey: string,
  synonyms: string[],
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  return { key, labelKey, required: false, kind, synonyms: [key, ...synonyms], ...extra }
}

function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input)
  if (!parsed.success)
    throw new AppError(
      'VALIDATION',
      'errors.validation',
      'Some fields are not valid',
      undefined,
      parsed.error.issues.map(toFieldIssue),
    )
  return parsed.data
}

function refused(path: string, key: string, value: string): AppError {
  return new AppError('VALIDATION', 'errors.validation', 'Some fields are not valid', undefined, [
    { path, key, message: `Not found: ${value}`, params: { value } },
  ])
}

/** A service-backed writer: build the input, find a duplicate, create or update. */
interface Entry<Input> {
  input(values: RowValues): Input
  duplicate(input: Input): DuplicateMatch | null
  create(input: Input): number
  update?(id: number, input: Input): RowOutcome
}

function entryWriter<Input>(
  mapping: (string | null)[],
  entry: Entry<Input>,
  fieldOf: (path: string) => string,
) {
  return {
    check(values: RowValues) {
      try {
        entry.input(values)
        return []
      } catch (error) {
        return problemsOf(error, mapping, fieldOf)
      }
    },
    findDuplicate(values: RowValues) {
      try {
        return entry.duplicate(entry.input(values))
      } catch {
        return null
      }
    },
    write(
      values: RowValues,
      duplicate: DuplicateMatch | null,
      policy: DuplicatePolicy,
    ): RowOutcome {
      const input = entry.input(values)
      if (duplicate && policy === 'skip') return { action: 'skipped', recordId: duplicate.id }
      if (duplicate && policy === 'update' && entry.update) return entry.update(duplicate.id, input)
      return { action: 'created', recordId: entry.create(input) }
    },
    flush() {},
  }
}

const none = (): UndoCounts => ({ removed: 0, binned: 0, restored: 0, keptFields: 0 })

registerImporter({
  entity: 'deals',
  fields: () => [
    field(
      'customer',
      'text',
      'import.fields.customer',
      [
        '客户名称',
        '客户',
        '公司名称',
        '单位名称',
        '客户编号',
        'customer',
        'customername',
        'customercode',
        'company',
      ],
      { required: true },
    ),
    field(
      'title',
      'text',
      'import.fields.dealTitle',
      ['商机名称', '商机', '项目名称', '机会名称', '销售机会', 'deal', 'opportunity'],
      { required: true },
    ),
    field('amount', 'money', 'import.fields.amount', [
      '金额',
      '预计金额',
      '商机金额',
      '预计成交金额',
      'amount',
      'value',
    ]),
    field('stage', 'text', 'import.fields.dealStage', ['阶段', '销售阶段', '商机阶段', 'stage']),
    field('expectedCloseDate', 'date', 'import.fields.expectedCloseDate', [
      '预计成交日期',
      '预计签单日期',
      '预计成交',
      'expectedclose',
      'closedate',
    ]),
    field('owner', 'text', 'import.fields.owner', ['负责人', '业务员', '销售', 'owner']),
    CAMPAIGN_FIELD,
    field('notes', 'text', 'import.fields.notes', ['备注', '说明', 'notes']),
  ],
  writer(ctx, mapping) {
    const customerOf = customerResolver(ctx)
    const campaignOf = campaignResolver(ctx)
    const stages = new Map(openStages(ctx).map((s) => [normaliseHeader(s.name), s.id]))
    const owners = new Map(listOwners(ctx).map((o) => [o.name, o.id]))
    const known = new Map<string, number>(
      (
        ctx.sqlite
          .prepare('SELECT id, customer_id AS c, title FROM deals WHERE deleted_at IS NULL')
          .all() as { id: number; c: number; title: string }[]
      ).map((d) => [`${d.c}|${d.title}`, d.id]),
    )
    type Input = z.output<typeof dealCreateInput>
    return entryWriter<Input>(
      mapping,
      {
        input(values) {
          const stageName = typeof values.stage === 'string' ? values.stage : ''
          const stageId = stageName ? stages.get(normaliseHeader(stageName)) : undefined
          if (stageName && stageId === undefined)
            throw refused('stage', 'errors.importStageUnknown', stageName)
          const ownerName = typeof values.owner === 'string' ? values.owner : ''
          const ownerId = ownerName ? owners.get(ownerName) : undefined
          if (ownerName && ownerId === undefined)
            throw refused('owner', 'errors.importOwnerUnknown', ownerName)
          const campaignId = campaignOf(values.campaign)
          return parseOrThrow(dealCreateInput, {
            customerId: customerOf(values.customer),
            title: values.title,
            amountCents: values.amount ?? 0,
            ...(stageId ? { stageId } : {}),
            ...(ownerId ? { ownerId } : {}),
            ...(campaignId ? { campaignId } : {}),
            ...(values.expectedCloseDate ? { expectedCloseDate: values.expectedCloseDate } : {}),
            ...(values.notes ? { notes: values.notes } : {}),
          })
        },
        duplicate(input) {
          const id = known.get(`${input.customerId}|${input.title}`)
          return id ? { id, reason: 'name', label: input.title } : null
        },
        create(input) {
          const deal = createDeal(ctx, input)
          known.set(`${input.customerId}|${input.title}`, deal.id)
          return deal.id
        },
        update(id, input) {
          const { customerId: _c, stageId: _s, ...fields } = input
          updateDeal(ctx, { id, ...fields })
          return { action: 'updated' }
        },
      },
      (path) =>
        (
          ({
            customerId: 'customer',
            amountCents: 'amount',
            stageId: 'stage',
            ownerId: 'owner',
            campaignId: 'campaign',
          }) as Record<string, string | undefined>
        )[path] ?? path,
    )
  },
  undo(ctx, records) {
    const counts = none()
    for (const r of records.filter((r) => r.action === 'created')) {
      try {
        deleteDeal(ctx, r.recordId)
        counts.removed += 1
      } catch {
        // Deleted by hand since.
      }
    }
    return counts
  },
})

registerImporter({
  entity: 'products',
  fields: () => [
    field(
      'name',
      'text',
      'import.fields.productName',
      ['产品名称', '名称', '品名', '商品名称', '产品', 'product', 'productname', 'item'],
      { required: true },
    ),
    field('sku', 'text', 'import.fields.sku', [
      '编码',
      '产品编码',
      '货号',
      '商品编码',
      '型号',
      'sku',
      'code',
    ]),
    field('unit', 'text', 'import.fields.unit', ['单位', '计量单位', 'unit', 'uom']),
    field('price', 'money', 'import.fields.price', [
      '单价',
      '价格',
      '售价',
      '销售价',
      'price',
      'unitprice',
    ]),
    field('cost', 'money', 'import.fields.cost', ['成本', '进价', '成本价', 'cost']),
    field('category', 'text', 'import.fields.category', ['分类', '类别', '产品分类', 'category']),
  ],
  writer(ctx, mapping) {
    const rows = ctx.sqlite.prepare('SELECT id, name, sku FROM products').all() as {
      id: number
      name: string
      sku: string | null
    }[]
    const bySku = new Map(rows.filter((r) => r.sku).map((r) => [r.sku!, r]))
    const byName = new Map(rows.map((r) => [r.name, r]))
    type Input = z.output<typeof productCreateInput>
    return entryWriter<Input>(
      mapping,
      {
        input: (values) =>
          parseOrThrow(productCreateInput, {
            name: values.name,
            unit: values.unit ?? '件',
            priceCents: values.price ?? 0,
            ...(values.sku ? { sku: values.sku } : {}),
            ...(values.cost !== undefined ? { costCents: values.cost } : {}),
            ...(values.category ? { category: values.category } : {}),
          }),
        duplicate(input) {
          const hit = (input.sku ? bySku.get(input.sku) : undefined) ?? byName.get(input.name)
          return hit
            ? {
                id: hit.id,
                reason: input.sku && bySku.has(input.sku) ? 'code' : 'name',
                label: hit.name,
              }
            : null
        },
        create(input) {
          const product = createProduct(ctx, input)
          const row = { id: product.id, name: product.name, sku: product.sku }
          byName.set(row.name, row)
          if (row.sku) bySku.set(row.sku, row)
          return product.id
        },
        update(id, input) {
          const before = ctx.sqlite
            .prepare(
              'SELECT name, sku, unit, price_cents AS priceCents, cost_cents AS costCents, category FROM products WHERE id = ?',
            )
            .get(id)
          updateProduct(ctx, { id, ...input })
          return { action: 'updated', recordId: id, before, after: input }
        },
      },
      (path) => ({ priceCents: 'price', costCents: 'cost' })[path] ?? path,
    )
  },
  undo(ctx, records) {
    const counts = none()
    for (const r of records) {
      if (r.action === 'created') {
        updateProduct(ctx, { id: r.recordId, active: false })
        counts.binned += 1
      } else {
        const before = r.before as {
          name: string
          sku: string | null
          unit: string
          priceCents: number
          costCents: number | null
          category: string | null
        }
        updateProduct(ctx, { id: r.recordId, ...before })
        counts.restored += 1
      }
    }
    return counts
  },
})

const METHOD_WORDS: Record<string, string> = Object.fromEntries(
  (
    [
      ['bank', ['银行', '转账', '银行转账', '对公', '汇款', 'bank', 'transfer']],
      ['cash', ['现金', 'cash']],
      ['wechat', ['微信', '微信支付', 'wechat']],
      ['alipay', ['支付宝', 'alipay']],
      ['cheque', ['支票', 'cheque', 'check']],
      ['acceptance', ['承兑', '承兑汇票', '汇票', 'acceptance']],
    ] as const
  ).flatMap(([method, words]) => [method, ...words].map((w) => [normaliseChoice(w), method])),
)

registerImporter({
  entity: 'payments',
  fields: () => [
    field(
      'contract',
      'text',
      'import.fields.contractNumber',
      ['合同编号', '合同号', '合同', 'contract', 'contractno'],
      { required: true },
    ),
    field(
      'receivedDate',
      'date',
      'import.fields.receivedDate',
      ['回款日期', '收款日期', '到账日期', '日期', 'date', 'receiveddate'],
      { required: true },
    ),
    field(
      'amount',
      'money',
      'import.fields.amount',
      ['回款金额', '收款金额', '金额', '实收金额', 'amount'],
      { required: true },
    ),
    field('method', 'choice', 'import.fields.method', ['收款方式', '付款方式', '方式', 'method'], {
      choiceMap: METHOD_WORDS,
      choices: [...PAYMENT_METHODS],
    }),
    field('reference', 'text', 'import.fields.reference', [
      '凭证号',
      '流水号',
      '单号',
      '备注',
      'reference',
    ]),
  ],
  writer(ctx, mapping) {
    const contracts = new Map(
      (
        ctx.sqlite.prepare('SELECT id, number FROM contracts WHERE deleted_at IS NULL').all() as {
          id: number
          number: string
        }[]
      ).map((c) => [c.number, c.id]),
    )
    const seen = new Map<string, number>(
      (
        ctx.sqlite
          .prepare(
            "SELECT id, contract_id AS c, received_date AS d, amount_cents AS a, reference AS r FROM payments WHERE kind = 'payment' AND reversed_by_id IS NULL",
          )
          .all() as { id: number; c: number; d: string; a: number; r: string | null }[]
      ).map((p) => [`${p.c}|${p.d}|${p.a}|${p.r ?? ''}`, p.id]),
    )
    type Input = z.output<typeof paymentCreateInput>
    const key = (p: Input) =>
      `${p.contractId}|${p.receivedDate}|${p.amountCents}|${p.reference ?? ''}`
    return entryWriter<Input>(
      mapping,
      {
        input(values) {
          const number = typeof values.contract === 'string' ? values.contract.trim() : ''
          const contractId = contracts.get(number)
          if (contractId === undefined)
            throw refused('contract', 'errors.importContractUnknown', number)
          return parseOrThrow(paymentCreateInput, {
            contractId,
            receivedDate: values.receivedDate,
            amountCents: values.amount,
            method: values.method ?? 'bank',
            ...(values.reference ? { reference: values.reference } : {}),
          })
        },
        duplicate(input) {
          const id = seen.get(key(input))
          return id
            ? {
                id,
                reason: 'code',
                label: `${input.receivedDate} ¥${(input.amountCents / 100).toFixed(2)}`,
              }
            : null
        },
        create(input) {
          const payment = createPayment(ctx, input)
          seen.set(key(input), payment.id)
          return payment.id
        },
      },
      (path) => ({ contractId: 'contract', amountCents: 'amount' })[path] ?? path,
    )
  },
  undo(ctx, records) {
    const counts = none()
    for (const r of records.filter((r) => r.action === 'created')) {
      reversePayment(ctx, { id: r.recordId, reason: '撤销导入 / import undone' })
      counts.removed += 1
    }
    return counts
  },
})

import type { z } from 'zod'
import {
  contractListInput,
  dealListInput,
  paymentListInput,
  productListInput,
  receivableListInput,
  type Contract,
  type Deal,
  type ListResult,
  type Payment,
  type Product,
  type ReceivableRow,
} from '../../../shared/api'
import type { ExportEntity, ExportListInput } from '../../../shared/api/excel'
import type { Ctx } from '../context'
import { invalidField } from '../errors'
import { listContracts } from '../ledger'
import { listDeals } from '../pipeline'
import { listPayments } from '../ledger'
import { listProducts } from '../ledger'
import { listReceivables } from '../ledger'
import { CAMPAIGN_HEADER, campaignCell } from './campaign-column'
import type { Locale } from './labels'
import { registerExporter, type ExportColumn } from './list-exports'

/**
 * The lists of the pipeline and the ledger as exports: each pages through its own list
 * service (the same filter, search and sort as on screen, 500 rows a page), so an
 * export never disagrees with the list it came from. Money is 分 → ¥#,##0.00.
 */
const PAGE = 500

type Column<Row> = [
  id: string,
  zh: string,
  en: string,
  kind: ExportColumn<Row>['kind'],
  value: (row: Row, locale: Locale) => unknown,
]

function paged<Row>(
  entity: ExportEntity,
  title: [zh: string, en: string],
  schema: z.ZodType,
  list: (ctx: Ctx, input: never) => ListResult<Row>,
  columns: Column<Row>[],
  /** Keys of the list's input beside `filter` (e.g. the receivables' asOf), sent inside filter. */
  outside: string[] = [],
) {
  registerExporter<Row>({
    entity,
    title: (locale: Locale) => (locale === 'en' ? title[1] : title[0]),
    columns: (_ctx, locale) =>
      columns.map(([id, zh, en, kind, value]) => ({
        id,
        header: locale === 'en' ? en : zh,
        kind,
        value: (row: Row) => value(row, locale),
      })),
    *batches(ctx, input: ExportListInput) {
      const filter = { ...input.filter }
      const lifted: Record<string, unknown> = {}
      for (const key of outside)
        if (key in filter) {
          lifted[key] = filter[key]
          delete filter[key]
        }
      const parsed = schema.safeParse({
        ...(input.q ? { q: input.q } : {}),
        ...(input.filter ? { filter } : {}),
        ...(input.sort ? { sort: input.sort } : {}),
        ...lifted,
      })
      if (!parsed.success)
        throw invalidField('filter', 'errors.invalid_value', 'The list input is not valid')
      for (let page = 1; ; page += 1) {
        const result = list(ctx, { ...(parsed.data as object), page, pageSize: PAGE } as never)
        if (result.rows.length > 0) yield result.rows
        if (result.rows.length < PAGE || page * PAGE >= result.total) return
      }
    },
  })
}

paged<Deal>('deals', ['商机', 'Deals'], dealListInput, listDeals, [
  ['title', '商机名称', 'Deal', 'text', (d) => d.title],
  ['customerName', '客户名称', 'Customer name', 'text', (d) => d.customerName],
  ['amountCents', '金额', 'Amount', 'money', (d) => d.amountCents],
  ['stageName', '阶段', 'Stage', 'text', (d) => d.stageName],
  ['status', '状态', 'Status', 'text', (d) => d.status],
  ['expectedCloseDate', '预计成交日期', 'Expected close', 'date', (d) => d.expectedCloseDate],
  ['ownerName', '负责人', 'Owner', 'text', (d) => d.ownerName],
  ['campaign', CAMPAIGN_HEADER['zh-CN'], CAMPAIGN_HEADER.en, 'text', campaignCell],
  ['daysInStage', '停留天数', 'Days in stage', 'number', (d) => d.daysInStage],
  ['closedDate', '关闭日期', 'Closed', 'date', (d) => d.closedDate],
  ['lostReason', '输单原因', 'Lost reason', 'text', (d) => d.lostReason],
  ['notes', '备注', 'Notes', 'text', (d) => d.notes],
  ['createdAt', '创建时间', 'Created at', 'datetime', (d) => d.createdAt],
])

paged<Product>('products', ['产品', 'Products'], productListInput, listProducts, [
  ['name', '产品名称', 'Product', 'text', (p) => p.name],
  ['sku', '编码', 'SKU', 'text', (p) => p.sku],
  ['unit', '单位', 'Unit', 'text', (p) => p.unit],
  ['priceCents', '单价', 'Price', 'money', (p) => p.priceCents],
  ['costCents', '成本', 'Cost', 'money', (p) => p.costCents],
  ['category', '分类', 'Category', 'text', (p) => p.category],
  ['active', '在售', 'Active', 'text', (p) => (p.active ? '是' : '否')],
])

paged<Contract>('contracts', ['合同', 'Contracts'], contractListInput, listContracts, [
  ['number', '合同编号', 'Contract no.', 'text', (c) => c.number],
  ['title', '合同名称', 'Title', 'text', (c) => c.title],
  ['customerName', '客户名称', 'Customer name', 'text', (c) => c.customerName],
  ['signedDate', '签订日期', 'Signed', 'date', (c) => c.signedDate],
  ['startDate', '开始日期', 'Start', 'date', (c) => c.startDate],
  ['endDate', '结束日期', 'End', 'date', (c) => c.endDate],
  ['totalCents', '合同金额', 'Total', 'money', (c) => c.totalCents],
  ['receivedCents', '已回款', 'Received', 'money', (c) => c.receivedCents],
  ['outstandingCents', '未回款', 'Outstanding', 'money', (c) => c.outstandingCents],
  ['overdueCents', '逾期金额', 'Overdue', 'money', (c) => c.overdueCents],
  ['invoicedCents', '已开票', 'Invoiced', 'money', (c) => c.invoicedCents],
  ['status', '状态', 'Status', 'text', (c) => c.status],
  ['ownerName', '负责人', 'Owner', 'text', (c) => c.ownerName],
  ['nextDueDate', '下次收款日', 'Next due', 'date', (c) => c.nextDueDate],
])

paged<Payment>('payments', ['回款', 'Payments'], paymentListInput, listPayments, [
  ['receivedDate', '回款日期', 'Received', 'date', (p) => p.receivedDate],
  ['contractNumber', '合同编号', 'Contract no.', 'text', (p) => p.contractNumber],
  ['customerName', '客户名称', 'Customer name', 'text', (p) => p.customerName],
  ['amountCents', '金额', 'Amount', 'money', (p) => p.amountCents],
  ['kind', '类型', 'Kind', 'text', (p) => p.kind],
  ['method', '方式', 'Method', 'text', (p) => p.method],
  ['reference', '凭证号', 'Reference', 'text', (p) => p.reference],
  ['reason', '说明', 'Note', 'text', (p) => p.reason],
])

paged<ReceivableRow>(
  'receivables',
  ['应收账款', 'Receivables'],
  receivableListInput,
  listReceivables,
  [
    ['dueDate', '应收日期', 'Due', 'date', (r) => r.dueDate],
    ['customerName', '客户名称', 'Customer name', 'text', (r) => r.customerName],
    ['contractNumber', '合同编号', 'Contract no.', 'text', (r) => r.contractNumber],
    ['contractTitle', '合同名称', 'Contract', 'text', (r) => r.contractTitle],
    ['seq', '期次', 'Instalment', 'number', (r) => r.seq],
    ['amountCents', '应收', 'Amount', 'money', (r) => r.amountCents],
    ['receivedCents', '已收', 'Received', 'money', (r) => r.receivedCents],
    ['unpaidCents', '未收', 'Unpaid', 'money', (r) => r.unpaidCents],
    ['status', '状态', 'Status', 'text', (r) => r.status],
    ['daysOverdue', '逾期天数', 'Days overdue', 'number', (r) => r.daysOverdue],
    ['ownerName', '负责人', 'Owner', 'text', (r) => r.ownerName],
  ],
  ['asOf'],
)

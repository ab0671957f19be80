import { statementInput, type Statement, type StatementLine } from '../../../shared/api'
import type { ExportListInput } from '../../../shared/api/excel'
import type { Ctx } from '../context'
import { invalidField } from '../errors'
import { getSettings } from '../app'
import { customerStatement } from '../ledger'
import type { Locale } from './labels'
import { registerExporter, type ExportColumn } from './list-exports'

/**
 * The customer statement (对账单) as a workbook, through the export registry
 * (exports.list { entity: 'statement', filter: { customerId, from, to } }): a title row
 * with the company, the customer and the period; then the opening balance, every line with
 * its running balance, the period's totals and the closing balance — real dates, money
 * from exact 分 as ¥#,##0.00, the same figures as receivables.statement.
 */

const TEXT = {
  'zh-CN': {
    sheet: '对账单',
    title: '客户对账单',
    range: (from: string, to: string) => `${from} 至 ${to}`,
    file: (customer: string, from: string, to: string) => `对账单-${customer}-${from}至${to}`,
    date: '日期',
    contract: '合同编号',
    summary: '摘要',
    method: '付款方式',
    reference: '凭证号',
    debit: '应收（借方）',
    credit: '已收（贷方）',
    balance: '余额',
    opening: '期初余额',
    periodTotal: '本期合计',
    closing: '期末余额',
    kind: {
      contract: (title: string) => `签订合同《${title}》`,
      payment: (note: string) => (note ? `回款：${note}` : '回款'),
      advance: (note: string) => (note ? `预收款：${note}` : '预收款'),
      reversal: (reason: string) => `红冲：${reason}`,
      termination: (reason: string) => `合同终止，未收部分作废：${reason}`,
    },
    methods: {
      bank: '银行转账',
      cash: '现金',
      wechat: '微信',
      alipay: '支付宝',
      cheque: '支票',
      acceptance: '承兑汇票',
    },
  },
  en: {
    sheet: 'Statement',
    title: 'Customer statement',
    range: (from: string, to: string) => `${from} to ${to}`,
    file: (customer: string, from: string, to: string) => `Statement-${customer}-${from}-to-${to}`,
    date: 'Date',
    contract: 'Contract',
    summary: 'Details',
    method: 'Method',
    reference: 'Reference',
    debit: 'Debit',
    credit: 'Credit',
    balance: 'Balance',
    opening: 'Opening balance',
    periodTotal: 'Period totals',
    closing: 'Closing balance',
    kind: {
      contract: (title: string) => `Contract signed: ${title}`,
      payment: (note: string) => (note ? `Payment: ${note}` : 'Payment'),
      advance: (note: string) => (note ? `Advance: ${note}` : 'Advance'),
      reversal: (reason: string) => `Reversal: ${reason}`,
      termination: (reason: string) => `Contract terminated, unpaid part voided: ${reason}`,
    },
    methods: {
      bank: 'Bank transfer',
      cash: 'Cash',
      wechat: 'WeChat',
      alipay: 'Alipay',
      cheque: 'Cheque',
      acceptance: 'Bank acceptance',
    },
  },
} as const

interface Row {
  date: string | null
  contractNumber: string | null
  summary: string
  method: string | null
  reference: string | null
  debitCents: number | null
  creditCents: number | null
  balanceCents: number | null
}

/** One statement per export call: the heading, the file name and the rows read the same one. */
const statements = new WeakMap<ExportListInput, Statement>()

function statementOf(ctx: Ctx, input: ExportListInput): Statement {
  const cached = statements.get(input)
  if (cached) return cached
  const parsed = statementInput.safeParse(input.filter ?? {})
  if (!parsed.success)
    throw invalidField(
      'filter',
      'errors.invalid_value',
      'A statement export needs filter { customerId, from, to }',
    )
  const statement = customerStatement(ctx, parsed.data)
  statements.set(input, statement)
  return statement
}

function lineRow(line: StatementLine, locale: Locale): Row {
  const text = TEXT[locale]
  return {
    date: line.date,
    contractNumber: line.contractNumber,
    summary: text.kind[line.kind](line.description),
    method: line.method ? text.methods[line.method] : null,
    reference: line.reference,
    debitCents: line.debitCents || null,
    creditCents: line.creditCents || null,
    balanceCents: line.balanceCents,
  }
}

function rowsOf(statement: Statement, locale: Locale): Row[] {
  const text = TEXT[locale]
  const blank = { contractNumber: null, method: null, reference: null }
  return [
    {
      ...blank,
      date: statement.from,
      summary: text.opening,
      debitCents: null,
      creditCents: null,
      balanceCents: statement.openingBalanceCents,
    },
    ...statement.lines.map((line) => lineRow(line, locale)),
    {
      ...blank,
      date: null,
      summary: text.periodTotal,
      debitCents: statement.totalDebitCents,
      creditCents: statement.totalCreditCents,
      balanceCents: null,
    },
    {
      ...blank,
      date: statement.to,
      summary: text.closing,
      debitCents: null,
      creditCents: null,
      balanceCents: statement.closingBalanceCents,
    },
  ]
}

/** Characters no file system takes in a name (control characters included). */
const fileSafe = (name: string) =>
  [...name]
    .map((ch) => (/[\\/:*?"<>|]/.test(ch) || ch < ' ' ? '_' : ch))
    .join('')
    .trim()

registerExporter<Row>({
  entity: 'statement',
  title: (locale) => TEXT[locale].sheet,
  columns: (_ctx, locale) => {
    const text = TEXT[locale]
    const column = (
      id: keyof Row,
      kind: ExportColumn<Row>['kind'],
      header: string,
    ): ExportColumn<Row> => ({ id, header, kind, value: (row) => row[id] })
    return [
      column('date', 'date', text.date),
      column('contractNumber', 'text', text.contract),
      column('summary', 'text', text.summary),
      column('method', 'text', text.method),
      column('reference', 'text', text.reference),
      column('debitCents', 'money', text.debit),
      column('creditCents', 'money', text.credit),
      column('balanceCents', 'money', text.balance),
    ]
  },
  heading(ctx, input, locale) {
    const statement = statementOf(ctx, input)
    const text = TEXT[locale]
    return [
      statement.companyName,
      text.title,
      statement.customerName,
      text.range(statement.from, statement.to),
    ]
      .filter(Boolean)
      .join('  ')
  },
  fileName(ctx, input, locale) {
    const statement = statementOf(ctx, input)
    return `${fileSafe(TEXT[locale].file(statement.customerName, statement.from, statement.to))}.xlsx`
  },
  *batches(ctx, input) {
    yield rowsOf(statementOf(ctx, input), input.locale ?? getSettings(ctx).locale)
  },
})

import type { z } from 'zod'
import { paymentCreateInput, PAYMENT_METHODS } from '../../../shared/api'
import { createPayment, reversePayment } from '../ledger'
import { normaliseChoice } from './mapping'
import { entryWriter, field, none, parseOrThrow, refused } from './entry-writer'
import { registerImporter } from './registry'

/** Payments (回款) from a sheet: payments.create; undo reverses them (红冲) with a reason. */
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

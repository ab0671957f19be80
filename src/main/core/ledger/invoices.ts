import type { Invoice, InvoiceCreateInput, ListResult } from '../../../shared/api'
import { today } from '../clock'
import type { Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { recordAudit } from '../db/audit'
import { likePattern, pageOf, whereOf } from '../db/sql'
import { assertActive, requireContractRow } from './contract-rows'
import { blank, ledgerError, moneyParam } from './common'
import { invoiceById, selectInvoices } from './rows'
import { refreshContractSums } from './sums'

/**
 * Invoices (开票): invoiced may never exceed the contract total; numbers are unique among
 * non-reversal invoices; a mistake is reversed (红冲) by a negative row, never deleted.
 * A reversal is allowed on a terminated contract too (the red-letter invoice follows the
 * termination).
 */

function insertInvoice(
  ctx: Ctx,
  row: {
    contractId: number
    customerId: number
    number: string | null
    issuedDate: string
    amountCents: number
    type: 'normal' | 'special'
    reversesId: number | null
    reason: string | null
  },
): number {
  return Number(
    ctx.sqlite
      .prepare(
        `INSERT INTO invoices (contract_id, customer_id, number, issued_date, amount_cents, type,
           reverses_id, reason, created_at)
         VALUES (@contractId, @customerId, @number, @issuedDate, @amountCents, @type, @reversesId,
           @reason, @now)`,
      )
      .run({ ...row, now: ctx.clock.now() }).lastInsertRowid,
  )
}

export function createInvoice(ctx: Ctx, input: InvoiceCreateInput): Invoice {
  const id = ctx.sqlite.transaction(() => {
    const contract = requireContractRow(ctx, input.contractId)
    assertActive(contract)
    const remaining = contract.totalCents - contract.invoicedCents
    if (input.amountCents > remaining)
      throw ledgerError(
        'VALIDATION',
        'errors.invoiceExceedsTotal',
        `Only ${remaining} 分 can still be invoiced`,
        moneyParam('remaining', remaining),
        'amountCents',
      )
    const taken = ctx.sqlite
      .prepare('SELECT id FROM invoices WHERE number = ? AND reverses_id IS NULL')
      .pluck()
      .get(input.number) as number | undefined
    if (taken !== undefined)
      throw new AppError(
        'CONFLICT',
        'errors.invoiceNumberTaken',
        `Invoice ${input.number} exists`,
        {
          number: input.number,
          id: taken,
        },
      )
    const invoiceId = insertInvoice(ctx, {
      contractId: contract.id,
      customerId: contract.customerId,
      number: input.number,
      issuedDate: input.issuedDate,
      amountCents: input.amountCents,
      type: input.type ?? 'normal',
      reversesId: null,
      reason: blank(input.note),
    })
    refreshContractSums(ctx, contract.id)
    recordAudit(ctx, {
      entity: 'contract',
      entityId: contract.id,
      action: 'invoice',
      changes: {
        invoicedCents: {
          before: contract.invoicedCents,
          after: contract.invoicedCents + input.amountCents,
        },
      },
    })
    return invoiceId
  })()
  return invoiceById(ctx, id) as Invoice
}

export function reverseInvoice(
  ctx: Ctx,
  input: {
    id: number
    reason: string
    number?: string | null | undefined
    date?: string | undefined
  },
): Invoice {
  const id = ctx.sqlite.transaction(() => {
    const original = invoiceById(ctx, input.id)
    if (!original) throw notFound('invoice', input.id)
    if (original.reversesId !== null)
      throw ledgerError('VALIDATION', 'errors.invoiceIsReversal', 'A reversal cannot be reversed')
    if (original.reversedById !== null)
      throw new AppError('CONFLICT', 'errors.invoiceAlreadyReversed', 'Already reversed', {
        id: original.reversedById,
      })
    const contract = requireContractRow(ctx, original.contractId)
    const date = input.date ?? today(ctx.clock)
    if (date < original.issuedDate)
      throw ledgerError(
        'VALIDATION',
        'errors.reversalBeforeOriginal',
        `The reversal date is before ${original.issuedDate}`,
        { date: original.issuedDate },
        'date',
      )
    const reversalId = insertInvoice(ctx, {
      contractId: original.contractId,
      customerId: original.customerId,
      number: blank(input.number),
      issuedDate: date,
      amountCents: -original.amountCents,
      type: original.type,
      reversesId: original.id,
      reason: input.reason,
    })
    ctx.sqlite
      .prepare('UPDATE invoices SET reversed_by_id = ? WHERE id = ?')
      .run(reversalId, original.id)
    refreshContractSums(ctx, contract.id)
    recordAudit(ctx, {
      entity: 'contract',
      entityId: contract.id,
      action: 'invoiceReversal',
      changes: {
        invoice: { before: original.amountCents, after: 0 },
        reason: { after: input.reason },
      },
    })
    return reversalId
  })()
  return invoiceById(ctx, id) as Invoice
}

const INVOICE_SORT: Record<string, string> = {
  issuedDate: 'v.issued_date',
  amountCents: 'v.amount_cents',
  createdAt: 'v.created_at',
}

export function listInvoices(
  ctx: Ctx,
  input: {
    q?: string | undefined
    filter?:
      | {
          customerId?: number | undefined
          contractId?: number | undefined
          from?: string | undefined
          to?: string | undefined
        }
      | undefined
    sort?: { field: 'issuedDate' | 'amountCents' | 'createdAt'; dir: 'asc' | 'desc' } | undefined
    page?: number | undefined
    pageSize?: number | undefined
  },
): ListResult<Invoice> {
  const filter = input.filter ?? {}
  const where = whereOf()
  const add = where.add
  if (filter.customerId !== undefined) add('v.customer_id = ?', filter.customerId)
  if (filter.contractId !== undefined) add('v.contract_id = ?', filter.contractId)
  if (filter.from) add('v.issued_date >= ?', filter.from)
  if (filter.to) add('v.issued_date <= ?', filter.to)
  if (input.q) {
    const like = likePattern(input.q)
    add("(v.number LIKE ? ESCAPE '\\' OR c.number LIKE ? ESCAPE '\\')", like, like)
  }
  const sort = input.sort ?? { field: 'issuedDate', dir: 'desc' }
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC'
  const { limit: pageSize, offset } = pageOf(input)
  const rows = selectInvoices(
    ctx,
    where.sql(),
    where.params,
    `ORDER BY ${INVOICE_SORT[sort.field]} ${dir}, v.id ${dir} LIMIT ${pageSize} OFFSET ${offset}`,
  )
  const total = ctx.sqlite
    .prepare(
      `SELECT COUNT(*) FROM invoices v JOIN contracts c ON c.id = v.contract_id WHERE ${where.sql()}`,
    )
    .pluck()
    .get(...where.params) as number
  return { rows, total }
}

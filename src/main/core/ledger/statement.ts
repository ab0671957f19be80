import type { Statement, StatementLine, StatementLineKind } from '../../../shared/api'
import type { Ctx } from '../context'
import { notFound } from '../errors'
import { ledgerError } from './common'
import { getSettings } from '../app'

/**
 * The customer statement (对账单) for [from, to]. Over the customer's non-draft, live
 * contracts: a contract's total is a debit on its signing date; a payment or advance is a
 * credit on its date; a reversal (红冲, negative) is a debit; a termination credits the
 * voided unpaid amount on the termination date. The opening balance is the same sum over
 * everything dated before `from`; each line carries the running balance.
 */

const ORDER: Record<StatementLineKind, number> = {
  contract: 0,
  payment: 1,
  advance: 2,
  reversal: 3,
  termination: 4,
}

const CONTRACTS = `FROM contracts c WHERE c.customer_id = @customerId AND c.state <> 'draft' AND c.deleted_at IS NULL`

export function customerStatement(
  ctx: Ctx,
  input: { customerId: number; from: string; to: string },
): Statement {
  const { customerId, from, to } = input
  if (from > to)
    throw ledgerError('VALIDATION', 'errors.statementRange', 'from is after to', undefined, 'to')
  const customer = ctx.sqlite.prepare('SELECT name FROM customers WHERE id = ?').get(customerId) as
    { name: string } | undefined
  if (!customer) throw notFound('customer', customerId)

  const opening = ctx.sqlite
    .prepare(
      `SELECT
         COALESCE((SELECT SUM(c.total_cents) ${CONTRACTS} AND c.signed_date < @from), 0)
       - COALESCE((SELECT SUM(p.amount_cents) FROM payments p WHERE p.customer_id = @customerId AND p.received_date < @from), 0)
       - COALESCE((SELECT SUM(c.voided_cents) ${CONTRACTS} AND +c.state = 'terminated' AND c.terminated_date < @from), 0)`,
    )
    .pluck()
    .get({ customerId, from }) as number

  type Raw = Omit<StatementLine, 'balanceCents'> & { id: number }
  const contractLines = ctx.sqlite
    .prepare(
      `SELECT c.id AS id, c.signed_date AS date, 'contract' AS kind, c.id AS contractId,
         c.number AS contractNumber, c.title AS description, NULL AS method, NULL AS reference,
         c.total_cents AS debitCents, 0 AS creditCents
       ${CONTRACTS} AND c.signed_date >= @from AND c.signed_date <= @to`,
    )
    .all({ customerId, from, to }) as Raw[]
  const paymentLines = ctx.sqlite
    .prepare(
      `SELECT p.id AS id, p.received_date AS date, p.kind AS kind, p.contract_id AS contractId,
         c.number AS contractNumber, COALESCE(p.reason, '') AS description,
         p.method AS method, p.reference AS reference,
         CASE WHEN p.amount_cents < 0 THEN -p.amount_cents ELSE 0 END AS debitCents,
         CASE WHEN p.amount_cents > 0 THEN p.amount_cents ELSE 0 END AS creditCents
       FROM payments p JOIN contracts c ON c.id = p.contract_id
       WHERE p.customer_id = @customerId AND p.received_date >= @from AND p.received_date <= @to`,
    )
    .all({ customerId, from, to }) as Raw[]
  const terminationLines = ctx.sqlite
    .prepare(
      `SELECT c.id AS id, c.terminated_date AS date, 'termination' AS kind, c.id AS contractId,
         c.number AS contractNumber, COALESCE(c.termination_reason, '') AS description,
         NULL AS method, NULL AS reference, 0 AS debitCents, c.voided_cents AS creditCents
       ${CONTRACTS} AND +c.state = 'terminated' AND c.voided_cents <> 0
         AND c.terminated_date >= @from AND c.terminated_date <= @to`,
    )
    .all({ customerId, from, to }) as Raw[]

  const raw = [...contractLines, ...paymentLines, ...terminationLines].sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      ORDER[a.kind] - ORDER[b.kind] ||
      a.id - b.id,
  )
  let balance = opening
  let totalDebitCents = 0
  let totalCreditCents = 0
  const lines = raw.map(({ id: _id, ...line }) => {
    balance += line.debitCents - line.creditCents
    totalDebitCents += line.debitCents
    totalCreditCents += line.creditCents
    return { ...line, balanceCents: balance }
  })
  return {
    customerId,
    customerName: customer.name,
    companyName: getSettings(ctx).companyName,
    from,
    to,
    openingBalanceCents: opening,
    lines,
    totalDebitCents,
    totalCreditCents,
    closingBalanceCents: balance,
  }
}

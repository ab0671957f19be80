import type {
  ListResult,
  Payment,
  PaymentCreated,
  PaymentCreateInput,
  PaymentKind,
  PaymentMethod,
} from '../../../shared/api'
import { allocate, type OpenInstalment } from '../../../shared/ledger-rules'
import { today } from '../clock'
import type { Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { recordAudit } from '../db/audit'
import { assertActive, requireContractRow } from './contract-rows'
import { likePattern, pageOf, whereOf } from '../db/sql'
import { blank, ledgerError, moneyParam } from './common'
import { paymentById, selectPayments } from './rows'
import { refreshContractSums } from './sums'

/**
 * Payments (回款): allocated to the picked instalment first, else oldest open first,
 * spilling over; an excess is refused unless recorded as an advance (预收款). Mistakes are
 * reversed (红冲) by a negative row with negated allocations; nothing is ever deleted.
 */

interface NewPayment {
  contractId: number
  customerId: number
  receivedDate: string
  amountCents: number
  kind: PaymentKind
  method: PaymentMethod
  reference: string | null
  reversesId: number | null
  reason: string | null
}

function insertPayment(ctx: Ctx, row: NewPayment): number {
  return Number(
    ctx.sqlite
      .prepare(
        `INSERT INTO payments (contract_id, customer_id, received_date, amount_cents, kind, method,
           reference, reverses_id, reason, created_at)
         VALUES (@contractId, @customerId, @receivedDate, @amountCents, @kind, @method, @reference,
           @reversesId, @reason, @now)`,
      )
      .run({ ...row, now: ctx.clock.now() }).lastInsertRowid,
  )
}

function insertAllocations(
  ctx: Ctx,
  paymentId: number,
  allocations: { instalmentId: number; amountCents: number }[],
): void {
  const insert = ctx.sqlite.prepare(
    'INSERT INTO payment_allocations (payment_id, instalment_id, amount_cents) VALUES (?, ?, ?)',
  )
  for (const a of allocations) insert.run(paymentId, a.instalmentId, a.amountCents)
}

function pickedInstalment(
  plan: (OpenInstalment & { voidedAt: number | null })[],
  instalmentId: number | undefined,
): void {
  if (instalmentId === undefined) return
  const picked = plan.find((i) => i.id === instalmentId)
  if (!picked)
    throw ledgerError(
      'VALIDATION',
      'errors.instalmentNotInContract',
      `Instalment ${instalmentId} is not part of this contract`,
      { id: instalmentId },
      'instalmentId',
    )
  if (picked.voidedAt !== null || picked.receivedCents >= picked.amountCents)
    throw ledgerError(
      'VALIDATION',
      'errors.instalmentNotOpen',
      `Instalment ${picked.seq} is paid or voided`,
      { seq: picked.seq },
      'instalmentId',
    )
}

export function createPayment(ctx: Ctx, input: PaymentCreateInput): PaymentCreated {
  const ids = ctx.sqlite.transaction(() => {
    const contract = requireContractRow(ctx, input.contractId)
    assertActive(contract)
    if (input.receivedDate < contract.signedDate)
      throw ledgerError(
        'VALIDATION',
        'errors.paymentBeforeSigning',
        `The payment date is before the signing date ${contract.signedDate}`,
        { signedDate: contract.signedDate },
        'receivedDate',
      )
    const plan = ctx.sqlite
      .prepare(
        `SELECT id, seq, due_date AS dueDate, amount_cents AS amountCents,
           received_cents AS receivedCents, voided_at AS voidedAt
         FROM instalments WHERE contract_id = ? ORDER BY seq`,
      )
      .all(contract.id) as (OpenInstalment & { voidedAt: number | null })[]
    pickedInstalment(plan, input.instalmentId)
    const { allocations, excessCents } = allocate(plan, input.amountCents, input.instalmentId)
    if (excessCents > 0 && !input.asAdvance)
      throw ledgerError(
        'VALIDATION',
        'errors.paymentExceedsOutstanding',
        `The payment exceeds the outstanding amount of ${contract.totalCents - contract.receivedCents} 分`,
        moneyParam('outstanding', contract.totalCents - contract.receivedCents),
        'amountCents',
      )
    const base = {
      contractId: contract.id,
      customerId: contract.customerId,
      receivedDate: input.receivedDate,
      method: input.method,
      reference: blank(input.reference),
      reversesId: null,
      reason: blank(input.note),
    }
    const applied = input.amountCents - excessCents
    let paymentId: number | null = null
    let advanceId: number | null = null
    if (applied > 0) {
      paymentId = insertPayment(ctx, { ...base, amountCents: applied, kind: 'payment' })
      insertAllocations(ctx, paymentId, allocations)
    }
    if (excessCents > 0)
      advanceId = insertPayment(ctx, { ...base, amountCents: excessCents, kind: 'advance' })
    refreshContractSums(ctx, contract.id)
    ctx.effects.contractMayBeComplete(ctx, contract.id)
    recordAudit(ctx, {
      entity: 'contract',
      entityId: contract.id,
      action: 'payment',
      changes: {
        receivedCents: { before: contract.receivedCents, after: contract.receivedCents + applied },
        ...(excessCents > 0
          ? {
              advanceCents: {
                before: contract.advanceCents,
                after: contract.advanceCents + excessCents,
              },
            }
          : {}),
      },
    })
    return { paymentId, advanceId }
  })()
  const advance = ids.advanceId === null ? null : (paymentById(ctx, ids.advanceId) ?? null)
  if (ids.paymentId === null) return { ...(advance as Payment), advance: null }
  return { ...(paymentById(ctx, ids.paymentId) as Payment), advance }
}

/** 红冲: a new row with the negated amount and allocations; the original is reversed once. */
export function reversePayment(
  ctx: Ctx,
  input: { id: number; reason: string; date?: string | undefined },
): Payment {
  const reversalId = ctx.sqlite.transaction(() => {
    const original = paymentById(ctx, input.id)
    if (!original) throw notFound('payment', input.id)
    if (original.kind === 'reversal')
      throw ledgerError('VALIDATION', 'errors.paymentIsReversal', 'A reversal cannot be reversed')
    if (original.reversedById !== null)
      throw new AppError('CONFLICT', 'errors.paymentAlreadyReversed', 'Already reversed', {
        id: original.reversedById,
      })
    const contract = requireContractRow(ctx, original.contractId)
    assertActive(contract)
    const date = input.date ?? today(ctx.clock)
    if (date < original.receivedDate)
      throw ledgerError(
        'VALIDATION',
        'errors.reversalBeforeOriginal',
        `The reversal date is before ${original.receivedDate}`,
        { date: original.receivedDate },
        'date',
      )
    const id = insertPayment(ctx, {
      contractId: original.contractId,
      customerId: original.customerId,
      receivedDate: date,
      amountCents: -original.amountCents,
      kind: 'reversal',
      method: original.method,
      reference: original.reference,
      reversesId: original.id,
      reason: input.reason,
    })
    insertAllocations(
      ctx,
      id,
      original.allocations.map((a) => ({
        instalmentId: a.instalmentId,
        amountCents: -a.amountCents,
      })),
    )
    ctx.sqlite.prepare('UPDATE payments SET reversed_by_id = ? WHERE id = ?').run(id, original.id)
    refreshContractSums(ctx, contract.id)
    recordAudit(ctx, {
      entity: 'contract',
      entityId: contract.id,
      action: 'paymentReversal',
      changes: {
        payment: { before: original.amountCents, after: 0 },
        reason: { after: input.reason },
      },
    })
    return id
  })()
  return paymentById(ctx, reversalId) as Payment
}

const PAYMENT_SORT: Record<string, string> = {
  receivedDate: 'p.received_date',
  amountCents: 'p.amount_cents',
  createdAt: 'p.created_at',
}

export function listPayments(
  ctx: Ctx,
  input: {
    q?: string | undefined
    filter?:
      | {
          customerId?: number | undefined
          contractId?: number | undefined
          kind?: PaymentKind | undefined
          from?: string | undefined
          to?: string | undefined
        }
      | undefined
    sort?: { field: 'receivedDate' | 'amountCents' | 'createdAt'; dir: 'asc' | 'desc' } | undefined
    page?: number | undefined
    pageSize?: number | undefined
  },
): ListResult<Payment> {
  const filter = input.filter ?? {}
  const where = whereOf()
  const add = where.add
  if (filter.customerId !== undefined) add('p.customer_id = ?', filter.customerId)
  if (filter.contractId !== undefined) add('p.contract_id = ?', filter.contractId)
  if (filter.kind) add('p.kind = ?', filter.kind)
  if (filter.from) add('p.received_date >= ?', filter.from)
  if (filter.to) add('p.received_date <= ?', filter.to)
  if (input.q) {
    const like = likePattern(input.q)
    add("(p.reference LIKE ? ESCAPE '\\' OR c.number LIKE ? ESCAPE '\\')", like, like)
  }
  const sort = input.sort ?? { field: 'receivedDate', dir: 'desc' }
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC'
  const { limit: pageSize, offset } = pageOf(input)
  const rows = selectPayments(
    ctx,
    where.sql(),
    where.params,
    `ORDER BY ${PAYMENT_SORT[sort.field]} ${dir}, p.id ${dir} LIMIT ${pageSize} OFFSET ${offset}`,
  )
  const total = ctx.sqlite
    .prepare(
      `SELECT COUNT(*) FROM payments p JOIN contracts c ON c.id = p.contract_id WHERE ${where.sql()}`,
    )
    .pluck()
    .get(...where.params) as number
  return { rows, total }
}

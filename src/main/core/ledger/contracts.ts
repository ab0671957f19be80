import type { ContractCreateInput, ContractDetail, ContractUpdateInput } from '../../../shared/api'
import { contractNumber } from '../../../shared/ledger-rules'
import { today } from '../clock'
import type { Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { diff, recordAudit } from '../db/audit'
import { assertPlanSum, computeItems, writeItems, writePlan } from './contract-plan'
import {
  assertNotTerminated,
  getContract,
  requireContractRow,
  type ContractRow,
} from './contract-rows'
import { requireLiveCustomer } from '../customers'
import { blank, ledgerError, moneyParam } from './common'
import { refreshContractSums } from './sums'
import { assertOwnerExists } from '../app'

/** Creating and changing contracts: numbers, items, plan, state (draft → active → terminated). */

/** The next free HT-YYYY-NNNN of the year (numbers typed by hand are skipped). */
export function nextContractNumber(ctx: Ctx, signedDate?: string): string {
  const year = (signedDate ?? today(ctx.clock)).slice(0, 4)
  const prefix = `HT-${year}-`
  const max = ctx.sqlite
    .prepare(
      `SELECT MAX(CAST(substr(number, 9) AS INTEGER)) FROM contracts
       WHERE number >= ? AND number < ? AND number GLOB ?`,
    )
    .pluck()
    .get(prefix, `HT-${year}.`, `${prefix}[0-9]*`) as number | null
  const taken = ctx.sqlite.prepare('SELECT 1 FROM contracts WHERE number = ?').pluck()
  let serial = (max ?? 0) + 1
  while (taken.get(contractNumber(year, serial))) serial += 1
  return contractNumber(year, serial)
}

function assertNumberFree(ctx: Ctx, number: string, exceptId?: number): void {
  const other = ctx.sqlite
    .prepare('SELECT id FROM contracts WHERE number = ? AND id IS NOT ?')
    .pluck()
    .get(number, exceptId ?? null)
  if (other !== undefined)
    throw new AppError('CONFLICT', 'errors.contractNumberTaken', `Number ${number} is taken`, {
      number,
      id: other as number,
    })
}

function assertDeal(ctx: Ctx, dealId: number | null | undefined, customerId: number): void {
  if (dealId == null) return
  const deal = ctx.sqlite
    .prepare('SELECT customer_id AS customerId FROM deals WHERE id = ? AND deleted_at IS NULL')
    .get(dealId) as { customerId: number } | undefined
  if (!deal) throw notFound('deal', dealId)
  if (deal.customerId !== customerId)
    throw ledgerError(
      'VALIDATION',
      'errors.dealOtherCustomer',
      'The deal belongs to another customer',
      { id: dealId },
      'dealId',
    )
}

function assertDates(start: string | null, end: string | null): void {
  if (start && end && end < start)
    throw ledgerError(
      'VALIDATION',
      'errors.endBeforeStart',
      'The end date is before the start date',
      undefined,
      'endDate',
    )
}

export function createContract(ctx: Ctx, input: ContractCreateInput): ContractDetail {
  const id = ctx.sqlite.transaction(() => {
    const customer = requireLiveCustomer(ctx, input.customerId)
    assertOwnerExists(ctx, input.ownerId)
    assertDeal(ctx, input.dealId, input.customerId)
    const startDate = blank(input.startDate)
    const endDate = blank(input.endDate)
    assertDates(startDate, endDate)
    const { items, totalCents } = computeItems(ctx, input.items)
    assertPlanSum(
      totalCents,
      input.plan.map((p) => p.amountCents),
    )
    const number = input.number ?? nextContractNumber(ctx, input.signedDate)
    assertNumberFree(ctx, number)
    const now = ctx.clock.now()
    const contractId = Number(
      ctx.sqlite
        .prepare(
          `INSERT INTO contracts (number, title, customer_id, deal_id, owner_id, signed_by,
             signed_date, start_date, end_date, state, notes, created_at, updated_at)
           VALUES (@number, @title, @customerId, @dealId, @ownerId, @signedBy, @signedDate,
             @startDate, @endDate, @state, @notes, @now, @now)`,
        )
        .run({
          number,
          title: input.title,
          customerId: input.customerId,
          dealId: input.dealId ?? null,
          ownerId: input.ownerId === undefined ? customer.ownerId : input.ownerId,
          signedBy: blank(input.signedBy),
          signedDate: input.signedDate,
          startDate,
          endDate,
          state: input.draft ? 'draft' : 'active',
          notes: blank(input.notes),
          now,
        }).lastInsertRowid,
    )
    writeItems(ctx, contractId, items)
    writePlan(
      ctx,
      contractId,
      input.customerId,
      input.plan.map(({ id: _ignored, ...entry }) => entry),
    )
    refreshContractSums(ctx, contractId)
    recordAudit(ctx, {
      entity: 'contract',
      entityId: contractId,
      action: 'create',
      changes: { number: { after: number }, totalCents: { after: totalCents } },
    })
    return contractId
  })()
  return getContract(ctx, id)
}

const SCALARS = [
  'customerId',
  'title',
  'signedDate',
  'startDate',
  'endDate',
  'number',
  'dealId',
  'ownerId',
  'signedBy',
  'notes',
] as const

function scalarsOf(row: ContractRow): Record<string, unknown> {
  return Object.fromEntries(SCALARS.map((key) => [key, row[key]]))
}

function hasMoney(ctx: Ctx, contractId: number): boolean {
  return (
    ctx.sqlite
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM payments WHERE contract_id = @id)
           OR EXISTS (SELECT 1 FROM invoices WHERE contract_id = @id)`,
      )
      .pluck()
      .get({ id: contractId }) === 1
  )
}

export function updateContract(ctx: Ctx, input: ContractUpdateInput): ContractDetail {
  ctx.sqlite.transaction(() => {
    const row = requireContractRow(ctx, input.id)
    assertNotTerminated(row)
    const next: Record<string, unknown> = { ...scalarsOf(row) }
    for (const key of SCALARS) {
      const value = input[key]
      if (value !== undefined) next[key] = typeof value === 'string' ? blank(value) : value
    }
    const customerId = next.customerId as number
    if (customerId !== row.customerId) {
      requireLiveCustomer(ctx, customerId)
      if (hasMoney(ctx, row.id))
        throw new AppError(
          'CONFLICT',
          'errors.contractHasMoney',
          'The contract has payments or invoices',
        )
    }
    if (input.ownerId !== undefined) assertOwnerExists(ctx, input.ownerId)
    if (input.dealId !== undefined) assertDeal(ctx, input.dealId, customerId)
    assertDates(next.startDate as string | null, next.endDate as string | null)
    if (input.number !== undefined && input.number !== row.number)
      assertNumberFree(ctx, input.number, row.id)
    const signedDate = next.signedDate as string
    const firstPayment = ctx.sqlite
      .prepare('SELECT MIN(received_date) FROM payments WHERE contract_id = ?')
      .pluck()
      .get(row.id) as string | null
    if (firstPayment !== null && firstPayment < signedDate)
      throw ledgerError(
        'VALIDATION',
        'errors.paymentBeforeSigning',
        `A payment (${firstPayment}) is dated before the signing date`,
        { signedDate },
        'signedDate',
      )
    let totalCents = row.totalCents
    if (input.items) {
      const computed = computeItems(ctx, input.items)
      totalCents = computed.totalCents
      writeItems(ctx, row.id, computed.items)
    }
    if (input.plan) {
      assertPlanSum(
        totalCents,
        input.plan.map((p) => p.amountCents),
      )
      writePlan(ctx, row.id, customerId, input.plan)
    } else {
      const amounts = ctx.sqlite
        .prepare('SELECT amount_cents FROM instalments WHERE contract_id = ?')
        .pluck()
        .all(row.id) as number[]
      assertPlanSum(totalCents, amounts)
      if (customerId !== row.customerId)
        ctx.sqlite
          .prepare('UPDATE instalments SET customer_id = ? WHERE contract_id = ?')
          .run(customerId, row.id)
    }
    if (row.invoicedCents > totalCents)
      throw ledgerError(
        'VALIDATION',
        'errors.totalBelowInvoiced',
        'The total is below what was invoiced',
        moneyParam('invoiced', row.invoicedCents),
        'items',
      )
    ctx.sqlite
      .prepare(
        `UPDATE contracts SET customer_id = @customerId, title = @title, signed_date = @signedDate,
           start_date = @startDate, end_date = @endDate, number = @number, deal_id = @dealId,
           owner_id = @ownerId, signed_by = @signedBy, notes = @notes, updated_at = @now
         WHERE id = @id`,
      )
      .run({ ...next, id: row.id, now: ctx.clock.now() })
    refreshContractSums(ctx, row.id)
    ctx.effects.contractMayBeComplete(ctx, row.id)
    const changes = diff(scalarsOf(row), next)
    if (totalCents !== row.totalCents)
      changes.totalCents = { before: row.totalCents, after: totalCents }
    if (input.plan) changes.plan = { after: input.plan.length }
    recordAudit(ctx, { entity: 'contract', entityId: row.id, action: 'update', changes })
  })()
  return getContract(ctx, input.id)
}

/**
 * Before a customer is purged: a customer with any contract (other than deleted drafts)
 * keeps its ledger — CONFLICT errors.customerHasContracts; deleted drafts go with it.
 */
export function purgeCustomerContracts(ctx: Ctx, customerId: number, name: string): void {
  const kept = ctx.sqlite
    .prepare(
      "SELECT COUNT(*) FROM contracts WHERE customer_id = ? AND NOT (state = 'draft' AND deleted_at IS NOT NULL)",
    )
    .pluck()
    .get(customerId) as number
  if (kept > 0)
    throw new AppError('CONFLICT', 'errors.customerHasContracts', `${name} has contracts`, {
      name,
      count: kept,
    })
  const drafts = 'SELECT id FROM contracts WHERE customer_id = ?'
  for (const table of ['contract_items', 'instalments', 'contract_attachments'])
    ctx.sqlite.prepare(`DELETE FROM ${table} WHERE contract_id IN (${drafts})`).run(customerId)
  ctx.sqlite.prepare('DELETE FROM contracts WHERE customer_id = ?').run(customerId)
}

import type { ContractDetail } from '../../../shared/api'
import { today } from '../clock'
import type { Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { recordAudit } from '../db/audit'
import {
  assertNotTerminated,
  findContractRow,
  getContract,
  requireContractRow,
  type ContractRow,
} from './contract-rows'
import { requireLiveCustomer } from '../customers'
import { ledgerError } from './common'
import { refreshContractSums } from './sums'

/**
 * A contract's state: draft → active (activate) → terminated (terminate, dated and with a
 * reason); a draft may be deleted (soft) and restored.
 */

function notDraft(row: ContractRow): AppError {
  return new AppError(
    'CONFLICT',
    'errors.contractNotDraft',
    `Contract ${row.number} is not a draft`,
    {
      number: row.number,
    },
  )
}

/** Draft → active: its instalments become receivables. */
export function activateContract(ctx: Ctx, id: number): ContractDetail {
  ctx.sqlite.transaction(() => {
    const row = requireContractRow(ctx, id)
    if (row.state !== 'draft') throw notDraft(row)
    ctx.sqlite
      .prepare("UPDATE contracts SET state = 'active', updated_at = ? WHERE id = ?")
      .run(ctx.clock.now(), id)
    refreshContractSums(ctx, id)
    ctx.effects.contractMayBeComplete(ctx, id)
    recordAudit(ctx, {
      entity: 'contract',
      entityId: id,
      action: 'activate',
      changes: { state: { before: 'draft', after: 'active' } },
    })
  })()
  return getContract(ctx, id)
}

/** Active → terminated: every instalment not fully paid is voided; amounts stay. */
export function terminateContract(
  ctx: Ctx,
  input: { id: number; reason: string; date?: string | undefined },
): ContractDetail {
  ctx.sqlite.transaction(() => {
    const row = requireContractRow(ctx, input.id)
    assertNotTerminated(row)
    if (row.state !== 'active')
      throw new AppError(
        'CONFLICT',
        'errors.contractNotActive',
        `Contract ${row.number} is not active`,
        {
          number: row.number,
        },
      )
    const now = ctx.clock.now()
    const date = input.date ?? today(ctx.clock)
    assertTerminationDate(ctx, row, date)
    ctx.sqlite
      .prepare(
        'UPDATE instalments SET voided_at = ? WHERE contract_id = ? AND received_cents < amount_cents',
      )
      .run(now, row.id)
    ctx.sqlite
      .prepare(
        `UPDATE contracts SET state = 'terminated', terminated_at = @now, terminated_date = @date,
           termination_reason = @reason, updated_at = @now WHERE id = @id`,
      )
      .run({ now, date, reason: input.reason, id: row.id })
    refreshContractSums(ctx, row.id)
    recordAudit(ctx, {
      entity: 'contract',
      entityId: row.id,
      action: 'terminate',
      changes: {
        state: { before: 'active', after: 'terminated' },
        terminationReason: { after: input.reason },
      },
    })
  })()
  return getContract(ctx, input.id)
}

/**
 * A termination is dated on or after the signing date and the latest payment (reversals
 * included): the voided amounts are what was unpaid on that date, so no money may move
 * after it (VALIDATION, field `date`).
 */
function assertTerminationDate(ctx: Ctx, row: ContractRow, date: string): void {
  if (date < row.signedDate)
    throw ledgerError(
      'VALIDATION',
      'errors.terminationBeforeSigning',
      `The termination date is before the signing date (${row.signedDate})`,
      { signedDate: row.signedDate },
      'date',
    )
  const lastPayment = ctx.sqlite
    .prepare('SELECT MAX(received_date) FROM payments WHERE contract_id = ?')
    .pluck()
    .get(row.id) as string | null
  if (lastPayment !== null && date < lastPayment)
    throw ledgerError(
      'VALIDATION',
      'errors.terminationBeforePayment',
      `The termination date is before the latest payment (${lastPayment})`,
      { paymentDate: lastPayment },
      'date',
    )
}

/** Drafts only: moved out of every list (soft delete); contracts.restore brings it back. */
export function deleteContract(ctx: Ctx, id: number): null {
  ctx.sqlite.transaction(() => {
    const row = requireContractRow(ctx, id)
    if (row.state !== 'draft') throw notDraft(row)
    ctx.sqlite
      .prepare('UPDATE contracts SET deleted_at = @now, updated_at = @now WHERE id = @id')
      .run({ now: ctx.clock.now(), id })
    refreshContractSums(ctx, id)
    recordAudit(ctx, { entity: 'contract', entityId: id, action: 'delete' })
  })()
  return null
}

/** A deleted draft back in the lists (the undo of contracts.delete). */
export function restoreContract(ctx: Ctx, id: number): ContractDetail {
  ctx.sqlite.transaction(() => {
    const row = findContractRow(ctx, id)
    if (!row) throw notFound('contract', id)
    if (row.deletedAt === null)
      throw new AppError('CONFLICT', 'errors.notDeleted', `${row.number} is not deleted`, {
        name: row.number,
      })
    // Its customer may have gone to the recycle bin since: restore that first.
    requireLiveCustomer(ctx, row.customerId)
    ctx.sqlite
      .prepare('UPDATE contracts SET deleted_at = NULL, updated_at = @now WHERE id = @id')
      .run({ now: ctx.clock.now(), id })
    refreshContractSums(ctx, id)
    recordAudit(ctx, { entity: 'contract', entityId: id, action: 'restore' })
  })()
  return getContract(ctx, id)
}

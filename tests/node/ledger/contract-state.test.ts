import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { expectLedgerInvariants, expectRefused, ledgerSetup, newContract } from './helpers'

/** Restoring a deleted draft; the termination date's limits. */

describe('contracts.restore', () => {
  it('brings a deleted draft back as it was; only deleted drafts', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const draft = newContract(core, customer.id, { draft: true, notes: '待客户盖章' })
    const active = newContract(core, customer.id)
    expect(core.ok('contracts.delete', { id: draft.id })).toBeNull()
    expect(core.ok('contracts.list', {}).rows.map((c) => c.id)).toEqual([active.id])
    expect(core.ok('contracts.get', { id: draft.id }).deletedAt).not.toBeNull()

    const restored = core.ok('contracts.restore', { id: draft.id })
    expect(restored).toMatchObject({
      id: draft.id,
      number: draft.number,
      state: 'draft',
      status: 'draft',
      deletedAt: null,
      notes: '待客户盖章',
      totalCents: draft.totalCents,
    })
    expect(restored.items).toEqual(draft.items)
    expect(restored.plan).toEqual(draft.plan)
    expect(core.ok('contracts.list', {}).total).toBe(2)
    expect(core.ok('contracts.list', { filter: { deleted: true } }).total).toBe(0)
    // Still a draft: no receivables until activated; then it is one like any other.
    expect(core.ok('receivables.list', { filter: { contractId: draft.id } }).total).toBe(0)
    core.ok('contracts.activate', { id: draft.id })
    expect(core.ok('receivables.list', { filter: { contractId: draft.id } }).total).toBe(3)
    const db = new Database(join(core.dataDir, 'kehu.db'), { readonly: true })
    const audit = db
      .prepare(
        "SELECT action FROM audit_log WHERE entity = 'contract' AND entity_id = ? ORDER BY id",
      )
      .pluck()
      .all(draft.id)
    db.close()
    expect(audit).toEqual(['create', 'delete', 'restore', 'activate'])
    expectLedgerInvariants(core.dataDir)

    expectRefused(core, 'contracts.restore', { id: active.id }, 'CONFLICT', 'errors.notDeleted', {
      name: active.number,
    })
    expectRefused(core, 'contracts.restore', { id: 999 }, 'NOT_FOUND', 'errors.notFound')
    core.close()
  })

  it('waits for its customer to come back from the recycle bin', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const draft = newContract(core, customer.id, { draft: true })
    core.ok('contracts.delete', { id: draft.id })
    core.ok('customers.delete', { id: customer.id })
    expectRefused(core, 'contracts.restore', { id: draft.id }, 'CONFLICT', 'errors.customerDeleted')
    core.ok('customers.restore', { id: customer.id })
    expect(core.ok('contracts.restore', { id: draft.id }).deletedAt).toBeNull()
    core.close()
  })
})

describe('termination date', () => {
  it('is refused before the signing date or the latest payment; nothing changes', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    // Signed 2026-09-15; paid on 2026-10-02, reversed on 2026-10-20.
    const contract = newContract(core, customer.id)
    const paid = core.ok('payments.create', {
      contractId: contract.id,
      receivedDate: '2026-10-02',
      amountCents: 400_000,
      method: 'bank',
    })
    const terminate = (date: string) => ({ id: contract.id, reason: '客户取消', date })
    expectRefused(
      core,
      'contracts.terminate',
      terminate('2026-09-14'),
      'VALIDATION',
      'errors.terminationBeforeSigning',
      { signedDate: '2026-09-15' },
    )
    expectRefused(
      core,
      'contracts.terminate',
      terminate('2026-10-01'),
      'VALIDATION',
      'errors.terminationBeforePayment',
      { paymentDate: '2026-10-02' },
    )
    core.ok('payments.reverse', { id: paid.id, reason: '退票', date: '2026-10-20' })
    // A reversal is money moving too.
    expectRefused(
      core,
      'contracts.terminate',
      terminate('2026-10-19'),
      'VALIDATION',
      'errors.terminationBeforePayment',
      { paymentDate: '2026-10-20' },
    )
    const result = core.call('contracts.terminate', terminate('2026-10-19'))
    expect(!result.ok && result.error.details?.[0]?.path).toBe('date')
    // On the day of the latest payment is fine.
    const terminated = core.ok('contracts.terminate', terminate('2026-10-20'))
    expect(terminated).toMatchObject({ state: 'terminated', terminatedDate: '2026-10-20' })
    expectLedgerInvariants(core.dataDir)
    core.close()
  })

  it('takes the signing date itself, and today by default', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const early = newContract(core, customer.id)
    expect(
      core.ok('contracts.terminate', { id: early.id, reason: '签错', date: '2026-09-15' })
        .terminatedDate,
    ).toBe('2026-09-15')
    const other = newContract(core, customer.id)
    expect(core.ok('contracts.terminate', { id: other.id, reason: '取消' }).terminatedDate).toBe(
      '2026-11-23',
    )
    // A contract signed after today cannot be terminated "today".
    const future = newContract(core, customer.id, {
      signedDate: '2026-12-01',
      plan: [{ dueDate: '2027-01-01', amountCents: 3_250_000 }],
    })
    expectRefused(
      core,
      'contracts.terminate',
      { id: future.id, reason: '取消' },
      'VALIDATION',
      'errors.terminationBeforeSigning',
    )
    core.close()
  })
})

import type { Ctx } from '../context'

/**
 * Recomputes a contract's denormalised columns from their source rows. Call inside the
 * write's transaction after any change to its items, plan, payments, invoices or state:
 * - instalments.received_cents = Σ allocations; instalments.open = contract active (live),
 *   not voided and received < amount;
 * - contracts.total_cents = Σ line totals; received_cents = Σ instalments' received;
 *   advance_cents = Σ advances and their reversals; invoiced_cents = Σ invoices;
 *   voided_cents = Σ unpaid of voided instalments; next_due_date = earliest open due date;
 *   last_due_date = the latest due date of the plan.
 * Work is proportional to the contract's own rows (indexes by contract_id).
 */
export function refreshContractSums(ctx: Ctx, contractId: number): void {
  const statements = prepared(ctx)
  statements.instalments.run({ id: contractId })
  statements.contract.run({ id: contractId })
}

const cache = new WeakMap<Ctx['sqlite'], ReturnType<typeof prepare>>()
function prepared(ctx: Ctx) {
  let found = cache.get(ctx.sqlite)
  if (!found) {
    found = prepare(ctx)
    cache.set(ctx.sqlite, found)
  }
  return found
}

function prepare(ctx: Ctx) {
  const instalments = ctx.sqlite.prepare(`
    UPDATE instalments SET received_cents = r.received, open = r.open
    FROM (
      SELECT x.id, x.received,
        CASE WHEN x.voided_at IS NULL AND x.received < x.amount_cents AND x.live THEN 1 ELSE 0 END AS open
      FROM (
        SELECT i.id, i.voided_at, i.amount_cents,
          COALESCE((SELECT SUM(a.amount_cents) FROM payment_allocations a WHERE a.instalment_id = i.id), 0) AS received,
          (SELECT state = 'active' AND deleted_at IS NULL FROM contracts WHERE id = i.contract_id) AS live
        FROM instalments i WHERE i.contract_id = @id
      ) AS x
    ) AS r
    WHERE instalments.id = r.id AND (instalments.received_cents <> r.received OR instalments.open <> r.open)`)
  const contract = ctx.sqlite.prepare(`
    UPDATE contracts SET
      total_cents = COALESCE((SELECT SUM(line_total_cents) FROM contract_items WHERE contract_id = @id), 0),
      received_cents = COALESCE((SELECT SUM(received_cents) FROM instalments WHERE contract_id = @id), 0),
      advance_cents = COALESCE((
        SELECT SUM(p.amount_cents) FROM payments p
        LEFT JOIN payments o ON o.id = p.reverses_id
        WHERE p.contract_id = @id AND (p.kind = 'advance' OR o.kind = 'advance')), 0),
      invoiced_cents = COALESCE((SELECT SUM(amount_cents) FROM invoices WHERE contract_id = @id), 0),
      voided_cents = COALESCE((
        SELECT SUM(amount_cents - received_cents) FROM instalments
        WHERE contract_id = @id AND voided_at IS NOT NULL), 0),
      next_due_date = (SELECT MIN(due_date) FROM instalments WHERE contract_id = @id AND open = 1),
      last_due_date = (SELECT MAX(due_date) FROM instalments WHERE contract_id = @id)
    WHERE id = @id`)
  return { instalments, contract }
}

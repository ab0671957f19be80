import type { Ctx } from '../context'
import { invalidField } from '../errors'
import { normaliseCompanyName } from '../customers'

/**
 * The customer a row names — by code, by exact name, or by name without legal form
 * (杭州华达贸易 finds 杭州华达贸易有限公司 only when no other customer reduces to the same);
 * unknown or ambiguous names are the row's problem on the `customer` column.
 */
export function customerResolver(ctx: Ctx): (value: unknown) => number {
  const byCode = new Map<string, number>()
  const byName = new Map<string, number | 'many'>()
  const byNormalised = new Map<string, number | 'many'>()
  const remember = (map: Map<string, number | 'many'>, key: string, id: number) =>
    map.set(key, map.has(key) && map.get(key) !== id ? 'many' : id)
  const rows = ctx.sqlite
    .prepare('SELECT id, code, name FROM customers WHERE deleted_at IS NULL')
    .all() as { id: number; code: string; name: string }[]
  for (const c of rows) {
    byCode.set(c.code, c.id)
    remember(byName, c.name.trim(), c.id)
    remember(byNormalised, normaliseCompanyName(c.name), c.id)
  }
  return (value) => {
    const text = (typeof value === 'string' ? value : '').trim()
    const found =
      byCode.get(text) ?? byName.get(text) ?? byNormalised.get(normaliseCompanyName(text))
    if (found === undefined || found === 'many')
      throw invalidField(
        'customer',
        found === 'many' ? 'errors.importCustomerAmbiguous' : 'errors.importCustomerUnknown',
        `No single customer ${text}`,
        { value: text },
      )
    return found
  }
}

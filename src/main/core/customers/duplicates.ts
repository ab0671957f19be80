import { asc, eq, isNull } from 'drizzle-orm'
import type { DuplicateGroup, DuplicateReason } from '../../../shared/api'
import { toHalfWidth } from '../../../shared/text'
import type { Ctx } from '../context'
import { customers, owners } from '../db/schema'

/**
 * A company name reduced to what identifies it: brackets and their content
 * ("(北京)", "（中国）"), legal-form suffixes (有限公司, 股份有限公司, 集团…),
 * spaces and punctuation removed, Latin letters lower-cased.
 */
export function normaliseCompanyName(name: string): string {
  let text = toHalfWidth(name).toLowerCase()
  text = text.replace(/[([【][^)\]】]*[)\]】]/g, '')
  text = text.replace(
    /(股份有限公司|有限责任公司|有限公司|股份公司|集团公司|集团|公司|co\.?,?\s*ltd\.?|ltd\.?|inc\.?)$/g,
    '',
  )
  text = text.replace(/(股份|有限)$/g, '')
  return text.replace(/[\s\p{P}\p{S}]/gu, '')
}

/**
 * Likely duplicates among live customers: the same phone number (digits), the same
 * email, or the same normalised name. One scan of the table; grouping in memory.
 */
export function findDuplicates(ctx: Ctx): DuplicateGroup[] {
  const rows = ctx.db
    .select({
      id: customers.id,
      code: customers.code,
      name: customers.name,
      phone: customers.phone,
      phoneDigits: customers.phoneDigits,
      email: customers.email,
      ownerName: owners.name,
      grade: customers.grade,
      stage: customers.stage,
      createdAt: customers.createdAt,
    })
    .from(customers)
    .leftJoin(owners, eq(owners.id, customers.ownerId))
    .where(isNull(customers.deletedAt))
    .orderBy(asc(customers.id))
    .all()

  const groups = new Map<string, { reason: DuplicateReason; key: string; ids: number[] }>()
  const add = (reason: DuplicateReason, key: string, id: number) => {
    const mapKey = `${reason}:${key}`
    const group = groups.get(mapKey) ?? { reason, key, ids: [] }
    if (group.ids[group.ids.length - 1] !== id) group.ids.push(id)
    groups.set(mapKey, group)
  }
  for (const row of rows) {
    for (const digits of row.phoneDigits?.split(' ') ?? [])
      if (digits.length >= 7) add('phone', digits, row.id)
    if (row.email) add('email', row.email.trim().toLowerCase(), row.id)
    const name = normaliseCompanyName(row.name)
    if (name.length >= 2) add('name', name, row.id)
  }
  const byId = new Map(rows.map(({ phoneDigits: _d, ...row }) => [row.id, row]))
  // The same records matched for several reasons (phone and name) are one group.
  const bySet = new Map<string, { reasons: DuplicateReason[]; key: string; ids: number[] }>()
  for (const group of groups.values()) {
    if (group.ids.length < 2) continue
    const members = group.ids.join(',')
    const existing = bySet.get(members)
    if (existing) existing.reasons.push(group.reason)
    else bySet.set(members, { reasons: [group.reason], key: group.key, ids: group.ids })
  }
  return [...bySet.values()]
    .map((g) => ({
      reason: g.reasons[0]!,
      reasons: g.reasons,
      key: g.key,
      customers: g.ids.map((id) => byId.get(id)!),
    }))
    .sort((a, b) => b.customers.length - a.customers.length || a.key.localeCompare(b.key))
}

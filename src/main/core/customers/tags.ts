import { asc, count as countRows, eq, inArray } from 'drizzle-orm'
import type { Tag } from '../../../shared/api'
import type { Ctx } from '../context'
import { customerTags, tags } from '../db/schema'
import { invalidField } from '../errors'

/** Mantine colour names, so a tag's colour renders the same in badge, chart and print. */
const PALETTE = [
  'blue',
  'teal',
  'grape',
  'orange',
  'cyan',
  'pink',
  'lime',
  'indigo',
  'violet',
  'yellow',
]

export function listTags(ctx: Ctx): Tag[] {
  return ctx.db.select().from(tags).orderBy(asc(tags.name)).all()
}

/** Ids of the named tags, creating the ones that do not exist yet (tags are made on the fly). */
export function ensureTags(ctx: Ctx, names: string[]): number[] {
  const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))]
  if (unique.length === 0) return []
  const existing = ctx.db.select().from(tags).where(inArray(tags.name, unique)).all()
  const byName = new Map(existing.map((t) => [t.name, t.id]))
  let count = ctx.db.select({ n: countRows() }).from(tags).get()?.n ?? 0
  for (const name of unique) {
    if (byName.has(name)) continue
    const color = PALETTE[count % PALETTE.length] ?? 'gray'
    const row = ctx.db.insert(tags).values({ name, color }).returning({ id: tags.id }).get()
    byName.set(name, row.id)
    count += 1
  }
  return unique.map((n) => byName.get(n) as number)
}

export function setCustomerTags(ctx: Ctx, customerId: number, names: string[]): void {
  const ids = ensureTags(ctx, names)
  ctx.db.delete(customerTags).where(eq(customerTags.customerId, customerId)).run()
  if (ids.length > 0)
    ctx.db
      .insert(customerTags)
      .values(ids.map((tagId) => ({ customerId, tagId })))
      .run()
}

/** Tags of many customers in one query, for a page of list rows. */
export function tagsOfCustomers(ctx: Ctx, customerIds: number[]): Map<number, Tag[]> {
  const result = new Map<number, Tag[]>()
  if (customerIds.length === 0) return result
  const rows = ctx.db
    .select({
      customerId: customerTags.customerId,
      id: tags.id,
      name: tags.name,
      color: tags.color,
    })
    .from(customerTags)
    .innerJoin(tags, eq(tags.id, customerTags.tagId))
    .where(inArray(customerTags.customerId, customerIds))
    .orderBy(asc(tags.name))
    .all()
  for (const { customerId, ...tag } of rows) {
    const list = result.get(customerId) ?? []
    list.push(tag)
    result.set(customerId, list)
  }
  return result
}

/** Refuses a tag id that does not exist, as a field error. */
export function assertTagExists(ctx: Ctx, tagId: number, path: string): void {
  if (!ctx.db.select({ id: tags.id }).from(tags).where(eq(tags.id, tagId)).get()) {
    throw invalidField(path, 'errors.unknownTag', `No tag with id ${tagId}`, { id: tagId })
  }
}

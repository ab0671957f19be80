import { and, eq, isNull, sql, type SQL } from 'drizzle-orm'
import { pinyin } from 'pinyin-pro'
import { toHalfWidth } from '../../../shared/text'
import type { Ctx } from '../context'
import { contacts, customers } from '../db/schema'

/**
 * Customer search index: one FTS5 trigram row per customer (rowid = customer id)
 * holding every text a person may type to find it — name, short name, code, phones
 * (digits), email, contacts, notes — plus the pinyin of the names, full ("beijing")
 * and initials ("bjzs"). Trigram needs ≥ 3 characters; shorter queries use LIKE on a
 * short text of names, initials, code and phone digits (see `searchCondition`).
 */
export interface SearchSource {
  id: number
  code: string
  name: string
  shortName: string | null
  phoneDigits: string | null
  phone: string | null
  email: string | null
  wechat: string | null
  notes: string | null
  contactNames?: string[]
  contactPhones?: string[]
}

/** Pinyin of Chinese text: full syllables joined, and initials; other characters kept. */
export function pinyinKeys(text: string): { full: string; initials: string } {
  const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
  const initials = pinyin(text, {
    pattern: 'first',
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
  })
  return {
    full: full.join('').replace(/\s+/g, '').toLowerCase(),
    initials: initials.join('').replace(/\s+/g, '').toLowerCase(),
  }
}

/** The full text (trigram index) and the short text (1–2 character queries) of a customer. */
export function searchTexts(source: SearchSource): { full: string; short: string } {
  const names = [source.name, source.shortName, ...(source.contactNames ?? [])].filter(
    (n): n is string => !!n,
  )
  const keys = names.map(pinyinKeys)
  const short = normaliseQuery(
    [source.code, ...names, ...keys.map((k) => k.initials), source.phoneDigits ?? '']
      .filter(Boolean)
      .join(' | '),
  )
  const parts: string[] = [source.code, ...names]
  for (const key of keys) parts.push(key.full, key.initials)
  parts.push(
    source.phoneDigits ?? '',
    source.phone ?? '',
    ...(source.contactPhones ?? []),
    source.email ?? '',
    source.wechat ?? '',
    source.notes ?? '',
  )
  return { full: normaliseQuery(parts.filter(Boolean).join(' | ')), short }
}

/** Writes both search rows of a customer (rowid / id = customer id). */
export function writeSearchRows(
  ctx: Ctx,
  id: number,
  texts: { full: string; short: string },
): void {
  ctx.sqlite
    .prepare('INSERT OR REPLACE INTO customer_search(rowid, text) VALUES (?, ?)')
    .run(id, texts.full)
  ctx.sqlite
    .prepare('INSERT OR REPLACE INTO customer_search_short(id, text) VALUES (?, ?)')
    .run(id, texts.short)
}

/** The key a name sorts by: its full pinyin, lower case ("上海" → "shanghai"). */
export function nameSortKey(name: string): string {
  return pinyinKeys(name).full
}

/** Case-folded, half-width: the same folding is applied to the index and to queries. */
export function normaliseQuery(text: string): string {
  return toHalfWidth(text).toLowerCase().trim()
}

/** Rebuilds one customer's search row from the customer and its live contacts. */
export function reindexCustomer(ctx: Ctx, id: number): void {
  const row = ctx.db.select().from(customers).where(eq(customers.id, id)).get()
  if (!row) return
  const people = ctx.db
    .select({ name: contacts.name, phoneDigits: contacts.phoneDigits, email: contacts.email })
    .from(contacts)
    .where(and(eq(contacts.customerId, id), isNull(contacts.deletedAt)))
    .all()
  const source: SearchSource = {
    ...row,
    contactNames: people.map((p) => p.name),
    contactPhones: people.flatMap((p) => [p.phoneDigits ?? '', p.email ?? '']).filter(Boolean),
  }
  writeSearchRows(ctx, id, searchTexts(source))
}

/**
 * A subquery selecting the ids of matching customers. Phone-like queries also
 * match with separators removed ("138-0013" → "1380013").
 */
export function searchCondition(q: string): SQL | null {
  const text = normaliseQuery(q)
  if (!text) return null
  const digits = /^[\d\s\-+()]+$/.test(text) ? text.replace(/\D/g, '') : ''
  const term = digits.length >= 3 ? digits : text
  if ([...term].length >= 3) {
    // A quoted FTS5 string: the trigram tokenizer matches it as a substring.
    const phrase = `"${term.replace(/"/g, '""')}"`
    return sql`SELECT rowid FROM customer_search WHERE customer_search MATCH ${phrase}`
  }
  const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  return sql`SELECT id FROM customer_search_short WHERE text LIKE ${like} ESCAPE '\\'`
}

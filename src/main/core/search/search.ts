import { and, eq, isNull, sql, type SQL } from 'drizzle-orm'
import type { Statement } from 'better-sqlite3'
import { toHalfWidth } from '../../../shared/text'
import type { Ctx } from '../context'
import { contacts, customers } from '../db/schema'
import { pinyinKeys } from '../pinyin'

/**
 * Customer search index: one FTS5 trigram row per customer (rowid = customer id)
 * holding every text a person may type to find it — name, short name, code, phones
 * (digits), email, contacts, notes — plus the pinyin of the names, full ("beijing")
 * and initials ("bjzs"). Trigram needs ≥ 3 characters; shorter queries use a second
 * FTS5 table with one token per character of the names and initials (see `searchCondition`).
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

/** Case-folded, half-width: the same folding is applied to the index and to queries. */
export function normaliseQuery(text: string): string {
  return toHalfWidth(text).toLowerCase().trim()
}

/** Between words of the short text: a token nobody types, so a phrase never spans two names. */
const WORD_BREAK = ' ǂ '
/**
 * Between the fields of the full text: one character nobody types, so a substring never
 * spans two fields. Each character between fields is one more trigram per field to index
 * (it was ' | ', three: a tenth of a big import's trigrams).
 */
const FIELD_BREAK = '|'
/** What the short text leaves out: anything not a letter or digit of some script. */
const NOT_A_LETTER = /[^\p{L}\p{N}]/gu
/** Something in a phone besides digits and the separators a phone query may hold. */
const PHONE_WORDS = /[^\d\s\-+()]/

/**
 * The full text (trigram index) and the short text (one token per character, for 1–2
 * character queries: names and the initials of the customer's names — no phones or
 * codes, whose 1–2 digit fragments would match nearly everyone).
 */
export function searchTexts(source: SearchSource): { full: string; short: string } {
  const names = [source.name, source.shortName, ...(source.contactNames ?? [])].filter(
    (n): n is string => !!n,
  )
  const keys = names.map(pinyinKeys)
  const ownInitials = keys.slice(0, source.shortName ? 2 : 1).map((k) => k.initials)
  const short = [...names, ...ownInitials]
    .map((word) => [...normaliseQuery(word).replace(NOT_A_LETTER, '')].join(' '))
    .filter(Boolean)
    .join(WORD_BREAK)
  const parts: string[] = [source.code, ...names]
  for (const key of keys) parts.push(key.full, key.initials)
  parts.push(
    source.phoneDigits ?? '',
    // A phone query is searched as its digits (searchCondition), which phoneDigits holds;
    // the phone as written only adds what is not a digit or separator ("转 801").
    source.phone && PHONE_WORDS.test(toHalfWidth(source.phone)) ? source.phone : '',
    ...(source.contactPhones ?? []),
    source.email ?? '',
    source.wechat ?? '',
    source.notes ?? '',
  )
  return { full: normaliseQuery(parts.filter(Boolean).join(FIELD_BREAK)), short }
}

type SearchStatements = Record<'full' | 'short', Statement>
const statements = new WeakMap<Ctx['sqlite'], Record<'replace' | 'insert', SearchStatements>>()

/**
 * Writes both search rows of a customer (rowid = customer id); statements prepared once
 * per connection. `new` for a customer just created: ids are never reused (AUTOINCREMENT),
 * so there is no row to replace and FTS5 is spared looking for one.
 */
export function writeSearchRows(
  ctx: Ctx,
  id: number,
  texts: { full: string; short: string },
  customer: 'new' | 'existing' = 'existing',
): void {
  let prepared = statements.get(ctx.sqlite)
  if (!prepared) {
    const both = (verb: string): SearchStatements => ({
      full: ctx.sqlite.prepare(`${verb} INTO customer_search(rowid, text) VALUES (?, ?)`),
      short: ctx.sqlite.prepare(`${verb} INTO customer_search_chars(rowid, text) VALUES (?, ?)`),
    })
    prepared = { replace: both('INSERT OR REPLACE'), insert: both('INSERT') }
    statements.set(ctx.sqlite, prepared)
  }
  const chosen = customer === 'new' ? prepared.insert : prepared.replace
  chosen.full.run(id, texts.full)
  chosen.short.run(id, texts.short)
}

export function unindexCustomer(ctx: Ctx, id: number): void {
  ctx.sqlite.prepare('DELETE FROM customer_search WHERE rowid = ?').run(id)
  ctx.sqlite.prepare('DELETE FROM customer_search_chars WHERE rowid = ?').run(id)
}

/**
 * Fills the search tables when they do not hold every customer — after a migration
 * that (re)creates them. One transaction; at 100k customers a few seconds, once.
 */
export function ensureSearchIndex(ctx: Ctx): boolean {
  const count = (sqlText: string) => (ctx.sqlite.prepare(sqlText).get() as { n: number }).n
  const customersCount = count('SELECT count(*) AS n FROM customers')
  if (
    count('SELECT count(*) AS n FROM customer_search_chars') === customersCount &&
    count('SELECT count(*) AS n FROM customer_search') === customersCount
  )
    return false
  ctx.db.transaction(() => {
    ctx.sqlite.exec('DELETE FROM customer_search; DELETE FROM customer_search_chars;')
    const ids = ctx.sqlite.prepare('SELECT id FROM customers').pluck().all() as number[]
    for (const id of ids) reindexCustomer(ctx, id)
  })
  return true
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
  writeSearchRows(ctx, id, searchTexts(customerSearchSource(row, people)))
}

/** What a customer's search rows are built from: its own fields and its live contacts. */
export function customerSearchSource(
  row: Omit<SearchSource, 'contactNames' | 'contactPhones'>,
  people: { name: string; phoneDigits: string | null; email: string | null }[],
): SearchSource {
  // The fields searchTexts reads, by name: a customer row is 30 columns (an import makes
  // 100,000 of these).
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    phoneDigits: row.phoneDigits,
    phone: row.phone,
    email: row.email,
    wechat: row.wechat,
    notes: row.notes,
    contactNames: people.map((p) => p.name),
    contactPhones: people.flatMap((p) => [p.phoneDigits ?? '', p.email ?? '']).filter(Boolean),
  }
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
  // Shorter: the characters as a phrase over the one-token-per-character index.
  const chars = [...term].filter((c) => /[\p{L}\p{N}]/u.test(c))
  if (chars.length === 0) return sql`SELECT NULL WHERE 0`
  return sql`SELECT rowid FROM customer_search_chars WHERE customer_search_chars MATCH ${`"${chars.join(' ')}"`}`
}

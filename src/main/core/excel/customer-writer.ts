import { and, eq, isNull } from 'drizzle-orm'
import { customerCreateInput, type CustomerCreateInput } from '../../../shared/api'
import type { DuplicatePolicy } from '../../../shared/api/excel'
import { phoneDigits } from '../../../shared/text'
import type { Ctx } from '../context'
import { contacts, customers, owners } from '../db/schema'
import { invalidInput } from '../errors'
import { recordAudit } from '../db/audit'
import { createContact, newContactRow } from '../customers'
import { getCustomer } from '../customers'
import { createdChangesOfRow, newCustomerRow, snapshot, updateCustomer } from '../customers'
import { normaliseCompanyName } from '../customers'
import { createOwner } from '../app'
import { customerSearchSource, searchTexts, writeSearchRows, type SearchSource } from '../search'
import { ensureTags } from '../customers'
import { campaignResolver } from './campaign-column'
import { problemsOf, zodProblems } from './problems'
import type { DuplicateMatch, RowOutcome, RowValues, RowWriter } from './registry'
import { tableInserter } from './table-insert'

/** Import field → the service input's path where they differ (owner is a name, ownerId an id). */
const SERVICE_PATH: Record<string, string> = { ownerId: 'owner', campaignId: 'campaign' }
const fieldOf = (path: string) => SERVICE_PATH[path] ?? path

/** A row's values as customers.create's input (the contract's own schema checks it). */
export function customerInput(
  values: RowValues,
  ownerId: number | undefined,
  campaignId?: number,
): CustomerCreateInput {
  const input: Record<string, unknown> = {}
  const custom: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith('custom.')) custom[key.slice(7)] = value
    else if (
      !['owner', 'campaign', 'createdDate', 'contactName', 'contactTitle', 'contactPhone'].includes(
        key,
      )
    )
      input[key] = value
  }
  if (ownerId !== undefined) input.ownerId = ownerId
  if (campaignId !== undefined) input.campaignId = campaignId
  if (Object.keys(custom).length > 0) input.custom = custom
  return input as CustomerCreateInput
}

/** Local midnight of a calendar date: the instant a 录入日期 stands for. */
function dateInstant(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d).getTime()
}

/** Normalised keys a customer is matched on: phone digits (≥ 7), email, company name. */
function matchKeys(row: { phone?: string | null; email?: string | null; name?: string | null }) {
  const keys: { reason: DuplicateMatch['reason']; key: string }[] = []
  for (const digits of phoneDigits(row.phone)?.split(' ') ?? [])
    if (digits.length >= 7) keys.push({ reason: 'phone', key: `p:${digits}` })
  if (row.email) keys.push({ reason: 'email', key: `e:${row.email.trim().toLowerCase()}` })
  const name = row.name ? normaliseCompanyName(row.name) : ''
  if (name.length >= 2) keys.push({ reason: 'name', key: `n:${name}` })
  return keys
}

export function customerWriter(
  ctx: Ctx,
  mapping: (string | null)[],
  options: { readOnly: boolean; importedAt: number },
): RowWriter {
  const now = options.importedAt
  const ownerIds = new Map(
    ctx.db
      .select()
      .from(owners)
      .all()
      .map((o) => [o.name, o.id]),
  )
  const tagIds = new Map<string, { id: number; name: string; color: string }>()
  let index: Map<string, { id: number; label: string }> | null = null
  const campaignOf = campaignResolver(ctx)
  const insertCustomer = tableInserter(ctx, customers)
  const insertContact = tableInserter(ctx, contacts)
  const insertTag = ctx.sqlite.prepare(
    'INSERT INTO customer_tags(customer_id, tag_id) VALUES (?, ?)',
  )
  const pendingSearch: { id: number; source: SearchSource }[] = []
  const createdHere = new Set<number>()
  // The id of the customer inserted last: the table's sequence, which a new code follows.
  let lastId: number | undefined
  // A sheet's 录入日期 repeat: each date's instant is worked out once per import.
  const instants = new Map<string, number>()
  const instantOf = (date: string) => {
    let instant = instants.get(date)
    if (instant === undefined) instants.set(date, (instant = dateInstant(date)))
    return instant
  }

  function duplicateIndex() {
    if (index) return index
    index = new Map()
    const rows = ctx.sqlite
      .prepare('SELECT id, name, phone, email FROM customers WHERE deleted_at IS NULL ORDER BY id')
      .all() as { id: number; name: string; phone: string | null; email: string | null }[]
    for (const row of rows)
      for (const { key } of matchKeys(row))
        if (!index.has(key)) index.set(key, { id: row.id, label: row.name })
    return index
  }

  /** Throws the row's refusal when it names a campaign Kehu does not know. */
  function parse(values: RowValues) {
    const ownerName = typeof values.owner === 'string' ? values.owner : undefined
    // An owner not yet in Kehu is created with the import; until then any id passes the schema.
    const ownerId = ownerName
      ? (ownerIds.get(ownerName) ?? (options.readOnly ? undefined : -1))
      : undefined
    return customerCreateInput.safeParse(
      customerInput(values, ownerId === -1 ? undefined : ownerId, campaignOf(values.campaign)),
    )
  }

  function ownerIdFor(values: RowValues): number | undefined {
    const name = typeof values.owner === 'string' ? values.owner.trim() : ''
    if (!name) return undefined
    let id = ownerIds.get(name)
    if (id === undefined) {
      id = createOwner(ctx, { name: name.slice(0, 50) }).id
      ownerIds.set(name, id)
    }
    return id
  }

  function tagsFor(names: string[]) {
    const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))]
    const missing = unique.filter((n) => !tagIds.has(n))
    if (missing.length > 0) {
      const ids = ensureTags(ctx, missing)
      const colours = ctx.sqlite.prepare('SELECT id, name, color FROM tags WHERE id = ?')
      ids.forEach((id) => {
        const tag = colours.get(id) as { id: number; name: string; color: string }
        tagIds.set(tag.name, tag)
      })
    }
    return unique
      .map((n) => tagIds.get(n)!)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  }

  /** customers.create, then contacts.create for the row's contact: the same rows, batched. */
  function create(values: RowValues, input: CustomerCreateInput): number {
    // Every rule is checked before anything of the row is written: a refusal rejects it whole.
    const { values: row, tagNames } = newCustomerRow(ctx, input, now, lastId)
    const ownerId = ownerIdFor(values)
    if (ownerId !== undefined) row.ownerId = ownerId
    if (typeof values.createdDate === 'string') row.createdAt = instantOf(values.createdDate)
    const id = insertCustomer(row)
    lastId = id
    createdHere.add(id)
    const tags = tagsFor(tagNames)
    for (const tag of tags) insertTag.run(id, tag.id)
    recordAudit(ctx, {
      entity: 'customer',
      entityId: id,
      action: 'create',
      changes: createdChangesOfRow(
        row,
        tags.map((t) => t.name),
      ),
    })
    const people: { name: string; phoneDigits: string | null; email: string | null }[] = []
    if (typeof values.contactName === 'string') {
      const contact = newContactRow(
        {
          customerId: id,
          name: values.contactName.slice(0, 100),
          title: values.contactTitle as string | undefined,
          phone: values.contactPhone as string | undefined,
        },
        now,
      )
      // The only contact of a new customer is its primary one (settlePrimary's rule).
      insertContact({ ...contact, isPrimary: true })
      people.push({ name: contact.name, phoneDigits: contact.phoneDigits ?? null, email: null })
      recordAudit(ctx, {
        entity: 'customer',
        entityId: id,
        action: 'contact.create',
        changes: { contact: { after: contact.name } },
      })
    }
    const searched = {
      id,
      code: row.code,
      name: row.name,
      shortName: row.shortName ?? null,
      phoneDigits: row.phoneDigits ?? null,
      phone: row.phone ?? null,
      email: row.email ?? null,
      wechat: row.wechat ?? null,
      notes: row.notes ?? null,
    }
    pendingSearch.push({ id, source: customerSearchSource(searched, people) })
    // A later row may duplicate this one; an index not built yet reads it from the table.
    if (index)
      for (const { key } of matchKeys(searched))
        if (!index.has(key)) index.set(key, { id, label: row.name })
    return id
  }

  function update(id: number, values: RowValues, input: CustomerCreateInput): RowOutcome {
    const before = getCustomer(ctx, id)
    const patch: Record<string, unknown> = { ...input, id }
    const ownerId = ownerIdFor(values)
    if (ownerId !== undefined) patch.ownerId = ownerId
    if (input.tags) patch.tags = [...new Set([...before.tags.map((t) => t.name), ...input.tags])]
    const after = updateCustomer(ctx, patch as Parameters<typeof updateCustomer>[1])
    const contactIds: number[] = []
    const name = typeof values.contactName === 'string' ? values.contactName : ''
    if (name && !after.contacts.some((c) => c.name === name)) {
      const contact = createContact(ctx, {
        customerId: id,
        name: name.slice(0, 100),
        title: values.contactTitle as string | undefined,
        phone: values.contactPhone as string | undefined,
      })
      contactIds.push(contact.id)
    }
    if (createdHere.has(id)) return { action: 'updated' }
    return {
      action: 'updated',
      recordId: id,
      before: snapshot(before),
      after: { ...snapshot(after), contactIds },
    }
  }

  return {
    check(values) {
      try {
        const parsed = parse(values)
        if (!parsed.success) return zodProblems(parsed.error, mapping, fieldOf)
        newCustomerRow(ctx, parsed.data, now)
      } catch (error) {
        return problemsOf(error, mapping, fieldOf)
      }
      return []
    },
    remember(values) {
      const index = duplicateIndex()
      const label = typeof values.name === 'string' ? values.name : ''
      for (const { key } of matchKeys(values)) if (!index.has(key)) index.set(key, { id: 0, label })
    },
    findDuplicate(values) {
      const found = matchKeys(values)
      for (const { reason, key } of found) {
        const hit = duplicateIndex().get(key)
        if (hit) return { id: hit.id, reason, label: hit.label }
      }
      return null
    },
    write(values, duplicate, policy: DuplicatePolicy) {
      const parsed = parse(values)
      if (!parsed.success) throw invalidInput(parsed.error)
      if (duplicate && policy === 'skip') return { action: 'skipped', recordId: duplicate.id }
      if (duplicate && policy === 'update') {
        const live = ctx.db
          .select({ id: customers.id })
          .from(customers)
          .where(and(eq(customers.id, duplicate.id), isNull(customers.deletedAt)))
          .get()
        if (live) return update(duplicate.id, values, parsed.data)
      }
      return { action: 'created', recordId: create(values, parsed.data) }
    },
    flush() {
      for (const { id, source } of pendingSearch.splice(0))
        writeSearchRows(ctx, id, searchTexts(source), 'new')
    },
  }
}

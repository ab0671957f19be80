import type { ExportListInput } from '../../../shared/api/excel'
import type { Ctx } from '../context'
import { invalidField } from '../errors'
import { label } from './labels'
import { registerExporter } from './list-exports'

/**
 * Contacts and follow-ups (跟进记录) of live customers, optionally of one customer
 * (filter.customerId), newest follow-up first.
 */
function customerIdOf(input: ExportListInput): number | null {
  const id = input.filter?.customerId
  if (id === undefined || id === null) return null
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1)
    throw invalidField('filter.customerId', 'errors.invalid_type', 'Expected a customer id')
  return id
}

function* pages<T>(ctx: Ctx, sql: string, params: unknown[]): Generator<T[]> {
  const statement = ctx.sqlite.prepare(`${sql} LIMIT ? OFFSET ?`)
  for (let offset = 0; ; offset += 1000) {
    const rows = statement.all(...params, 1000, offset) as T[]
    if (rows.length > 0) yield rows
    if (rows.length < 1000) return
  }
}

interface ContactRow {
  customerCode: string
  customerName: string
  name: string
  title: string | null
  phone: string | null
  email: string | null
  wechat: string | null
  birthday: string | null
  notes: string | null
  isPrimary: number
}

registerExporter<ContactRow>({
  entity: 'contacts',
  title: (locale) => label(locale, 'contacts'),
  columns: (_ctx, locale) => {
    const l = (key: string) => label(locale, key)
    return [
      { id: 'customerCode', header: l('code'), kind: 'text', value: (r) => r.customerCode },
      { id: 'customerName', header: l('name'), kind: 'text', value: (r) => r.customerName },
      { id: 'name', header: l('contactNameOnly'), kind: 'text', value: (r) => r.name },
      { id: 'title', header: l('contactTitle'), kind: 'text', value: (r) => r.title },
      { id: 'phone', header: l('phone'), kind: 'text', value: (r) => r.phone },
      { id: 'email', header: l('email'), kind: 'text', value: (r) => r.email },
      { id: 'wechat', header: l('wechat'), kind: 'text', value: (r) => r.wechat },
      { id: 'birthday', header: l('birthday'), kind: 'date', value: (r) => r.birthday },
      {
        id: 'isPrimary',
        header: l('isPrimary'),
        kind: 'text',
        value: (r) => l(r.isPrimary ? 'yes' : 'no'),
      },
      { id: 'notes', header: l('notes'), kind: 'text', value: (r) => r.notes },
    ]
  },
  *batches(ctx, input) {
    const customerId = customerIdOf(input)
    yield* pages<ContactRow>(
      ctx,
      `SELECT c.code AS customerCode, c.name AS customerName, p.name, p.title, p.phone, p.email, p.wechat,
              p.birthday, p.notes, p.is_primary AS isPrimary
       FROM contacts p JOIN customers c ON c.id = p.customer_id
       WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL AND (? IS NULL OR c.id = ?)
       ORDER BY c.name_sort, c.id, p.is_primary DESC, p.id`,
      [customerId, customerId],
    )
  },
})

interface FollowUpRow {
  customerCode: string
  customerName: string
  kind: string
  content: string
  occurredAt: number
  contactName: string | null
  nextFollowUpDate: string | null
  nextAction: string | null
}

registerExporter<FollowUpRow>({
  entity: 'followUps',
  title: (locale) => label(locale, 'followUps'),
  columns: (_ctx, locale) => {
    const l = (key: string) => label(locale, key)
    return [
      { id: 'occurredAt', header: l('occurredAt'), kind: 'datetime', value: (r) => r.occurredAt },
      { id: 'customerCode', header: l('code'), kind: 'text', value: (r) => r.customerCode },
      { id: 'customerName', header: l('name'), kind: 'text', value: (r) => r.customerName },
      { id: 'kind', header: l('kind'), kind: 'text', value: (r) => l(`kind.${r.kind}`) },
      { id: 'contactName', header: l('contactName'), kind: 'text', value: (r) => r.contactName },
      { id: 'content', header: l('content'), kind: 'text', value: (r) => r.content },
      {
        id: 'nextFollowUpDate',
        header: l('nextFollowUpDate'),
        kind: 'date',
        value: (r) => r.nextFollowUpDate,
      },
      { id: 'nextAction', header: l('nextAction'), kind: 'text', value: (r) => r.nextAction },
    ]
  },
  *batches(ctx, input) {
    const customerId = customerIdOf(input)
    yield* pages<FollowUpRow>(
      ctx,
      `SELECT c.code AS customerCode, c.name AS customerName, a.kind, a.content, a.occurred_at AS occurredAt,
              p.name AS contactName, a.next_follow_up_date AS nextFollowUpDate, a.next_action AS nextAction
       FROM activities a JOIN customers c ON c.id = a.customer_id
       LEFT JOIN contacts p ON p.id = a.contact_id
       WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL AND (? IS NULL OR c.id = ?)
       ORDER BY a.occurred_at DESC, a.id DESC`,
      [customerId, customerId],
    )
  },
})

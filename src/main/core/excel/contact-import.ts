import { contactCreateInput, type Contact, type ContactCreateInput } from '../../../shared/api'
import { phoneDigits } from '../../../shared/text'
import { invalidInput } from '../errors'
import { eq } from 'drizzle-orm'
import type { Ctx } from '../context'
import { contacts } from '../db/schema'
import { createContact, deleteContact, updateContact } from '../customers'
import { toContact } from '../customers'
import { customFieldSpecs } from './customer-fields'
import { customerResolver } from './customer-resolver'
import { normaliseChoice } from './mapping'
import { problemsOf } from './problems'
import type {
  DuplicateMatch,
  EntityImporter,
  FieldSpec,
  RowValues,
  RowWriter,
  UndoCounts,
} from './registry'

function field(
  key: string,
  kind: FieldSpec['kind'],
  synonyms: string[],
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  return {
    key,
    labelKey: `import.fields.${key === 'name' ? 'contactName' : key}`,
    required: false,
    kind,
    synonyms: [key, ...synonyms],
    ...extra,
  }
}

const YES_NO = Object.fromEntries(
  [
    ['是', 'true'],
    ['y', 'true'],
    ['yes', 'true'],
    ['主', 'true'],
    ['√', 'true'],
    ['true', 'true'],
    ['1', 'true'],
    ['否', 'false'],
    ['n', 'false'],
    ['no', 'false'],
    ['false', 'false'],
    ['0', 'false'],
  ].map(([k, v]) => [normaliseChoice(k!), v!]),
)

export const CONTACT_FIELDS: FieldSpec[] = [
  field(
    'customer',
    'text',
    [
      '客户名称',
      '客户',
      '单位名称',
      '公司名称',
      '公司',
      '所属客户',
      '客户编号',
      'customer',
      'customername',
      'customercode',
      'company',
      'account',
    ],
    { required: true, labelKey: 'import.fields.customer' },
  ),
  field(
    'name',
    'text',
    ['姓名', '联系人', '联系人姓名', '名字', 'name', 'contact', 'contactname'],
    { required: true },
  ),
  field('title', 'text', ['职务', '职位', '岗位', 'title', 'jobtitle', 'position'], {
    labelKey: 'import.fields.contactTitle',
  }),
  field(
    'phone',
    'phone',
    ['手机', '电话', '手机号', '手机号码', '联系电话', '联系方式', 'phone', 'mobile', 'tel'],
    { labelKey: 'import.fields.phone' },
  ),
  field('email', 'email', ['邮箱', '电子邮箱', '电子邮件', 'email', 'e-mail', 'mail'], {
    labelKey: 'import.fields.email',
  }),
  field('wechat', 'text', ['微信', '微信号', 'wechat', 'weixin'], {
    labelKey: 'import.fields.wechat',
  }),
  field('birthday', 'date', ['生日', '出生日期', 'birthday'], {
    labelKey: 'import.fields.birthday',
  }),
  field('notes', 'text', ['备注', '说明', 'notes', 'remark', 'remarks'], {
    labelKey: 'import.fields.notes',
  }),
  field('isPrimary', 'choice', ['主联系人', '是否主联系人', '首要联系人', 'primary', 'isprimary'], {
    choiceMap: YES_NO,
    choices: ['true', 'false'],
    labelKey: 'import.fields.isPrimary',
  }),
]

interface KnownContact {
  id: number
  name: string
  digits: string[]
  email: string | null
}

function contactWriter(ctx: Ctx, mapping: (string | null)[]): RowWriter {
  const resolveCustomer = customerResolver(ctx)
  const people = new Map<number, KnownContact[]>()
  let loaded = false
  function contactsOf(customerId: number): KnownContact[] {
    if (!loaded) {
      loaded = true
      const rows = ctx.sqlite
        .prepare(
          'SELECT id, customer_id AS customerId, name, phone_digits AS digits, email FROM contacts WHERE deleted_at IS NULL',
        )
        .all() as {
        id: number
        customerId: number
        name: string
        digits: string | null
        email: string | null
      }[]
      for (const r of rows) {
        const list = people.get(r.customerId) ?? []
        list.push({
          id: r.id,
          name: r.name,
          digits: r.digits?.split(' ') ?? [],
          email: r.email?.toLowerCase() ?? null,
        })
        people.set(r.customerId, list)
      }
    }
    return people.get(customerId) ?? []
  }

  const customerOf = (values: RowValues) => resolveCustomer(values.customer)

  function input(values: RowValues): ContactCreateInput {
    const custom: Record<string, unknown> = {}
    const out: Record<string, unknown> = { customerId: customerOf(values) }
    for (const [key, value] of Object.entries(values)) {
      if (key === 'customer') continue
      if (key.startsWith('custom.')) custom[key.slice(7)] = value
      else out[key] = key === 'isPrimary' ? value === 'true' : value
    }
    if (Object.keys(custom).length > 0) out.custom = custom
    const parsed = contactCreateInput.safeParse(out)
    if (!parsed.success) throw invalidInput(parsed.error)
    return parsed.data
  }

  return {
    check(values) {
      try {
        input(values)
        return []
      } catch (error) {
        return problemsOf(error, mapping)
      }
    },
    findDuplicate(values) {
      let customerId: number
      try {
        customerId = customerOf(values)
      } catch {
        return null
      }
      const digits =
        phoneDigits(values.phone as string | undefined)
          ?.split(' ')
          .filter((d) => d.length >= 7) ?? []
      const email = typeof values.email === 'string' ? values.email.toLowerCase() : null
      for (const known of contactsOf(customerId)) {
        const reason: DuplicateMatch['reason'] | null = digits.some((d) => known.digits.includes(d))
          ? 'phone'
          : email && known.email === email
            ? 'email'
            : known.name === values.name
              ? 'name'
              : null
        if (reason) return { id: known.id, reason, label: known.name }
      }
      return null
    },
    write(values, duplicate, policy) {
      const data = input(values)
      if (duplicate && policy === 'skip') return { action: 'skipped', recordId: duplicate.id }
      if (duplicate && policy === 'update') {
        const { customerId: _c, ...fields } = data
        const before = contactById(ctx, duplicate.id)
        const after = updateContact(ctx, { id: duplicate.id, ...fields })
        return { action: 'updated', recordId: duplicate.id, before, after }
      }
      const contact = createContact(ctx, data)
      const list = contactsOf(data.customerId)
      list.push({
        id: contact.id,
        name: contact.name,
        digits: phoneDigits(contact.phone)?.split(' ') ?? [],
        email: contact.email?.toLowerCase() ?? null,
      })
      people.set(data.customerId, list)
      return { action: 'created', recordId: contact.id }
    },
    flush() {},
  }
}

function contactById(ctx: Ctx, id: number): Contact | null {
  const row = ctx.db.select().from(contacts).where(eq(contacts.id, id)).get()
  return row ? toContact(row) : null
}

export const contactImporter: EntityImporter = {
  entity: 'contacts',
  fields: (ctx) => [...CONTACT_FIELDS, ...customFieldSpecs(ctx, 'contact')],
  writer: (ctx, mapping) => contactWriter(ctx, mapping),
  undo(ctx, records) {
    const counts: UndoCounts = { removed: 0, binned: 0, restored: 0, keptFields: 0 }
    for (const record of records) {
      const row = ctx.db.select().from(contacts).where(eq(contacts.id, record.recordId)).get()
      if (!row || row.deletedAt !== null) continue
      if (record.action === 'created') {
        deleteContact(ctx, record.recordId)
        counts.removed += 1
        continue
      }
      const now = toContact(row) as unknown as Record<string, unknown>
      const before = record.before as Record<string, unknown>
      const after = record.after as Record<string, unknown>
      const patch: Record<string, unknown> = {}
      for (const key of ['name', 'title', 'phone', 'email', 'wechat', 'birthday', 'notes']) {
        if (JSON.stringify(before[key] ?? null) === JSON.stringify(after[key] ?? null)) continue
        if (JSON.stringify(now[key] ?? null) === JSON.stringify(after[key] ?? null))
          patch[key] = before[key] ?? ''
        else counts.keptFields += 1
      }
      if (Object.keys(patch).length > 0) updateContact(ctx, { id: record.recordId, ...patch })
      counts.restored += 1
    }
    return counts
  },
}

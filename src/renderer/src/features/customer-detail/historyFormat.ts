import type { TFunction } from 'i18next'
import type { CustomField, HistoryEntry, Owner } from '../../../../shared/api'
import { formatCustomValue, type CustomValue } from '../../lib/customFieldValue'
import { CUSTOMER_FORM_FIELDS } from '../customers/customerFormValues'

/** One readable line of a history entry: "等级：C → A", or "标签：VIP" when only one side exists. */
export interface HistoryLine {
  field: string
  label: string
  /** Absent when the change has no such side (a creation has no before). */
  before?: string
  after?: string
}

export interface FormattedHistory {
  /** 修改, 移入回收站, 添加联系人 … in the user's language. */
  action: string
  /** Whom a contact action is about ("张三"), when it names one. */
  subject: string | null
  lines: HistoryLine[]
}

export interface HistoryFormatContext {
  t: TFunction
  owners: readonly Owner[]
  customFields: readonly CustomField[]
}

type Change = { before?: unknown; after?: unknown }

/** Internal columns that reach the history through a merge; nothing a person reads. */
const HIDDEN_FIELDS = new Set(['phoneDigits', 'nameSort', 'id', 'customerId', 'contact'])
const LONG_TEXT = 80

const has = (change: Change, side: keyof Change) =>
  Object.prototype.hasOwnProperty.call(change, side)

function shorten(text: string): string {
  return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT)}…` : text
}

function parseCustom(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') {
    try {
      return parseCustom(JSON.parse(value))
    } catch {
      return {}
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function valueText(field: string, value: unknown, context: HistoryFormatContext): string {
  const { t } = context
  const none = t('common.none')
  if (value === null || value === undefined || value === '') return none
  const separator = t('history.listSeparator')
  if (Array.isArray(value))
    return value.length === 0
      ? none
      : value.map((item: unknown) => valueText(field, item, context)).join(separator)
  if (typeof value === 'boolean') return t(value ? 'history.yes' : 'history.no')
  const plain =
    typeof value === 'string'
      ? value
      : typeof value === 'number'
        ? value.toString()
        : (JSON.stringify(value) ?? '')
  switch (field) {
    case 'mergedFrom':
      // A merge names the customers it took in; an unmerge has only their ids.
      return typeof value === 'number' ? `#${plain}` : plain
    case 'stage':
      return t(`stage.${plain}`, { defaultValue: plain })
    case 'type':
      return t(`customerType.${plain}`, { defaultValue: plain })
    case 'ownerId':
      return context.owners.find((owner) => owner.id === value)?.name ?? `#${plain}`
  }
  return shorten(plain)
}

function customLines(change: Change, context: HistoryFormatContext): HistoryLine[] {
  const before = parseCustom(change.before)
  const after = parseCustom(change.after)
  const separator = context.t('history.listSeparator')
  const text = (key: string, value: unknown) => {
    const field = context.customFields.find((f) => f.key === key)
    if (Array.isArray(value))
      return value.length ? value.map(String).join(separator) : context.t('common.none')
    const formatted = field
      ? formatCustomValue(field, value as CustomValue)
      : valueText(key, value, context)
    return formatted === '' ? context.t('common.none') : shorten(formatted)
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return keys
    .filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
    .map((key) => {
      const label = context.customFields.find((f) => f.key === key)?.label ?? key
      const line: HistoryLine = { field: `custom.${key}`, label }
      if (has(change, 'before')) line.before = text(key, before[key])
      if (has(change, 'after')) line.after = text(key, after[key])
      return line
    })
}

function fieldLabel(action: string, field: string, t: TFunction): string {
  if (action === 'activity.create') return t(`followUps.kinds.${field}`, { defaultValue: field })
  if (action.startsWith('contact.')) return t(`contacts.fields.${field}`, { defaultValue: field })
  if (field === 'mergedFrom' || field === 'mergedInto') return t(`history.fields.${field}`)
  return t(`customers.form.fields.${field}`, { defaultValue: field })
}

/** Form order first, so a change reads in the order the user sees the fields. */
function fieldRank(field: string): number {
  const index = (CUSTOMER_FORM_FIELDS as readonly string[]).indexOf(field.split('.')[0] ?? field)
  return index === -1 ? CUSTOMER_FORM_FIELDS.length : index
}

/** A history entry as words: the action, whom it is about, and each field "label：before → after". */
export function formatHistoryEntry(
  entry: HistoryEntry,
  context: HistoryFormatContext,
): FormattedHistory {
  const { t } = context
  const contact = entry.changes.contact
  const subjectValue = contact ? (contact.after ?? contact.before) : null
  const lines: HistoryLine[] = []
  const ordered = Object.entries(entry.changes).sort(([a], [b]) => fieldRank(a) - fieldRank(b))
  for (const [field, change] of ordered) {
    if (HIDDEN_FIELDS.has(field)) continue
    if (field === 'custom') {
      lines.push(...customLines(change, context))
      continue
    }
    if (entry.action === 'bulkUpdate' && field === 'tags') {
      // A bulk tag change lists what was added and removed, not a before and after.
      if (has(change, 'after'))
        lines.push({
          field,
          label: t('history.fields.tagsAdded'),
          after: valueText(field, change.after, context),
        })
      if (has(change, 'before'))
        lines.push({
          field,
          label: t('history.fields.tagsRemoved'),
          after: valueText(field, change.before, context),
        })
      continue
    }
    const line: HistoryLine = { field, label: fieldLabel(entry.action, field, t) }
    if (has(change, 'before')) line.before = valueText(field, change.before, context)
    if (has(change, 'after')) line.after = valueText(field, change.after, context)
    lines.push(line)
  }
  return {
    action: t(`history.actions.${entry.action}`, { defaultValue: entry.action }),
    subject: typeof subjectValue === 'string' ? subjectValue : null,
    lines,
  }
}

/** The arrow between a value before and after; the same in every language. */
export const HISTORY_ARROW = ' → '

/** "等级：C → A" / "Grade: C → A"; one side only: "标签：VIP". The history tab renders the same parts. */
export function historyLineText(line: HistoryLine, t: TFunction): string {
  const head = `${line.label}${t('history.colon')}`
  if (line.before !== undefined && line.after !== undefined)
    return `${head}${line.before}${HISTORY_ARROW}${line.after}`
  return `${head}${line.after ?? line.before ?? ''}`
}

import type { TFunction } from 'i18next'
import type { HistoryEntry } from '../../../../shared/api'
import { CONTACT_FORM_FIELDS } from './contactFormValues'
import { CUSTOMER_FORM_FIELDS } from '../customers'
import {
  customLines,
  hasSide,
  valueText,
  type Change,
  type HistoryFormatContext,
  type HistoryLine,
} from './historyValues'

export type { HistoryFormatContext, HistoryLine } from './historyValues'

export interface FormattedHistory {
  /** 修改, 移入回收站, 添加联系人 … in the user's language. */
  action: string
  /** Whom a contact action is about ("张三"), when it names one. */
  subject: string | null
  lines: HistoryLine[]
}

/** Whose fields an entry changes: the customer's, one contact's, or one follow-up's. */
type Domain = 'customer' | 'contact' | 'activity'

function domainOf(action: string): Domain {
  if (action.startsWith('contact.')) return 'contact'
  if (action.startsWith('activity.')) return 'activity'
  return 'customer'
}

/** Internal columns and names that reach the history through a merge; nothing a person reads. */
const HIDDEN_FIELDS = new Set([
  'phoneDigits',
  'nameSort',
  'id',
  'customerId',
  'contact',
  'mergeId',
  'mergedIntoName',
])

/** The fields of a follow-up correction (activity.update), in the order of the log form. */
const FOLLOW_UP_LABELS: Readonly<Record<string, string>> = {
  kind: 'followUps.form.kind',
  content: 'followUps.form.content',
  occurredAt: 'history.fields.occurredAt',
  contactId: 'followUps.form.contact',
  nextFollowUpDate: 'followUps.form.nextFollowUpDate',
  nextAction: 'followUps.form.nextAction',
}

const FIELD_ORDER: Record<Domain, readonly string[]> = {
  customer: CUSTOMER_FORM_FIELDS,
  contact: CONTACT_FORM_FIELDS,
  activity: Object.keys(FOLLOW_UP_LABELS),
}

/** A merge's own line first, then the fields in form order, so a change reads as the user sees the form. */
function fieldRank(domain: Domain, field: string): number {
  if (field === 'mergedFrom' || field === 'mergedInto') return -1
  const order = FIELD_ORDER[domain]
  const index = order.indexOf(field)
  return index === -1 ? order.length : index
}

function fieldLabel(domain: Domain, field: string, change: Change, t: TFunction): string {
  // mergedFrom/mergedInto: "合并了" / "被合并到" on the merge; "恢复独立" / "原合并到" when it is undone.
  if (field === 'mergedFrom' || field === 'mergedInto')
    return t(`history.fields.${field}${hasSide(change, 'after') ? '' : 'Undone'}`)
  if (domain === 'contact') return t(`contacts.fields.${field}`, { defaultValue: field })
  if (domain === 'activity') {
    // A correction names its fields; a follow-up logged, deleted or restored is keyed by its kind.
    const key = FOLLOW_UP_LABELS[field]
    return key ? t(key) : t(`followUps.kinds.${field}`, { defaultValue: field })
  }
  return t(`customers.form.fields.${field}`, { defaultValue: field })
}

function actionText(entry: HistoryEntry, t: TFunction): string {
  // A merged record restored by undoing the merge, rather than from the recycle bin.
  if (entry.action === 'restore' && entry.changes.mergedInto)
    return t('history.actions.unmergedRestore')
  return t(`history.actions.${entry.action}`, { defaultValue: entry.action })
}

/** A bulk tag change lists what was added and removed, not a before and after. */
function bulkTagLines(change: Change, context: HistoryFormatContext): HistoryLine[] {
  const lines: HistoryLine[] = []
  if (hasSide(change, 'after'))
    lines.push({
      field: 'tags',
      label: context.t('history.fields.tagsAdded'),
      after: valueText('tags', change.after, context),
    })
  if (hasSide(change, 'before'))
    lines.push({
      field: 'tags',
      label: context.t('history.fields.tagsRemoved'),
      after: valueText('tags', change.before, context),
    })
  return lines
}

/** A history entry as words: the action, whom it is about, and each field "label：before → after". */
export function formatHistoryEntry(
  entry: HistoryEntry,
  context: HistoryFormatContext,
): FormattedHistory {
  const { t } = context
  const domain = domainOf(entry.action)
  const contact = entry.changes.contact
  const subjectValue = contact ? (contact.after ?? contact.before) : null
  const customFields = context.customFields.filter(
    (field) => field.entity === (domain === 'contact' ? 'contact' : 'customer'),
  )
  const lines: HistoryLine[] = []
  const ordered = Object.entries(entry.changes).sort(
    ([a], [b]) => fieldRank(domain, a) - fieldRank(domain, b),
  )
  for (const [field, change] of ordered) {
    if (HIDDEN_FIELDS.has(field)) continue
    if (field === 'custom') {
      lines.push(...customLines(change, customFields, context))
      continue
    }
    if (entry.action === 'bulkUpdate' && field === 'tags') {
      lines.push(...bulkTagLines(change, context))
      continue
    }
    const line: HistoryLine = { field, label: fieldLabel(domain, field, change, t) }
    if (hasSide(change, 'before')) line.before = valueText(field, change.before, context)
    if (hasSide(change, 'after')) line.after = valueText(field, change.after, context)
    lines.push(line)
  }
  return {
    action: actionText(entry, t),
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

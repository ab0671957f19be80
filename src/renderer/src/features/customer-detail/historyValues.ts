import type { TFunction } from 'i18next'
import type { CampaignOption, Contact, CustomField, Owner } from '../../../../shared/api'
import { formatInstant } from '../../../../shared/dates'
import { formatCustomValue, type CustomValue } from '../../lib/customFieldValue'

export interface HistoryFormatContext {
  t: TFunction
  owners: readonly Owner[]
  /** The custom fields of customers and of contacts (a contact's change reads with the latter). */
  customFields: readonly CustomField[]
  /** The customer's contacts, to name whom a follow-up was with; one not listed reads "#id". */
  contacts?: readonly Pick<Contact, 'id' | 'name'>[]
  /** Campaigns by id (deleted ones too), to name a source campaign; one not listed reads "#id". */
  campaigns?: readonly Pick<CampaignOption, 'id' | 'name' | 'deleted'>[]
}

export type Change = { before?: unknown; after?: unknown }

/** What a history line is about: a line of "label：before → after". */
export interface HistoryLine {
  field: string
  label: string
  /** Absent when the change has no such side (a creation has no before). */
  before?: string
  after?: string
}

const LONG_TEXT = 80

export const hasSide = (change: Change, side: keyof Change) =>
  Object.prototype.hasOwnProperty.call(change, side)

function shorten(text: string): string {
  return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT)}…` : text
}

/** One stored value as words: owners, contacts, stages and kinds by name, instants as local time. */
export function valueText(field: string, value: unknown, context: HistoryFormatContext): string {
  const { t } = context
  const none = t('common.none')
  if (value === null || value === undefined || value === '') return none
  if (Array.isArray(value))
    return value.length === 0
      ? none
      : value
          .map((item: unknown) => valueText(field, item, context))
          .join(t('history.listSeparator'))
  if (typeof value === 'boolean') return t(value ? 'history.yes' : 'history.no')
  const plain =
    typeof value === 'string'
      ? value
      : typeof value === 'number'
        ? value.toString()
        : (JSON.stringify(value) ?? '')
  switch (field) {
    case 'mergedFrom':
      // Old merge entries named the customers they took in by id.
      return typeof value === 'number' ? `#${plain}` : plain
    case 'stage':
      return t(`stage.${plain}`, { defaultValue: plain })
    case 'type':
      return t(`customerType.${plain}`, { defaultValue: plain })
    case 'kind':
      return t(`followUps.kinds.${plain}`, { defaultValue: plain })
    case 'occurredAt':
      return typeof value === 'number' ? formatInstant(value) : plain
    case 'ownerId':
      return context.owners.find((owner) => owner.id === value)?.name ?? `#${plain}`
    case 'campaignId': {
      const campaign = context.campaigns?.find((candidate) => candidate.id === value)
      if (!campaign) return `#${plain}`
      return campaign.deleted ? t('campaigns.deletedName', { name: campaign.name }) : campaign.name
    }
    case 'contactId':
      // Newer entries store the contact's name; older ones its id.
      if (typeof value === 'string') return value
      return context.contacts?.find((contact) => contact.id === value)?.name ?? `#${plain}`
  }
  return shorten(plain)
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

/** One line per custom field whose value changed, by the field's label and type. */
export function customLines(
  change: Change,
  fields: readonly CustomField[],
  context: HistoryFormatContext,
): HistoryLine[] {
  const before = parseCustom(change.before)
  const after = parseCustom(change.after)
  const text = (key: string, value: unknown) => {
    const field = fields.find((f) => f.key === key)
    if (Array.isArray(value)) return valueText(key, value, context)
    const formatted = field
      ? formatCustomValue(field, value as CustomValue)
      : valueText(key, value, context)
    return formatted === '' ? context.t('common.none') : shorten(formatted)
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return keys
    .filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
    .map((key) => {
      const line: HistoryLine = {
        field: `custom.${key}`,
        label: fields.find((f) => f.key === key)?.label ?? key,
      }
      if (hasSide(change, 'before')) line.before = text(key, before[key])
      if (hasSide(change, 'after')) line.after = text(key, after[key])
      return line
    })
}

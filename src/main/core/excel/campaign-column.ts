import type { Ctx } from '../context'
import { invalidField } from '../errors'
import type { FieldSpec } from './registry'
import type { Locale } from './labels'

/**
 * The campaign column (市场活动) of the customer and deal sheets: read by the live
 * campaign's exact name (trimmed), never created by an import; a name Kehu does not know
 * rejects the row with 「未知的市场活动：X」. Exports write the name, marked when the
 * campaign has been deleted since.
 */
export const CAMPAIGN_FIELD: FieldSpec = {
  key: 'campaign',
  labelKey: 'import.fields.campaign',
  required: false,
  kind: 'text',
  synonyms: [
    'campaign',
    '市场活动',
    '来源活动',
    '活动名称',
    '营销活动',
    'campaignname',
    'marketingcampaign',
  ],
}

export const CAMPAIGN_HEADER: Record<Locale, string> = { 'zh-CN': '市场活动', en: 'Campaign' }

/** The campaign as an export cell: its name, with （已删除） / (deleted) once deleted. */
export function campaignCell(
  record: { campaignName: string | null; campaignDeleted: boolean },
  locale: Locale,
): string | null {
  if (record.campaignName === null) return null
  if (!record.campaignDeleted) return record.campaignName
  return locale === 'en' ? `${record.campaignName} (deleted)` : `${record.campaignName}（已删除）`
}

/**
 * The id of the live campaign a row names, undefined for an empty cell; an unknown name
 * throws a VALIDATION refusal on the `campaign` field (the row is rejected with it).
 */
export function campaignResolver(ctx: Ctx): (value: unknown) => number | undefined {
  const byName = new Map(
    (
      ctx.sqlite.prepare('SELECT id, name FROM campaigns WHERE deleted_at IS NULL').all() as {
        id: number
        name: string
      }[]
    ).map((c) => [c.name.trim(), c.id]),
  )
  return (value) => {
    const name = (typeof value === 'string' ? value : '').trim()
    if (name === '') return undefined
    const id = byName.get(name)
    if (id === undefined)
      throw invalidField('campaign', 'errors.importCampaignUnknown', `Unknown campaign: ${name}`, {
        value: name,
      })
    return id
  }
}

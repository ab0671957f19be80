import type { TFunction } from 'i18next'
import {
  MAX_LEDGER_CENTS,
  type Campaign,
  type CampaignChannel,
  type CampaignCreateInput,
} from '../../../../shared/api'
import { isCalendarDate } from '../../../../shared/dates'
import { parseYuan } from '../../../../shared/money'
import { centsToYuanText } from '../../lib/moneyText'

/** What the campaign form edits: amounts as typed in yuan, dates as typed. */
export interface CampaignFormValues {
  name: string
  channel: CampaignChannel | null
  startDate: string
  endDate: string
  budget: string
  cost: string
  notes: string
}

/** The fields in form order (the first with an error takes the cursor), named like the core's. */
export const CAMPAIGN_FORM_FIELDS = [
  'name',
  'channel',
  'startDate',
  'endDate',
  'budgetCents',
  'costCents',
  'notes',
] as const

/** Errors the core raises about one field without a VALIDATION detail. */
export const CAMPAIGN_ERROR_FIELDS: Readonly<Record<string, string>> = {
  'errors.campaignNameTaken': 'name',
}

export function emptyCampaignValues(today: string): CampaignFormValues {
  return {
    name: '',
    channel: null,
    startDate: today,
    endDate: '',
    budget: '',
    cost: '',
    notes: '',
  }
}

export function campaignToValues(campaign: Campaign): CampaignFormValues {
  return {
    name: campaign.name,
    channel: campaign.channel,
    startDate: campaign.startDate,
    endDate: campaign.endDate ?? '',
    budget: campaign.budgetCents === 0 ? '' : centsToYuanText(campaign.budgetCents),
    cost: campaign.costCents === 0 ? '' : centsToYuanText(campaign.costCents),
    notes: campaign.notes ?? '',
  }
}

/** '' is ¥0; anything else must be an amount of at least 0 and at most the ledger's limit. */
function amountError(text: string, t: TFunction): string | null {
  if (text.trim() === '') return null
  const cents = parseYuan(text)
  if (cents === null) return t('campaigns.form.amountInvalid')
  if (cents < 0) return t('campaigns.form.amountNegative')
  if (cents > MAX_LEDGER_CENTS) return t('campaigns.form.amountTooLarge')
  return null
}

/** The checks worth making before a round trip (keys as the core's details); the core checks again. */
export function validateCampaign(values: CampaignFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {}
  if (values.name.trim() === '') errors.name = t('errors.required')
  if (values.channel === null) errors.channel = t('errors.required')
  if (values.startDate.trim() === '') errors.startDate = t('errors.required')
  else if (!isCalendarDate(values.startDate)) errors.startDate = t('errors.date')
  if (values.endDate.trim() !== '' && !isCalendarDate(values.endDate))
    errors.endDate = t('errors.date')
  else if (
    values.endDate !== '' &&
    isCalendarDate(values.startDate) &&
    values.endDate < values.startDate
  )
    errors.endDate = t('errors.campaignEndBeforeStart')
  const budget = amountError(values.budget, t)
  if (budget) errors.budgetCents = budget
  const cost = amountError(values.cost, t)
  if (cost) errors.costCents = cost
  return errors
}

const cents = (text: string) => (text.trim() === '' ? 0 : (parseYuan(text) ?? 0))

/** campaigns.create's input; the update sends the same fields (every one, so a cleared end clears). */
export function toCampaignInput(values: CampaignFormValues): CampaignCreateInput {
  return {
    name: values.name.trim(),
    channel: values.channel ?? 'other',
    startDate: values.startDate.trim(),
    endDate: values.endDate.trim() || null,
    budgetCents: cents(values.budget),
    costCents: cents(values.cost),
    notes: values.notes.trim() || null,
  }
}

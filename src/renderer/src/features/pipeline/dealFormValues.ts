import type { TFunction } from 'i18next'
import type { Deal, DealCreateInput, DealUpdateInput } from '../../../../shared/api'
import { MAX_DEAL_CENTS } from '../../../../shared/api'
import { parseYuan } from '../../../../shared/money'
import { centsToYuanText } from '../../lib/moneyText'

/** What the deal form edits; the amount is the text in yuan as typed. */
export interface DealFormValues {
  customerId: number | null
  title: string
  amount: string
  stageId: number | null
  expectedCloseDate: string
  ownerId: number | null
  /** Products of interest (产品意向); a won deal's contract starts with them. */
  productIds: number[]
  /** Source campaign (市场活动). */
  campaignId: number | null
  notes: string
}

/** The form's fields in order (focus goes to the first with an error). */
export const DEAL_FORM_FIELDS = [
  'customerId',
  'title',
  'amountCents',
  'stageId',
  'expectedCloseDate',
  'ownerId',
  'productIds',
  'campaignId',
  'notes',
] as const

/** What a new deal starts with: from the board (a stage), a customer page or a follow-up. */
export interface DealPrefill {
  customerId?: number
  customerName?: string
  title?: string
  stageId?: number
  /** The follow-up the deal comes out of (转为商机). */
  activityId?: number
}

export function newDealValues(prefill: DealPrefill, firstStageId: number | null): DealFormValues {
  return {
    customerId: prefill.customerId ?? null,
    title: prefill.title ?? '',
    amount: '',
    stageId: prefill.stageId ?? firstStageId,
    expectedCloseDate: '',
    ownerId: null,
    productIds: [],
    campaignId: null,
    notes: '',
  }
}

export function dealToValues(deal: Deal): DealFormValues {
  return {
    customerId: deal.customerId,
    title: deal.title,
    amount: centsToYuanText(deal.amountCents),
    stageId: deal.stageId,
    expectedCloseDate: deal.expectedCloseDate ?? '',
    ownerId: deal.ownerId,
    productIds: deal.productIds,
    campaignId: deal.campaignId,
    notes: deal.notes ?? '',
  }
}

/** Errors the form can tell before asking the core, keyed like the core's details. */
export function validateDeal(values: DealFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {}
  if (values.customerId === null) errors.customerId = t('pipeline.form.customerRequired')
  if (values.title.trim() === '') errors.title = t('errors.required')
  const amount = values.amount.trim() === '' ? 0 : parseYuan(values.amount)
  if (amount === null) errors.amountCents = t('pipeline.form.amountInvalid')
  else if (amount < 0) errors.amountCents = t('pipeline.form.amountNegative')
  else if (amount > MAX_DEAL_CENTS) errors.amountCents = t('pipeline.form.amountTooLarge')
  return errors
}

function amountOf(values: DealFormValues): number {
  return values.amount.trim() === '' ? 0 : (parseYuan(values.amount) ?? 0)
}

export function toCreateInput(values: DealFormValues, activityId?: number): DealCreateInput {
  return {
    customerId: values.customerId ?? 0,
    title: values.title.trim(),
    amountCents: amountOf(values),
    ...(values.stageId !== null ? { stageId: values.stageId } : {}),
    ...(values.expectedCloseDate ? { expectedCloseDate: values.expectedCloseDate } : {}),
    ...(values.ownerId !== null ? { ownerId: values.ownerId } : {}),
    ...(values.productIds.length > 0 ? { productIds: values.productIds } : {}),
    ...(values.campaignId !== null ? { campaignId: values.campaignId } : {}),
    ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
    ...(activityId !== undefined ? { activityId } : {}),
  }
}

/** Only what changed (deals.update); the stage is a move, not part of it. */
export function toUpdatePatch(deal: Deal, values: DealFormValues): Omit<DealUpdateInput, 'id'> {
  const patch: Omit<DealUpdateInput, 'id'> = {}
  if (values.customerId !== null && values.customerId !== deal.customerId)
    patch.customerId = values.customerId
  if (values.title.trim() !== deal.title) patch.title = values.title.trim()
  if (amountOf(values) !== deal.amountCents) patch.amountCents = amountOf(values)
  if ((values.expectedCloseDate || null) !== deal.expectedCloseDate)
    patch.expectedCloseDate = values.expectedCloseDate || null
  if (values.ownerId !== deal.ownerId) patch.ownerId = values.ownerId
  if (values.productIds.join(',') !== deal.productIds.join(','))
    patch.productIds = values.productIds
  if (values.campaignId !== deal.campaignId) patch.campaignId = values.campaignId
  if ((values.notes.trim() || null) !== deal.notes) patch.notes = values.notes.trim() || null
  return patch
}

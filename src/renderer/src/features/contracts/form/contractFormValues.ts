import type { TFunction } from 'i18next'
import type {
  ContractCreateInput,
  ContractDetail,
  ContractPrefill,
  ContractUpdateInput,
} from '../../../../../shared/api'
import { isCalendarDate } from '../../../../../shared/dates'
import { bpsToPercent, fromMilli } from '../../../../../shared/ledger-rules'
import { formatCents } from '../../../../../shared/money'
import { centsToYuanText } from '../../../lib/moneyText'
import {
  checkPlan,
  contractTotal,
  parseInstalmentAmount,
  parseLine,
  type LineText,
  type InstalmentText,
} from './contractMath'

/** A line of the contract form; the numbers are the text as typed. */
export interface LineValues extends LineText {
  /** Stable React key (lines are reordered and removed). */
  key: string
  productId: number | null
  /** The chosen product's name, so the picker reads right before any search. */
  productName: string | null
  description: string
}

/** An instalment of the form. */
export interface InstalmentValues extends InstalmentText {
  key: string
  /** The stored instalment it edits (contracts.update keeps its received amount); null = new. */
  id: number | null
  note: string
  /** What it has received already (0 for a new one): the floor of its amount. */
  receivedCents: number
}

export interface ContractFormValues {
  number: string
  title: string
  customerId: number | null
  signedBy: string
  signedDate: string
  startDate: string
  endDate: string
  ownerId: number | null
  dealId: number | null
  notes: string
  items: LineValues[]
  plan: InstalmentValues[]
}

/** The header fields in form order (focus goes to the first with an error); lines and plan follow. */
export const CONTRACT_HEADER_FIELDS = [
  'number',
  'title',
  'customerId',
  'signedBy',
  'signedDate',
  'startDate',
  'endDate',
  'ownerId',
] as const

let keySeed = 0
export function newKey(): string {
  keySeed += 1
  return `k${keySeed}`
}

export function emptyLine(): LineValues {
  return {
    key: newKey(),
    productId: null,
    productName: null,
    description: '',
    quantity: '1',
    unitPrice: '',
    discount: '',
  }
}

export function newInstalment(dueDate: string, amountCents: number | null): InstalmentValues {
  return {
    key: newKey(),
    id: null,
    dueDate,
    amount: amountCents === null ? '' : centsToYuanText(amountCents),
    note: '',
    receivedCents: 0,
  }
}

/** A quantity as the form shows it: 2500 → "2.5". */
function quantityText(quantity: number): string {
  return String(quantity)
}

function discountText(percent: number | undefined | null): string {
  return percent ? String(percent) : ''
}

export interface NewContractDefaults {
  number: string
  today: string
  customerId?: number | null
  ownerId?: number | null
}

export function newContractValues(defaults: NewContractDefaults): ContractFormValues {
  return {
    number: defaults.number,
    title: '',
    customerId: defaults.customerId ?? null,
    signedBy: '',
    signedDate: defaults.today,
    startDate: '',
    endDate: '',
    ownerId: defaults.ownerId ?? null,
    dealId: null,
    notes: '',
    items: [emptyLine()],
    plan: [],
  }
}

/** A won deal's pre-filled contract (contracts.prefillFromDeal). */
export function prefillValues(prefill: ContractPrefill): ContractFormValues {
  return {
    number: prefill.number,
    title: prefill.title,
    customerId: prefill.customerId,
    signedBy: '',
    signedDate: prefill.signedDate,
    startDate: '',
    endDate: '',
    ownerId: prefill.ownerId,
    dealId: prefill.dealId,
    notes: '',
    items: prefill.items.map((item) => ({
      key: newKey(),
      productId: item.productId ?? null,
      productName: item.productId ? item.description : null,
      description: item.description,
      quantity: quantityText(item.quantity),
      unitPrice: centsToYuanText(item.unitPriceCents),
      discount: discountText(item.discountPercent),
    })),
    plan: prefill.plan.map((instalment) => ({
      ...newInstalment(instalment.dueDate, instalment.amountCents),
      note: instalment.note ?? '',
    })),
  }
}

export function contractToValues(contract: ContractDetail): ContractFormValues {
  return {
    number: contract.number,
    title: contract.title,
    customerId: contract.customerId,
    signedBy: contract.signedBy ?? '',
    signedDate: contract.signedDate,
    startDate: contract.startDate ?? '',
    endDate: contract.endDate ?? '',
    ownerId: contract.ownerId,
    dealId: contract.dealId,
    notes: contract.notes ?? '',
    items: contract.items.map((item) => ({
      key: newKey(),
      productId: item.productId,
      productName: item.productName,
      description: item.description,
      quantity: quantityText(fromMilli(item.quantityMilli)),
      unitPrice: centsToYuanText(item.unitPriceCents),
      discount: discountText(bpsToPercent(item.discountBps)),
    })),
    plan: contract.plan.map((instalment) => ({
      key: newKey(),
      id: instalment.id,
      dueDate: instalment.dueDate,
      amount: centsToYuanText(instalment.amountCents),
      note: instalment.note ?? '',
      receivedCents: instalment.receivedCents,
    })),
  }
}

/**
 * What the form can tell before asking the core, keyed like the core's details
 * (items.0.quantity, plan.1.amountCents, plan for the sum), so both land in the same place.
 */
export function validateContract(values: ContractFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {}
  if (values.customerId === null) errors.customerId = t('ledger.form.customerRequired')
  if (values.title.trim() === '') errors.title = t('errors.required')
  if (!isCalendarDate(values.signedDate)) errors.signedDate = t('errors.date')
  if (values.startDate && !isCalendarDate(values.startDate)) errors.startDate = t('errors.date')
  if (values.endDate && !isCalendarDate(values.endDate)) errors.endDate = t('errors.date')
  if (
    !errors.startDate &&
    !errors.endDate &&
    values.startDate &&
    values.endDate &&
    values.endDate < values.startDate
  )
    errors.endDate = t('errors.endBeforeStart')
  if (values.items.length === 0) errors.items = t('ledger.form.noLines')
  values.items.forEach((line, index) => {
    const parsed = parseLine(line)
    if (line.description.trim() === '') errors[`items.${index}.description`] = t('errors.required')
    if (parsed.quantityMilli === null)
      errors[`items.${index}.quantity`] = t('ledger.form.quantityInvalid')
    if (parsed.unitPriceCents === null)
      errors[`items.${index}.unitPriceCents`] = t('ledger.form.priceInvalid')
    else if (parsed.unitPriceCents < 0 && line.productId !== null)
      errors[`items.${index}.unitPriceCents`] = t('errors.negativePriceNeedsNoProduct')
    if (parsed.discountBps === null)
      errors[`items.${index}.discountPercent`] = t('ledger.form.discountInvalid')
  })
  const { totalCents, complete } = contractTotal(values.items)
  if (complete && totalCents < 0) errors.items = t('errors.contractTotalNegative')
  values.plan.forEach((instalment, index) => {
    if (!isCalendarDate(instalment.dueDate)) errors[`plan.${index}.dueDate`] = t('errors.date')
    const amount = parseInstalmentAmount(instalment.amount)
    if (amount === null) errors[`plan.${index}.amountCents`] = t('ledger.form.amountInvalid')
    else if (amount < instalment.receivedCents)
      errors[`plan.${index}.amountCents`] = t('ledger.form.belowReceived', {
        received: formatCents(instalment.receivedCents),
      })
  })
  const check = checkPlan(totalCents, values.plan)
  if (complete && check.amountsValid && !check.ok)
    errors.plan =
      values.plan.length === 0
        ? t('ledger.form.planMissing')
        : t('errors.planSumMismatch', {
            total: formatCents(check.totalCents),
            planSum: formatCents(check.planSumCents),
          })
  return errors
}

function itemsInput(values: ContractFormValues): ContractCreateInput['items'] {
  return values.items.map((line) => {
    const parsed = parseLine(line)
    const discountBps = parsed.discountBps ?? 0
    return {
      productId: line.productId,
      description: line.description.trim(),
      quantity: fromMilli(parsed.quantityMilli ?? 0),
      unitPriceCents: parsed.unitPriceCents ?? 0,
      ...(discountBps > 0 ? { discountPercent: bpsToPercent(discountBps) } : {}),
    }
  })
}

function planInput(values: ContractFormValues, keepIds: boolean): ContractCreateInput['plan'] {
  return values.plan.map((instalment) => ({
    ...(keepIds && instalment.id !== null ? { id: instalment.id } : {}),
    dueDate: instalment.dueDate,
    amountCents: parseInstalmentAmount(instalment.amount) ?? 0,
    ...(instalment.note.trim() ? { note: instalment.note.trim() } : {}),
  }))
}

export function toCreateInput(values: ContractFormValues, draft: boolean): ContractCreateInput {
  return {
    customerId: values.customerId ?? 0,
    title: values.title.trim(),
    signedDate: values.signedDate,
    ...(values.startDate ? { startDate: values.startDate } : {}),
    ...(values.endDate ? { endDate: values.endDate } : {}),
    items: itemsInput(values),
    plan: planInput(values, false),
    ...(values.number.trim() ? { number: values.number.trim() } : {}),
    ...(values.dealId !== null ? { dealId: values.dealId } : {}),
    ...(values.ownerId !== null ? { ownerId: values.ownerId } : {}),
    ...(values.signedBy.trim() ? { signedBy: values.signedBy.trim() } : {}),
    ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
    ...(draft ? { draft: true } : {}),
  }
}

/** contracts.update with every field: lines and plan are replaced, kept instalments by id. */
export function toUpdateInput(id: number, values: ContractFormValues): ContractUpdateInput {
  return {
    id,
    customerId: values.customerId ?? 0,
    title: values.title.trim(),
    signedDate: values.signedDate,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    items: itemsInput(values),
    plan: planInput(values, true),
    ...(values.number.trim() ? { number: values.number.trim() } : {}),
    dealId: values.dealId,
    ownerId: values.ownerId,
    signedBy: values.signedBy.trim() || null,
    notes: values.notes.trim() || null,
  }
}

import type { TFunction } from 'i18next'
import type {
  ContractDetail,
  Instalment,
  PaymentCreateInput,
  PaymentMethod,
} from '../../../../../shared/api'
import { isCalendarDate } from '../../../../../shared/dates'
import { allocate } from '../../../../../shared/ledger-rules'
import { parseYuan } from '../../../../../shared/money'
import { centsToYuanText } from '../../../lib/moneyText'

export interface PaymentFormValues {
  receivedDate: string
  amount: string
  method: PaymentMethod
  reference: string
  /** The instalment to pay first, as the select's value; null = oldest open first. */
  instalmentId: string | null
  asAdvance: boolean
  note: string
}

/** Fields in form order, named like the core's detail paths. */
export const PAYMENT_FORM_FIELDS = [
  'receivedDate',
  'amountCents',
  'method',
  'reference',
  'instalmentId',
  'note',
] as const

/** Instalments a payment can go to: not voided, not fully paid. */
export function openInstalments(contract: Pick<ContractDetail, 'plan'>): Instalment[] {
  return contract.plan.filter((i) => i.status !== 'voided' && i.receivedCents < i.amountCents)
}

/** Date today (not before signing); the amount the picked instalment still owes, else all outstanding. */
export function newPaymentValues(
  contract: ContractDetail,
  today: string,
  instalmentId: number | null,
): PaymentFormValues {
  const picked = openInstalments(contract).find((i) => i.id === instalmentId)
  const amount = picked ? picked.unpaidCents : contract.outstandingCents
  return {
    receivedDate: today < contract.signedDate ? contract.signedDate : today,
    amount: amount > 0 ? centsToYuanText(amount) : '',
    method: 'bank',
    reference: '',
    instalmentId: picked ? String(picked.id) : null,
    asAdvance: false,
    note: '',
  }
}

export function paymentAmountCents(values: PaymentFormValues): number | null {
  const amount = values.amount.trim() === '' ? null : parseYuan(values.amount)
  return amount !== null && amount > 0 ? amount : null
}

/** What the payment would do: its slices per instalment and the part beyond what is owed. */
export function previewAllocation(contract: ContractDetail, values: PaymentFormValues) {
  const amount = paymentAmountCents(values)
  if (amount === null) return null
  const open = openInstalments(contract)
  const picked = values.instalmentId === null ? null : Number(values.instalmentId)
  const { allocations, excessCents } = allocate(open, amount, picked)
  const seqOf = new Map(open.map((i) => [i.id, i.seq]))
  return {
    slices: allocations.map((a) => ({
      seq: seqOf.get(a.instalmentId) ?? 0,
      amountCents: a.amountCents,
    })),
    excessCents,
  }
}

export function validatePayment(values: PaymentFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!isCalendarDate(values.receivedDate)) errors.receivedDate = t('errors.date')
  if (paymentAmountCents(values) === null) errors.amountCents = t('ledger.form.amountInvalid')
  return errors
}

export function toPaymentInput(contractId: number, values: PaymentFormValues): PaymentCreateInput {
  return {
    contractId,
    receivedDate: values.receivedDate,
    amountCents: paymentAmountCents(values) ?? 0,
    method: values.method,
    ...(values.reference.trim() ? { reference: values.reference.trim() } : {}),
    ...(values.instalmentId !== null ? { instalmentId: Number(values.instalmentId) } : {}),
    ...(values.asAdvance ? { asAdvance: true } : {}),
    ...(values.note.trim() ? { note: values.note.trim() } : {}),
  }
}

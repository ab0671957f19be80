import { Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ContractDetail } from '../../../../../shared/api'
import { isCalendarDate } from '../../../../../shared/dates'
import { api } from '../../../lib/api'
import { focusFirstError, showSaveError } from '../../../lib/formBehaviour'
import { useOwners } from '../../../data/owners'
import { checkPlan, contractTotal } from '../form/contractMath'
import {
  CONTRACT_HEADER_FIELDS,
  contractToValues,
  newKey,
  toCreateInput,
  toUpdateInput,
  validateContract,
  type ContractFormValues,
} from '../form/contractFormValues'

import { AttachmentList, uploadAttachments, useStoredAttachments } from './AttachmentList'
import { ContractFormFooter } from './ContractFormFooter'
import { ContractHeaderFields } from './ContractHeaderFields'
import { ContractLinesEditor } from './ContractLinesEditor'
import { LedgerSection } from './LedgerSection'
import { PaymentPlanEditor } from './PaymentPlanEditor'
import { useApiMutation } from '../../../lib/queries'

export type ContractFormTarget =
  | { kind: 'new'; initial: ContractFormValues; customerName?: string }
  | { kind: 'edit'; contract: ContractDetail }

export interface ContractFormProps {
  target: ContractFormTarget
  onSaved: (contract: ContractDetail) => void
  onCancel: () => void
}

/** Every place an error may land, in form order (the core's detail paths). */
function fieldOrder(values: ContractFormValues): string[] {
  return [
    ...CONTRACT_HEADER_FIELDS,
    ...values.items.flatMap((_line, i) =>
      ['description', 'quantity', 'unitPriceCents', 'discountPercent'].map(
        (f) => `items.${i}.${f}`,
      ),
    ),
    'items',
    'plan',
    ...values.plan.flatMap((_p, i) => [`plan.${i}.dueDate`, `plan.${i}.amountCents`]),
    'notes',
  ]
}

const FIELD_OF_KEY = {
  'errors.contractNumberTaken': 'number',
  'errors.planSumMismatch': 'plan',
  'errors.contractTotalNegative': 'items',
  'errors.dealOtherCustomer': 'customerId',
  'errors.contractHasMoney': 'customerId',
}

/**
 * The contract form (new or edit): header, lines with live totals, the payment plan with its
 * sum check, attachments and notes. A new contract is saved as 草稿 or straight as 执行中.
 */
export function ContractForm({ target, onSaved, onCancel }: ContractFormProps) {
  const { t } = useTranslation()
  const owners = useOwners().data ?? []
  const editing = target.kind === 'edit' ? target.contract : null
  const create = useApiMutation('contracts.create')
  const update = useApiMutation('contracts.update')
  const stored = useStoredAttachments(editing?.id ?? 0)
  const [pending, setPending] = useState<{ key: string; file: File }[]>([])
  const [savingAs, setSavingAs] = useState<'draft' | 'active'>('active')
  const formElement = useRef<HTMLFormElement>(null)
  const autoNumber = useRef(target.kind === 'new' ? target.initial.number : null)
  const form = useForm<ContractFormValues>({
    mode: 'controlled',
    initialValues: target.kind === 'new' ? target.initial : contractToValues(target.contract),
    validate: (values) => validateContract(values, t),
  })
  const { totalCents } = contractTotal(form.values.items)

  // A new contract's automatic number follows the signing year (a typed number is kept).
  const renumber = (date: string) => {
    if (!autoNumber.current || !isCalendarDate(date)) return
    if (form.getValues().number !== autoNumber.current) return
    if (autoNumber.current.slice(3, 7) === date.slice(0, 4)) return
    void api.call('contracts.nextNumber', { signedDate: date }).then(({ number }) => {
      if (form.getValues().number !== autoNumber.current) return
      autoNumber.current = number
      form.setFieldValue('number', number)
    })
  }

  const save = (values: ContractFormValues, mode: 'draft' | 'active') => {
    const element = formElement.current
    const onError = (error: unknown) =>
      showSaveError(t, error, {
        setErrors: form.setErrors,
        formElement: element,
        fieldOrder: fieldOrder(values),
        fieldOfKey: FIELD_OF_KEY,
        testIdPrefix: 'contract',
        title: t('ledger.form.saveFailed'),
      })
    if (editing) {
      update.mutate(toUpdateInput(editing.id, values), {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message: t('ledger.form.saved', { number: saved.number }),
          })
          onSaved(saved)
        },
        onError,
      })
      return
    }
    create.mutate(toCreateInput(values, mode === 'draft'), {
      onSuccess: (saved) => {
        void uploadAttachments(
          saved.id,
          pending.map((p) => p.file),
        ).then((failed) => {
          notifications.show({
            color: failed.length > 0 ? 'orange' : 'green',
            message:
              failed.length > 0
                ? t('ledger.attachments.uploadFailed', { names: failed.join('、') })
                : t(saved.state === 'draft' ? 'ledger.form.createdDraft' : 'ledger.form.created', {
                    number: saved.number,
                  }),
          })
          onSaved(saved)
        })
      },
      onError,
    })
  }
  /** Validates, then saves as `mode`; built in the event so the handler is never made during render. */
  const submitAs = (mode: 'draft' | 'active', event?: FormEvent<HTMLFormElement>) => {
    setSavingAs(mode)
    form.onSubmit(
      (values) => save(values, mode),
      (errors, values) =>
        focusFirstError(formElement.current, fieldOrder(values), errors, 'contract'),
    )(event)
  }
  const firstDue = form.values.startDate || form.values.signedDate

  const attachments =
    editing !== null ? (
      <AttachmentList
        items={editing.attachments.map((a) => ({ key: `a${a.id}`, ...a }))}
        onAdd={stored.add}
        onRemove={(item) => void stored.remove(item)}
      />
    ) : (
      <AttachmentList
        items={pending.map(({ key, file }) => ({
          key,
          name: file.name,
          sizeBytes: file.size,
          id: null,
        }))}
        onAdd={(files) =>
          setPending((current) => [...current, ...files.map((file) => ({ key: newKey(), file }))])
        }
        onRemove={(item) => setPending((current) => current.filter((p) => p.key !== item.key))}
      />
    )

  return (
    <form
      ref={formElement}
      data-testid="contract-form"
      onSubmit={(event) => submitAs('active', event)}
      noValidate
    >
      <Stack gap="md">
        <LedgerSection title={t('ledger.form.sectionBasics')}>
          <ContractHeaderFields
            form={form}
            owners={owners}
            customerName={
              target.kind === 'new' ? target.customerName : target.contract.customerName
            }
            customerLocked={
              editing !== null &&
              (editing.receivedCents > 0 || editing.invoicedCents > 0 || editing.advanceCents > 0)
            }
            onSignedDate={renumber}
          />
        </LedgerSection>
        <LedgerSection title={t('ledger.form.sectionLines')}>
          <div style={{ overflowX: 'auto' }}>
            <ContractLinesEditor form={form} />
          </div>
        </LedgerSection>
        <LedgerSection title={t('ledger.form.sectionPlan')}>
          <PaymentPlanEditor form={form} firstDue={firstDue} />
        </LedgerSection>
        <LedgerSection title={t('ledger.form.sectionMore')}>
          <Stack gap="md">
            {attachments}
            <Textarea
              label={t('ledger.fields.notes')}
              autosize
              minRows={2}
              maxRows={8}
              maxLength={10_000}
              data-testid="contract-notes"
              {...form.getInputProps('notes')}
            />
          </Stack>
        </LedgerSection>
        <ContractFormFooter
          totalCents={totalCents}
          planDifferenceCents={
            form.values.plan.length > 0
              ? checkPlan(totalCents, form.values.plan).differenceCents
              : null
          }
          isNew={editing === null}
          saving={create.isPending || update.isPending ? savingAs : null}
          onDraft={() => submitAs('draft')}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  )
}

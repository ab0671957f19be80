import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { PAYMENT_METHODS, type ContractDetail } from '../../../../../shared/api'
import { formatCents } from '../../../../../shared/money'
import { DateField } from '../../../components/DateField'
import { MoneyInput } from '../../../components/MoneyInput'
import { focusFirstError, showSaveError } from '../../../lib/formBehaviour'
import {
  PAYMENT_FORM_FIELDS,
  newPaymentValues,
  openInstalments,
  previewAllocation,
  toPaymentInput,
  validatePayment,
  type PaymentFormValues,
} from '../form/paymentFormValues'

import { PaymentAllocationPreview } from './PaymentAllocationPreview'
import { useApiMutation } from '../../../lib/queries'

export interface RecordPaymentModalProps {
  contract: ContractDetail
  /** null = closed; a number = open, paying that instalment first; 'auto' = oldest first. */
  target: number | 'auto' | null
  today: string
  onClose: () => void
}

const FIELD_OF_KEY = {
  'errors.paymentExceedsOutstanding': 'amountCents',
  'errors.paymentBeforeSigning': 'receivedDate',
  'errors.instalmentNotOpen': 'instalmentId',
  'errors.instalmentNotInContract': 'instalmentId',
}

/** 记录回款: date, amount, method, reference, the instalment (else oldest open first), 预收款. */
export function RecordPaymentModal({ contract, target, today, onClose }: RecordPaymentModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      size={560}
      title={<Text fw={600}>{t('ledger.payments.recordTitle', { number: contract.number })}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target !== null && (
        <PaymentForm
          contract={contract}
          instalmentId={target === 'auto' ? null : target}
          today={today}
          onClose={onClose}
        />
      )}
    </Modal>
  )
}

interface PaymentFormProps {
  contract: ContractDetail
  instalmentId: number | null
  today: string
  onClose: () => void
}

function PaymentForm({ contract, instalmentId, today, onClose }: PaymentFormProps) {
  const { t } = useTranslation()
  const create = useApiMutation('payments.create')
  const form = useForm<PaymentFormValues>({
    mode: 'controlled',
    initialValues: newPaymentValues(contract, today, instalmentId),
    validate: (values) => validatePayment(values, t),
  })
  const instalmentOptions = openInstalments(contract).map((i) => ({
    value: String(i.id),
    label: t('ledger.payments.instalmentOption', {
      seq: i.seq,
      date: i.dueDate,
      unpaid: formatCents(i.unpaidCents),
    }),
  }))
  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget
      create.mutate(toPaymentInput(contract.id, values), {
        onSuccess: (created) => {
          const advance = created.kind === 'advance' ? created : created.advance
          const paid = created.kind === 'advance' ? 0 : created.amountCents
          notifications.show({
            color: 'green',
            message: [
              paid > 0 ? t('ledger.payments.recorded', { amount: formatCents(paid) }) : null,
              advance
                ? t('ledger.payments.recordedAdvance', { amount: formatCents(advance.amountCents) })
                : null,
            ]
              .filter(Boolean)
              .join(' '),
          })
          onClose()
        },
        onError: (error) =>
          showSaveError(t, error, {
            setErrors: form.setErrors,
            formElement,
            fieldOrder: PAYMENT_FORM_FIELDS,
            fieldOfKey: FIELD_OF_KEY,
            testIdPrefix: 'payment',
            title: t('ledger.payments.failed'),
          }),
      })
    },
    (errors, _values, event) =>
      focusFirstError(event?.currentTarget, PAYMENT_FORM_FIELDS, errors, 'payment'),
  )
  return (
    <form onSubmit={submit} noValidate data-testid="payment-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('ledger.payments.outstandingNow', {
            customer: contract.customerName,
            outstanding: formatCents(contract.outstandingCents),
          })}
        </Text>
        <SimpleGrid cols={2} spacing="sm">
          <DateField
            label={t('ledger.fields.receivedDate')}
            withAsterisk
            data-testid="payment-receivedDate"
            value={form.values.receivedDate}
            onChange={(value) => form.setFieldValue('receivedDate', value)}
            error={form.errors.receivedDate}
          />
          <MoneyInput
            label={t('ledger.fields.amount')}
            withAsterisk
            data-autofocus
            data-testid="payment-amountCents"
            value={form.values.amount}
            onChange={(value) => form.setFieldValue('amount', value)}
            error={form.errors.amountCents}
          />
          <Select
            label={t('ledger.fields.method')}
            data={PAYMENT_METHODS.map((method) => ({
              value: method,
              label: t(`ledger.method.${method}`),
            }))}
            allowDeselect={false}
            data-testid="payment-method"
            value={form.values.method}
            onChange={(value) => {
              const method = PAYMENT_METHODS.find((m) => m === value)
              if (method) form.setFieldValue('method', method)
            }}
          />
          <TextInput
            label={t('ledger.fields.reference')}
            placeholder={t('ledger.payments.referencePlaceholder')}
            maxLength={100}
            data-testid="payment-reference"
            {...form.getInputProps('reference')}
          />
        </SimpleGrid>
        <Select
          label={t('ledger.fields.instalment')}
          placeholder={t('ledger.payments.oldestFirst')}
          data={instalmentOptions}
          clearable
          data-testid="payment-instalmentId"
          value={form.values.instalmentId}
          onChange={(value) => form.setFieldValue('instalmentId', value)}
          error={form.errors.instalmentId}
        />
        <PaymentAllocationPreview
          preview={previewAllocation(contract, form.values)}
          asAdvance={form.values.asAdvance}
          onAsAdvance={(value) => form.setFieldValue('asAdvance', value)}
        />
        <TextInput
          label={t('ledger.fields.note')}
          maxLength={500}
          data-testid="payment-note"
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="payment-save">
            {t('ledger.payments.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

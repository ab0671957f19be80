import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { ContractDetail, InvoiceType } from '../../../../../shared/api'
import { isCalendarDate } from '../../../../../shared/dates'
import { formatCents, parseYuan } from '../../../../../shared/money'
import { DateField } from '../../../components/DateField'
import { MoneyInput } from '../../../components/MoneyInput'
import { centsToYuanText } from '../../../lib/moneyText'
import { focusFirstError, showSaveError } from '../../../lib/formBehaviour'
import { useApiMutation } from '../../../lib/queries'

export interface InvoiceModalProps {
  contract: ContractDetail
  opened: boolean
  today: string
  onClose: () => void
}

interface InvoiceValues {
  number: string
  issuedDate: string
  amount: string
  type: InvoiceType
  note: string
}

const FIELDS = ['number', 'issuedDate', 'amountCents', 'type', 'note'] as const
const FIELD_OF_KEY = {
  'errors.invoiceNumberTaken': 'number',
  'errors.invoiceExceedsTotal': 'amountCents',
}

/** 开票: number, date, amount (default: what is left to invoice), 普票 or 专票. */
export function InvoiceModal({ contract, opened, today, onClose }: InvoiceModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size={520}
      title={<Text fw={600}>{t('ledger.invoices.createTitle', { number: contract.number })}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <InvoiceForm contract={contract} today={today} onClose={onClose} />}
    </Modal>
  )
}

function InvoiceForm({ contract, today, onClose }: Omit<InvoiceModalProps, 'opened'>) {
  const { t } = useTranslation()
  const create = useApiMutation('invoices.create')
  const remaining = contract.totalCents - contract.invoicedCents
  const form = useForm<InvoiceValues>({
    mode: 'controlled',
    initialValues: {
      number: '',
      issuedDate: today,
      amount: remaining > 0 ? centsToYuanText(remaining) : '',
      type: 'normal',
      note: '',
    },
    validate: {
      number: (value) => (value.trim() ? null : t('errors.required')),
      issuedDate: (value) => (isCalendarDate(value) ? null : t('errors.date')),
      amount: (value) => {
        const cents = parseYuan(value)
        return cents !== null && cents > 0 ? null : t('ledger.form.amountInvalid')
      },
    },
  })
  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget
      create.mutate(
        {
          contractId: contract.id,
          number: values.number.trim(),
          issuedDate: values.issuedDate,
          amountCents: parseYuan(values.amount) ?? 0,
          type: values.type,
          ...(values.note.trim() ? { note: values.note.trim() } : {}),
        },
        {
          onSuccess: (invoice) => {
            notifications.show({
              color: 'green',
              message: t('ledger.invoices.created', {
                number: invoice.number,
                amount: formatCents(invoice.amountCents),
              }),
            })
            onClose()
          },
          onError: (error) =>
            showSaveError(t, error, {
              setErrors: (errors) =>
                form.setErrors({ ...errors, amount: errors.amountCents ?? errors.amount }),
              formElement,
              fieldOrder: FIELDS,
              fieldOfKey: FIELD_OF_KEY,
              testIdPrefix: 'invoice',
              title: t('ledger.invoices.failed'),
            }),
        },
      )
    },
    (errors, _values, event) =>
      focusFirstError(event?.currentTarget, ['number', 'issuedDate', 'amount'], errors, 'invoice'),
  )
  return (
    <form onSubmit={submit} noValidate data-testid="invoice-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('ledger.invoices.remaining', { remaining: formatCents(Math.max(0, remaining)) })}
        </Text>
        <SegmentedControl
          data={[
            { value: 'normal', label: t('ledger.invoiceType.normal') },
            { value: 'special', label: t('ledger.invoiceType.special') },
          ]}
          value={form.values.type}
          onChange={(value) =>
            form.setFieldValue('type', value === 'special' ? 'special' : 'normal')
          }
          data-testid="invoice-type"
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('ledger.fields.invoiceNumber')}
            withAsterisk
            maxLength={50}
            data-autofocus
            data-testid="invoice-number"
            {...form.getInputProps('number')}
          />
          <DateField
            label={t('ledger.fields.issuedDate')}
            withAsterisk
            data-testid="invoice-issuedDate"
            value={form.values.issuedDate}
            onChange={(value) => form.setFieldValue('issuedDate', value)}
            error={form.errors.issuedDate}
          />
        </SimpleGrid>
        <MoneyInput
          label={t('ledger.fields.amount')}
          withAsterisk
          data-testid="invoice-amount"
          value={form.values.amount}
          onChange={(value) => form.setFieldValue('amount', value)}
          error={form.errors.amount}
        />
        <TextInput
          label={t('ledger.fields.note')}
          maxLength={500}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="invoice-save">
            {t('ledger.invoices.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

import { Select, SimpleGrid, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { Owner } from '../../../../../shared/api'
import { DateField } from '../../../components/DateField'
import { CustomerPicker } from '../../customers'
import type { ContractFormValues } from '../form/contractFormValues'

export interface ContractHeaderFieldsProps {
  form: UseFormReturnType<ContractFormValues>
  owners: Owner[]
  customerName?: string
  /** A contract with payments or invoices keeps its customer. */
  customerLocked?: boolean
  /** The signing date changed (a new contract renumbers for another year). */
  onSignedDate?: (date: string) => void
}

const SPAN_2 = { gridColumn: 'span 2' } as const

/** 合同编号, 标题, 客户, 负责人, 签约人, 签订/开始/结束日期. */
export function ContractHeaderFields({
  form,
  owners,
  customerName,
  customerLocked = false,
  onSignedDate,
}: ContractHeaderFieldsProps) {
  const { t } = useTranslation()
  const ownerOptions = owners
    .filter((owner) => owner.active || owner.id === form.values.ownerId)
    .map((owner) => ({ value: owner.id, label: owner.name }))
  return (
    <SimpleGrid cols={4} spacing="sm" verticalSpacing="sm">
      <TextInput
        label={t('ledger.fields.number')}
        description={t('ledger.form.numberHint')}
        maxLength={50}
        data-testid="contract-number"
        {...form.getInputProps('number')}
      />
      <TextInput
        label={t('ledger.fields.title')}
        description={t('ledger.form.titleHint')}
        withAsterisk
        maxLength={200}
        data-autofocus
        data-testid="contract-title"
        style={SPAN_2}
        {...form.getInputProps('title')}
      />
      <Select<number>
        label={t('ledger.fields.owner')}
        description={t('ledger.form.ownerHint')}
        placeholder={t('ledger.form.noOwner')}
        data={ownerOptions}
        clearable
        searchable
        data-testid="contract-ownerId"
        value={form.values.ownerId}
        onChange={(value) => form.setFieldValue('ownerId', value)}
        error={form.errors.ownerId}
      />
      <CustomerPicker
        label={t('ledger.fields.customer')}
        withAsterisk
        clearable={false}
        disabled={customerLocked}
        description={customerLocked ? t('ledger.form.customerLocked') : undefined}
        data-testid="contract-customerId"
        value={form.values.customerId}
        valueName={customerName}
        onChange={(id) => form.setFieldValue('customerId', id)}
        error={form.errors.customerId}
        style={SPAN_2}
      />
      <TextInput
        label={t('ledger.fields.signedBy')}
        placeholder={t('ledger.form.signedByPlaceholder')}
        maxLength={50}
        data-testid="contract-signedBy"
        style={SPAN_2}
        {...form.getInputProps('signedBy')}
      />
      <DateField
        label={t('ledger.fields.signedDate')}
        withAsterisk
        data-testid="contract-signedDate"
        value={form.values.signedDate}
        onChange={(value) => {
          form.setFieldValue('signedDate', value)
          onSignedDate?.(value)
        }}
        error={form.errors.signedDate}
      />
      <DateField
        label={t('ledger.fields.startDate')}
        data-testid="contract-startDate"
        value={form.values.startDate}
        onChange={(value) => form.setFieldValue('startDate', value)}
        error={form.errors.startDate}
      />
      <DateField
        label={t('ledger.fields.endDate')}
        data-testid="contract-endDate"
        value={form.values.endDate}
        onChange={(value) => form.setFieldValue('endDate', value)}
        error={form.errors.endDate}
      />
    </SimpleGrid>
  )
}

import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { Owner, PipelineStage } from '../../../../../shared/api'
import { DateField } from '../../../components/DateField'
import { MoneyInput } from '../../../components/MoneyInput'
import { CampaignSelect } from '../../campaigns'
import type { DealFormValues } from '../dealFormValues'
import { CustomerPicker } from '../../customers'
import { ProductsOfInterest } from './ProductsOfInterest'

export interface DealFormFieldsProps {
  form: UseFormReturnType<DealFormValues>
  stages: PipelineStage[]
  owners: Owner[]
  /** The chosen customer's name (the picker shows it before any search). */
  customerName?: string
  /** False for a closed deal: its stage is changed by reopening it. */
  stageEditable?: boolean
  /** Shown read-only when the stage cannot be edited here. */
  stageName?: string
  /** Where the cursor starts (none in the drawer, which is for reading first). */
  autoFocus?: 'customerId' | 'title' | null
}

/** Customer, title, amount, stage, expected close date, owner, products of interest, campaign, notes. */
export function DealFormFields({
  form,
  stages,
  owners,
  customerName,
  stageEditable = true,
  stageName = '',
  autoFocus = 'customerId',
}: DealFormFieldsProps) {
  const { t } = useTranslation()
  const ownerOptions = owners
    .filter((owner) => owner.active || owner.id === form.values.ownerId)
    .map((owner) => ({ value: owner.id, label: owner.name }))
  const stageOptions = stages.map((stage) => ({
    value: stage.id,
    label: `${stage.name} · ${stage.probability}%`,
  }))
  return (
    <Stack gap="sm">
      <CustomerPicker
        label={t('pipeline.fields.customer')}
        withAsterisk
        clearable={false}
        data-autofocus={autoFocus === 'customerId' || undefined}
        data-testid="deal-customerId"
        value={form.values.customerId}
        valueName={customerName}
        onChange={(id) => form.setFieldValue('customerId', id)}
        error={form.errors.customerId}
      />
      <TextInput
        label={t('pipeline.fields.title')}
        placeholder={t('pipeline.form.titlePlaceholder')}
        withAsterisk
        maxLength={200}
        data-autofocus={autoFocus === 'title' || undefined}
        data-testid="deal-title"
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={2} spacing="sm">
        <MoneyInput
          label={t('pipeline.fields.amount')}
          data-testid="deal-amountCents"
          value={form.values.amount}
          onChange={(value) => form.setFieldValue('amount', value)}
          error={form.errors.amountCents}
        />
        {stageEditable ? (
          <Select<number>
            label={t('pipeline.fields.stage')}
            data={stageOptions}
            allowDeselect={false}
            data-testid="deal-stageId"
            value={form.values.stageId}
            onChange={(value) => form.setFieldValue('stageId', value)}
            error={form.errors.stageId}
          />
        ) : (
          <TextInput label={t('pipeline.fields.stage')} value={stageName} readOnly disabled />
        )}
        <DateField
          label={t('pipeline.fields.expectedCloseDate')}
          data-testid="deal-expectedCloseDate"
          {...form.getInputProps('expectedCloseDate')}
          onChange={(value) => form.setFieldValue('expectedCloseDate', value)}
        />
        <Select<number>
          label={t('pipeline.fields.owner')}
          placeholder={t('pipeline.form.noOwner')}
          data={ownerOptions}
          clearable
          searchable
          data-testid="deal-ownerId"
          value={form.values.ownerId}
          onChange={(value) => form.setFieldValue('ownerId', value)}
          error={form.errors.ownerId}
        />
      </SimpleGrid>
      <ProductsOfInterest
        label={t('pipeline.fields.products')}
        value={form.values.productIds}
        onChange={(ids) => form.setFieldValue('productIds', ids)}
        error={form.errors.productIds}
      />
      <CampaignSelect
        label={t('pipeline.fields.campaign')}
        testId="deal-campaignId"
        value={form.values.campaignId}
        onChange={(value) => form.setFieldValue('campaignId', value)}
        error={form.errors.campaignId}
      />
      <Textarea
        label={t('pipeline.fields.notes')}
        autosize
        minRows={2}
        maxRows={6}
        data-testid="deal-notes"
        {...form.getInputProps('notes')}
      />
    </Stack>
  )
}

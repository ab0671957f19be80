import { Button, Group, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { DealDetail, PipelineStage } from '../../../../../shared/api'
import { focusFirstError, showSaveError, submitOnCtrlEnter } from '../../../lib/formBehaviour'
import { useOwners } from '../../../data/owners'
import {
  DEAL_FORM_FIELDS,
  newDealValues,
  toCreateInput,
  validateDeal,
  type DealFormValues,
  type DealPrefill,
} from '../dealFormValues'
import { useCreateDeal } from '../../../data/deals'
import { DealFormFields } from './DealFormFields'

export interface DealCreateFormProps {
  prefill: DealPrefill
  /** The open stages (loaded before the form opens, so the first is the default). */
  stages: PipelineStage[]
  onSaved: (deal: DealDetail) => void
  onCancel: () => void
}

/** 新建商机: Enter saves (Ctrl+Enter in the notes); the core's errors land under their fields. */
export function DealCreateForm({ prefill, stages, onSaved, onCancel }: DealCreateFormProps) {
  const { t } = useTranslation()
  const owners = useOwners().data ?? []
  const create = useCreateDeal()
  const form = useForm<DealFormValues>({
    mode: 'controlled',
    initialValues: newDealValues(prefill, stages[0]?.id ?? null),
    validate: (values) => validateDeal(values, t),
  })
  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget
      create.mutate(toCreateInput(values, prefill.activityId), {
        onSuccess: (deal) => {
          notifications.show({
            color: 'green',
            message: t('pipeline.form.created', { title: deal.title }),
          })
          onSaved(deal)
        },
        onError: (error) =>
          showSaveError(t, error, {
            setErrors: form.setErrors,
            formElement,
            fieldOrder: DEAL_FORM_FIELDS,
            testIdPrefix: 'deal',
            title: t('pipeline.form.saveFailed'),
          }),
      })
    },
    (errors, _values, event) =>
      focusFirstError(event?.currentTarget, DEAL_FORM_FIELDS, errors, 'deal'),
  )

  return (
    <form data-testid="deal-form" onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
      <DealFormFields
        form={form}
        stages={stages}
        owners={owners}
        customerName={prefill.customerName}
        autoFocus={prefill.customerId ? 'title' : 'customerId'}
      />
      <Group justify="space-between" mt="lg">
        <Text size="xs" c="dimmed">
          {t('pipeline.form.hint')}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="deal-save">
            {t('common.save')}
          </Button>
        </Group>
      </Group>
    </form>
  )
}

import { Button, Group } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { DealDetail, PipelineStage } from '../../../../../shared/api'
import { focusFirstError, showSaveError, submitOnCtrlEnter } from '../../../lib/formBehaviour'
import { useOwners } from '../../../data/owners'
import {
  DEAL_FORM_FIELDS,
  dealToValues,
  toUpdatePatch,
  validateDeal,
  type DealFormValues,
} from '../dealFormValues'
import { useMoveDealSimple, useUpdateDeal } from '../../../data/deals'
import { DealFormFields } from './DealFormFields'

export interface DealEditFormProps {
  deal: DealDetail
  /** The open stages (an open deal can be moved from here). */
  stages: PipelineStage[]
}

/**
 * The drawer's fields, editable: Save sends only what changed (deals.update) and, for an
 * open deal whose stage was changed, moves it (deals.move, recorded in its history).
 */
export function DealEditForm({ deal, stages }: DealEditFormProps) {
  const { t } = useTranslation()
  const owners = useOwners().data ?? []
  const update = useUpdateDeal()
  const move = useMoveDealSimple()
  const form = useForm<DealFormValues>({
    mode: 'controlled',
    initialValues: dealToValues(deal),
    validate: (values) => validateDeal(values, t),
  })
  const open = deal.status === 'open'
  const stageChanged = open && form.values.stageId !== null && form.values.stageId !== deal.stageId

  const submit = form.onSubmit(
    async (values, event) => {
      const formElement = event?.currentTarget
      const patch = toUpdatePatch(deal, values)
      try {
        if (Object.keys(patch).length > 0) await update.mutateAsync({ id: deal.id, ...patch })
        if (stageChanged && values.stageId !== null)
          await move.mutateAsync({ id: deal.id, stageId: values.stageId })
        notifications.show({
          color: 'green',
          message: t('pipeline.form.saved', { title: values.title.trim() }),
        })
        form.resetDirty()
      } catch (error) {
        showSaveError(t, error, {
          setErrors: form.setErrors,
          formElement,
          fieldOrder: DEAL_FORM_FIELDS,
          testIdPrefix: 'deal',
          title: t('pipeline.form.saveFailed'),
        })
      }
    },
    (errors, _values, event) =>
      focusFirstError(event?.currentTarget, DEAL_FORM_FIELDS, errors, 'deal'),
  )

  return (
    <form
      data-testid="deal-edit-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={submitOnCtrlEnter}
      noValidate
    >
      <DealFormFields
        form={form}
        stages={open ? stages : []}
        owners={owners}
        customerName={deal.customerName}
        stageEditable={open}
        stageName={deal.stageName}
        autoFocus={null}
      />
      <Group justify="flex-end" gap="sm" mt="md">
        <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
          {t('pipeline.form.revert')}
        </Button>
        <Button
          type="submit"
          disabled={!form.isDirty()}
          loading={update.isPending || move.isPending}
          data-testid="deal-edit-save"
        >
          {t('common.save')}
        </Button>
      </Group>
    </form>
  )
}

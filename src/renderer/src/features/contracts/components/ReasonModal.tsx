import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { isCalendarDate } from '../../../../../shared/dates'
import { DateField } from '../../../components/DateField'
import { placeApiError } from '../../../lib/errors'
import { submitOnCtrlEnter } from '../../../lib/formBehaviour'

export interface ReasonInput {
  reason: string
  date: string
  /** The red-letter invoice's own number (invoice reversals). */
  number: string
}

export interface ReasonModalProps {
  opened: boolean
  title: string
  /** What is about to happen, in a sentence. */
  summary: ReactNode
  confirmLabel: string
  /** A date field defaulting to this day (reversal or termination date). */
  defaultDate: string
  withNumber?: boolean
  testId: string
  onConfirm: (input: ReasonInput) => Promise<unknown>
  onClose: () => void
}

/**
 * 红冲 and 终止 both need a reason (kept with the row forever) and a date; the original row
 * stays, so no undo is needed — the history shows both.
 */
export function ReasonModal(props: ReasonModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      size={480}
      title={<Text fw={600}>{props.title}</Text>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {props.opened && <ReasonForm {...props} />}
    </Modal>
  )
}

function ReasonForm({
  summary,
  confirmLabel,
  defaultDate,
  withNumber,
  testId,
  onConfirm,
  onClose,
}: ReasonModalProps) {
  const { t } = useTranslation()
  const [general, setGeneral] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const form = useForm<ReasonInput>({
    mode: 'controlled',
    initialValues: { reason: '', date: defaultDate, number: '' },
    validate: {
      reason: (value) => (value.trim() ? null : t('ledger.reason.required')),
      date: (value) => (isCalendarDate(value) ? null : t('errors.date')),
    },
  })
  const submit = form.onSubmit(async (values) => {
    setBusy(true)
    setGeneral(null)
    try {
      await onConfirm({ ...values, reason: values.reason.trim(), number: values.number.trim() })
      onClose()
    } catch (error) {
      const placed = placeApiError(t, error, ['reason', 'date', 'number'])
      form.setErrors(placed.fields)
      setGeneral(placed.general)
    } finally {
      setBusy(false)
    }
  })
  return (
    <form onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate data-testid={testId}>
      <Stack gap="sm">
        <Text size="sm">{summary}</Text>
        <Textarea
          label={t('ledger.reason.label')}
          withAsterisk
          autosize
          minRows={2}
          maxLength={500}
          data-autofocus
          data-testid={`${testId}-reason`}
          {...form.getInputProps('reason')}
        />
        <Group grow align="flex-start">
          <DateField
            label={t('ledger.reason.date')}
            data-testid={`${testId}-date`}
            value={form.values.date}
            onChange={(value) => form.setFieldValue('date', value)}
            error={form.errors.date}
          />
          {withNumber && (
            <TextInput
              label={t('ledger.invoices.redLetterNumber')}
              maxLength={50}
              data-testid={`${testId}-number`}
              {...form.getInputProps('number')}
            />
          )}
        </Group>
        {general && (
          <Alert color="red" data-testid={`${testId}-error`}>
            {general}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={busy} data-testid={`${testId}-confirm`}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

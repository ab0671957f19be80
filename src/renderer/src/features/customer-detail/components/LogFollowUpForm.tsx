import {
  Button,
  Grid,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Activity, Contact } from '../../../../../shared/api'
import { localDate } from '../../../../../shared/dates'
import { DateField } from '../../../components/DateField'
import { focusFirstError, showSaveError, submitOnCtrlEnter } from '../../../lib/formBehaviour'
import {
  activityToValues,
  FOLLOW_UP_ERROR_FIELDS,
  FOLLOW_UP_FIELDS,
  followUpChanges,
  followUpInput,
  newFollowUpValues,
  normalizeTimeText,
  validateFollowUp,
  type FollowUpFormValues,
} from '../followUpValues'
import { useSaveFollowUp, type SaveFollowUpInput } from '../hooks/useCustomerActivities'
import { FollowUpKindControl } from './FollowUpKindControl'
import { NextFollowUpField } from './NextFollowUpField'

/**
 * The customer's contacts to pick from; a corrected follow-up's contact that has since
 * been deleted stays in the list, so the form still says whom it was with.
 */
function contactOptions(contacts: Contact[], activity: Activity | undefined) {
  const options = contacts.map((contact) => ({
    value: contact.id,
    label: contact.title ? `${contact.name}（${contact.title}）` : contact.name,
  }))
  const kept = activity?.contactId
  if (kept && !contacts.some((contact) => contact.id === kept))
    options.push({ value: kept, label: activity.contactName ?? `#${kept}` })
  return options
}

export interface LogFollowUpFormProps {
  customerId: number
  /** The customer's contacts, to say whom it was with. */
  contacts: Contact[]
  /** The follow-up to correct, prefilled; absent to log a new one. */
  activity?: Activity
  onSaved: (activity: Activity) => void
  onCancel: () => void
  /** The clock, for the default time and the quick picks (tests fix it). */
  now?: number
}

/**
 * 记录跟进: what kind, what was said, when, with whom, and when to follow up next. With
 * `activity` the same form corrects a follow-up, sending only what was changed.
 */
export function LogFollowUpForm({
  customerId,
  contacts,
  activity,
  onSaved,
  onCancel,
  now,
}: LogFollowUpFormProps) {
  const { t } = useTranslation()
  // The moment the form opened: the default time, and the day the quick picks count from.
  const [openedAt] = useState(() => now ?? Date.now())
  const save = useSaveFollowUp()
  const form = useForm<FollowUpFormValues>({
    mode: 'controlled',
    initialValues: activity ? activityToValues(activity) : newFollowUpValues(openedAt),
    validate: (values) => validateFollowUp(values, t),
  })

  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget
      let input: SaveFollowUpInput = { id: null, values: followUpInput(customerId, values) }
      if (activity) {
        const changes = followUpChanges(activity, values)
        if (Object.keys(changes).length === 0) return onSaved(activity)
        input = { id: activity.id, values: changes }
      }
      save.mutate(input, {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message: t(activity ? 'followUps.updated' : 'followUps.saved'),
          })
          onSaved(saved)
        },
        onError: (error) => {
          showSaveError(t, error, {
            setErrors: form.setErrors,
            formElement,
            fieldOrder: FOLLOW_UP_FIELDS,
            fieldOfKey: FOLLOW_UP_ERROR_FIELDS,
            testIdPrefix: 'followup',
            title: t('followUps.saveFailed'),
          })
        },
      })
    },
    (errors, _values, event) =>
      focusFirstError(event?.currentTarget, FOLLOW_UP_FIELDS, errors, 'followup'),
  )

  return (
    <form data-testid="followup-form" onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
      <Stack gap="sm">
        <FollowUpKindControl
          value={form.values.kind}
          onChange={(kind) => form.setFieldValue('kind', kind)}
        />
        <Textarea
          label={t('followUps.form.content')}
          placeholder={t('followUps.form.contentPlaceholder')}
          withAsterisk
          data-autofocus
          autosize
          minRows={4}
          maxRows={10}
          data-testid="followup-content"
          {...form.getInputProps('content')}
        />
        <SimpleGrid cols={3} spacing="sm">
          <DateField
            label={t('followUps.form.date')}
            data-testid="followup-date"
            {...form.getInputProps('date')}
            onChange={(value) => form.setFieldValue('date', value)}
          />
          <TextInput
            label={t('followUps.form.time')}
            placeholder="HH:mm"
            inputMode="numeric"
            maxLength={5}
            data-testid="followup-time"
            {...form.getInputProps('time')}
            onBlur={(event) => {
              const time = normalizeTimeText(event.currentTarget.value)
              if (time && time !== form.values.time) form.setFieldValue('time', time)
            }}
          />
          <Select<number>
            label={t('followUps.form.contact')}
            placeholder={
              contacts.length === 0
                ? t('followUps.form.noContacts')
                : t('followUps.form.anyContact')
            }
            data={contactOptions(contacts, activity)}
            disabled={contacts.length === 0 && !activity?.contactId}
            clearable
            data-testid="followup-contactId"
            {...form.getInputProps('contactId')}
          />
        </SimpleGrid>
        {/* The date column is the wider one: its four quick picks sit in one row in both languages. */}
        <Grid gap="sm">
          <Grid.Col span={7}>
            <NextFollowUpField
              today={localDate(openedAt)}
              value={form.values.nextFollowUpDate}
              onChange={(value) => form.setFieldValue('nextFollowUpDate', value)}
              error={form.errors.nextFollowUpDate}
            />
          </Grid.Col>
          <Grid.Col span={5}>
            <TextInput
              label={t('followUps.form.nextAction')}
              placeholder={t('followUps.form.nextActionPlaceholder')}
              data-testid="followup-nextAction"
              {...form.getInputProps('nextAction')}
            />
          </Grid.Col>
        </Grid>
        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            {t('followUps.form.hint')}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="followup-save">
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  )
}

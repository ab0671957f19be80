import { Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isCalendarDate, localDate } from '../../../../../shared/dates'
import { DateField } from '../../../components/DateField'
import { appNow } from '../../../lib/appClock'
import { placeApiError } from '../../../lib/errors'
import { CustomerPicker } from '../../customers'
import { useSaveReminder } from '../hooks/useReminders'

/** What a reminder made from a record's page hangs on (fixed in the form). */
export interface ReminderLink {
  customerId?: number
  dealId?: number
  contractId?: number
  name: string
}

export interface ReminderFormProps {
  onClose: () => void
  link?: ReminderLink
}

const FIELDS = ['title', 'at', 'notes', 'customerId', 'dealId', 'contractId'] as const
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** The next whole hour on the app's clock: the form's first guess. */
function nextHour(): { date: string; time: string } {
  const at = new Date(appNow())
  at.setMinutes(0, 0, 0)
  at.setHours(at.getHours() + 1)
  return { date: localDate(at.getTime()), time: `${String(at.getHours()).padStart(2, '0')}:00` }
}

function instant(date: string, time: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  return new Date(y, m - 1, d, hh, mm).getTime()
}

/** The 新建提醒 form: what, a date and a time, notes, and a customer (or the record it is made from). */
export function ReminderForm({ onClose, link }: ReminderFormProps) {
  const { t } = useTranslation()
  const save = useSaveReminder()
  const [guess] = useState(nextHour)
  const [title, setTitle] = useState('')
  const [date, setDate] = useState(guess.date)
  const [time, setTime] = useState(guess.time)
  const [notes, setNotes] = useState('')
  const [customer, setCustomer] = useState<{ id: number | null; name: string | null }>({
    id: null,
    name: null,
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [general, setGeneral] = useState<string | null>(null)

  const submit = () => {
    const found: Record<string, string> = {}
    if (!title.trim()) found.title = t('reminders.form.required')
    if (!isCalendarDate(date)) found.date = t('reminders.form.badDate')
    if (!TIME.test(time)) found.time = t('reminders.form.badTime')
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const links = link
      ? { customerId: link.customerId, dealId: link.dealId, contractId: link.contractId }
      : { customerId: customer.id ?? undefined }
    save.mutate(
      { id: null, values: { title: title.trim(), notes, at: instant(date, time), ...links } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('reminders.form.saved') })
          onClose()
        },
        onError: (error) => {
          const placed = placeApiError(t, error, FIELDS)
          const { at, ...rest } = placed.fields
          setErrors({ ...rest, ...(at ? { date: at } : {}) })
          setGeneral(placed.general)
        },
      },
    )
  }
  const onEnter = (e: { key: string; preventDefault: () => void }) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      submit()
    }
  }
  return (
    <Stack gap="sm" data-testid="reminder-form">
      <TextInput
        label={t('reminders.form.title')}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={errors.title}
        maxLength={200}
        data-autofocus
        onKeyDown={onEnter}
        data-testid="reminder-title"
      />
      <Group grow align="flex-start">
        <DateField
          label={t('reminders.form.date')}
          required
          value={date}
          onChange={setDate}
          error={errors.date}
          onKeyDown={onEnter}
          data-testid="reminder-date"
        />
        <TextInput
          label={t('reminders.form.time')}
          required
          placeholder="HH:MM"
          value={time}
          onChange={(e) => setTime(e.currentTarget.value)}
          error={errors.time}
          maxLength={5}
          onKeyDown={onEnter}
          data-testid="reminder-time"
        />
      </Group>
      {link ? (
        link.name && (
          <Text size="sm" c="dimmed" data-testid="reminder-linked">
            {t('reminders.form.linkedTo', { name: link.name })}
          </Text>
        )
      ) : (
        <CustomerPicker
          label={t('reminders.form.customer')}
          value={customer.id}
          onChange={(id, name) => setCustomer({ id, name })}
          error={errors.customerId}
          clearable
          data-testid="reminder-customer"
        />
      )}
      <Textarea
        label={t('reminders.form.notes')}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        error={errors.notes}
        autosize
        minRows={2}
        maxLength={2000}
        data-testid="reminder-notes"
      />
      {general && (
        <Text size="sm" c="red" data-testid="reminder-form-error">
          {general}
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('reminders.form.cancel')}
        </Button>
        <Button onClick={submit} loading={save.isPending} data-testid="reminder-save">
          {t('reminders.form.save')}
        </Button>
      </Group>
    </Stack>
  )
}

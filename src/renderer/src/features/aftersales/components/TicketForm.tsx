import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import {
  TICKET_KINDS,
  TICKET_PRIORITIES,
  type Ticket,
  type TicketKind,
  type TicketPriority,
} from '../../../../../shared/api/aftersales'
import { DateField } from '../../../components/DateField'
import { focusFirstError, showSaveError, submitOnCtrlEnter } from '../../../lib/formBehaviour'
import { CustomerPicker } from '../../customers'
import { useOwners } from '../../../data/owners'
import { useCreateTicket, useUpdateTicket } from '../../../data/aftersales'
import { kindLabel, priorityLabel } from '../serviceText'

const FIELDS = ['customerId', 'kind', 'title', 'description', 'priority', 'ownerId', 'dueDate']

interface TicketFormValues {
  customerId: number | null
  customerName: string
  kind: TicketKind | null
  title: string
  description: string
  priority: TicketPriority
  ownerId: number | null
  dueDate: string
}

export interface TicketFormProps {
  /** The ticket to edit, or null for a new one. */
  ticket: Ticket | null
  /** A new ticket from a customer's page: the customer is fixed. */
  customer?: { id: number; name: string } | undefined
  onSaved: (ticket: Ticket) => void
  onCancel: () => void
}

/**
 * 新建 / 编辑工单: customer, kind, title, description, priority, owner, due date. Enter saves
 * (Ctrl+Enter in the description); the core's refusals land under their fields.
 */
export function TicketForm({ ticket, customer, onSaved, onCancel }: TicketFormProps) {
  const { t } = useTranslation()
  const owners = useOwners().data ?? []
  const create = useCreateTicket()
  const update = useUpdateTicket()
  const form = useForm<TicketFormValues>({
    mode: 'controlled',
    initialValues: ticket
      ? {
          customerId: ticket.customerId,
          customerName: ticket.customerName,
          kind: ticket.kind,
          title: ticket.title,
          description: ticket.description ?? '',
          priority: ticket.priority,
          ownerId: ticket.ownerId,
          dueDate: ticket.dueDate ?? '',
        }
      : {
          customerId: customer?.id ?? null,
          customerName: customer?.name ?? '',
          kind: null,
          title: '',
          description: '',
          priority: 'normal',
          ownerId: null,
          dueDate: '',
        },
    validate: {
      customerId: (v) => (v === null ? t('service.form.customerRequired') : null),
      kind: (v) => (v === null ? t('service.form.kindRequired') : null),
      title: (v) => (v.trim() === '' ? t('service.form.titleRequired') : null),
      dueDate: (v) =>
        v !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(v) ? t('service.form.dateInvalid') : null,
    },
  })
  const saving = create.isPending || update.isPending
  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget
      const fields = {
        kind: values.kind!,
        title: values.title.trim(),
        description: values.description.trim() === '' ? null : values.description,
        priority: values.priority,
        dueDate: values.dueDate === '' ? null : values.dueDate,
      }
      const options = {
        onSuccess: (saved: Ticket) => {
          notifications.show({
            color: 'green',
            message: t(ticket ? 'service.saved' : 'service.created', { number: saved.number }),
          })
          onSaved(saved)
        },
        onError: (error: unknown) =>
          showSaveError(t, error, {
            setErrors: form.setErrors,
            formElement,
            fieldOrder: FIELDS,
            testIdPrefix: 'ticket',
            title: t('service.form.saveFailed'),
          }),
      }
      if (ticket) update.mutate({ id: ticket.id, ...fields, ownerId: values.ownerId }, options)
      else
        create.mutate(
          {
            customerId: values.customerId!,
            ...fields,
            ...(values.ownerId !== null ? { ownerId: values.ownerId } : {}),
          },
          options,
        )
    },
    (errors, _values, event) => focusFirstError(event?.currentTarget, FIELDS, errors, 'ticket'),
  )
  return (
    <form data-testid="ticket-form" onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
      <Stack gap="sm">
        <CustomerPicker
          label={t('service.fields.customer')}
          withAsterisk
          disabled={Boolean(ticket) || Boolean(customer)}
          value={form.values.customerId}
          valueName={form.values.customerName}
          onChange={(id, name) => {
            form.setFieldValue('customerId', id)
            form.setFieldValue('customerName', name ?? '')
          }}
          error={form.errors.customerId}
          data-testid="ticket-customerId"
          data-autofocus={!ticket && !customer ? true : undefined}
        />
        <SimpleGrid cols={2} spacing="sm">
          <Select<string>
            label={t('service.fields.kind')}
            withAsterisk
            allowDeselect={false}
            placeholder={t('service.form.kindPlaceholder')}
            data={TICKET_KINDS.map((kind) => ({ value: kind, label: kindLabel(t, kind) }))}
            value={form.values.kind}
            onChange={(v) => form.setFieldValue('kind', TICKET_KINDS.find((k) => k === v) ?? null)}
            error={form.errors.kind}
            data-testid="ticket-kind"
          />
          <Select<string>
            label={t('service.fields.priority')}
            allowDeselect={false}
            data={TICKET_PRIORITIES.map((p) => ({ value: p, label: priorityLabel(t, p) }))}
            value={form.values.priority}
            onChange={(v) =>
              form.setFieldValue('priority', TICKET_PRIORITIES.find((p) => p === v) ?? 'normal')
            }
            data-testid="ticket-priority"
          />
        </SimpleGrid>
        <TextInput
          label={t('service.fields.title')}
          withAsterisk
          maxLength={200}
          placeholder={t('service.form.titlePlaceholder')}
          data-autofocus={ticket || customer ? true : undefined}
          data-testid="ticket-title"
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('service.fields.description')}
          autosize
          minRows={3}
          maxRows={8}
          maxLength={10000}
          data-testid="ticket-description"
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={2} spacing="sm">
          <Select<number>
            label={t('service.fields.owner')}
            placeholder={ticket ? t('service.unassigned') : t('service.form.ownerDefault')}
            clearable
            data={owners
              .filter((o) => o.active || o.id === form.values.ownerId)
              .map((o) => ({ value: o.id, label: o.name }))}
            value={form.values.ownerId}
            onChange={(v) => form.setFieldValue('ownerId', v)}
            error={form.errors.ownerId}
            data-testid="ticket-ownerId"
          />
          <DateField
            label={t('service.fields.dueDate')}
            data-testid="ticket-dueDate"
            {...form.getInputProps('dueDate')}
            onChange={(value) => form.setFieldValue('dueDate', value)}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} data-testid="ticket-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

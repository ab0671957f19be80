import { Button, Group, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Customer, CustomerDetail } from '../../../../../shared/api'
import { CustomFieldInputs } from '../../../components/CustomFieldInputs'
import { customErrorTexts, customPatch } from '../../../lib/customFieldForm'
import { focusFirstError, showSaveError, submitOnCtrlEnter } from '../../../lib/formBehaviour'
import { useActiveCustomFields } from '../../../data/customFields'
import { useOwners } from '../../../data/owners'
import {
  CUSTOMER_ERROR_FIELDS,
  CUSTOMER_FORM_FIELDS,
  customerToValues,
  emptyCustomerValues,
  validateLocally,
  valuesToInput,
  type CustomerFormValues,
} from '../customerFormValues'
import { useSaveCustomer } from '../../../data/customers'
import { useTags } from '../hooks/useTags'
import { CustomerFormFields } from './CustomerFormFields'

export interface CustomerFormProps {
  /** The customer to edit, or null for a new one. */
  customer: Customer | null
  onSaved: (customer: CustomerDetail) => void
  onCancel: () => void
  /** Edit mode only: shows the Delete button. */
  onDelete?: (customer: Customer) => void
  deleting?: boolean
}

/**
 * Create or edit one customer. Enter (or Ctrl+Enter in the notes) saves; the
 * core's VALIDATION details land under their fields in the user's language,
 * a taken code under the code field, anything else in a notification.
 */
export function CustomerForm({
  customer,
  onSaved,
  onCancel,
  onDelete,
  deleting = false,
}: CustomerFormProps) {
  const { t } = useTranslation()
  const owners = useOwners().data ?? []
  const tags = useTags().data ?? []
  // Without the list (still loading, or it failed) the form still edits the fixed fields.
  const customFields = useActiveCustomFields('customer')
  const fieldOrder = [...CUSTOMER_FORM_FIELDS, ...customFields.map((f) => `custom.${f.key}`)]
  const save = useSaveCustomer()
  const form = useForm<CustomerFormValues>({
    mode: 'controlled',
    initialValues: customer ? customerToValues(customer) : emptyCustomerValues(),
    validate: (values) => validateLocally(values, t),
  })

  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget
      const patch = customPatch(customFields, values.custom)
      if (Object.keys(patch.errors).length > 0) {
        const errors = customErrorTexts(t, patch)
        form.setErrors(errors)
        focusFirstError(formElement, fieldOrder, errors, 'field')
        return
      }
      const input = valuesToInput(values)
      if (Object.keys(patch.custom).length > 0) input.custom = patch.custom
      save.mutate(customer ? { id: customer.id, values: input } : { id: null, values: input }, {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message: t(customer ? 'customers.saved' : 'customers.created', { name: saved.name }),
          })
          onSaved(saved)
        },
        onError: (error) => {
          showSaveError(t, error, {
            setErrors: form.setErrors,
            formElement,
            fieldOrder,
            fieldOfKey: CUSTOMER_ERROR_FIELDS,
            testIdPrefix: 'field',
            title: t('customers.form.saveFailed'),
          })
        },
      })
    },
    (errors, _values, event) => focusFirstError(event?.currentTarget, fieldOrder, errors, 'field'),
  )

  return (
    <form data-testid="customer-form" onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
      <CustomerFormFields
        form={form}
        owners={owners}
        tagSuggestions={tags.map((tag) => tag.name)}
      />
      <CustomFieldInputs
        form={form}
        fields={customFields}
        stored={customer?.custom ?? {}}
        testIdPrefix="field"
      />
      <Group
        justify="space-between"
        py="sm"
        mt="md"
        style={{
          position: 'sticky',
          bottom: 0,
          zIndex: 5,
          background: 'var(--mantine-color-body)',
          borderTop: '1px solid var(--mantine-color-default-border)',
        }}
      >
        <Group gap="sm">
          {customer && onDelete ? (
            <Button
              data-testid="customer-delete"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              loading={deleting}
              onClick={() => onDelete(customer)}
            >
              {t('common.delete')}
            </Button>
          ) : null}
          <Text size="xs" c="dimmed">
            {t('customers.form.hint')}
          </Text>
        </Group>
        <Group gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button data-testid="customer-save" type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Group>
    </form>
  )
}

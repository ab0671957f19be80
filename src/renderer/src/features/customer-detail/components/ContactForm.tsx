import { Button, Checkbox, Group, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { Contact } from '../../../../../shared/api'
import { CustomFieldInputs } from '../../../components/CustomFieldInputs'
import { DateField } from '../../../components/DateField'
import { customErrorTexts, customPatch } from '../../../lib/customFieldForm'
import { focusFirstError, showSaveError, submitOnCtrlEnter } from '../../../lib/formBehaviour'
import { useActiveCustomFields } from '../../../data/customFields'
import {
  CONTACT_ERROR_FIELDS,
  CONTACT_FORM_FIELDS,
  contactToValues,
  contactValuesToInput,
  validateContact,
  type ContactFormField,
  type ContactFormValues,
} from '../contactFormValues'
import { useSaveContact } from '../hooks/useContactMutations'

export interface ContactFormProps {
  customerId: number
  /** The contact to edit, or null for a new one. */
  contact: Contact | null
  onSaved: (contact: Contact) => void
  onCancel: () => void
}

/**
 * Add or edit one contact of a customer, with the contact custom fields of 设置; labels
 * above, Enter saves, errors under their fields (a custom value's too).
 */
export function ContactForm({ customerId, contact, onSaved, onCancel }: ContactFormProps) {
  const { t } = useTranslation()
  const save = useSaveContact()
  const customFields = useActiveCustomFields('contact')
  const knownFields = [...CONTACT_FORM_FIELDS, ...customFields.map((f) => `custom.${f.key}`)]
  const form = useForm<ContactFormValues>({
    mode: 'controlled',
    initialValues: contactToValues(contact),
    validate: (values) => validateContact(values, t),
  })
  const field = (name: ContactFormField) => ({
    label: t(`contacts.fields.${name}`),
    'data-testid': `contact-field-${name}`,
    ...form.getInputProps(name),
  })

  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget
      const patch = customPatch(customFields, values.custom)
      if (Object.keys(patch.errors).length > 0) {
        const errors = customErrorTexts(t, patch)
        form.setErrors(errors)
        focusFirstError(formElement, knownFields, errors, 'contact-field')
        return
      }
      const input = contactValuesToInput(values)
      if (Object.keys(patch.custom).length > 0) input.custom = patch.custom
      save.mutate(
        contact
          ? { id: contact.id, values: input }
          : { id: null, values: { ...input, customerId } },
        {
          onSuccess: (saved) => {
            notifications.show({
              color: 'green',
              message: t(contact ? 'contacts.saved' : 'contacts.created', { name: saved.name }),
            })
            onSaved(saved)
          },
          onError: (error) => {
            showSaveError(t, error, {
              setErrors: form.setErrors,
              formElement,
              fieldOrder: knownFields,
              fieldOfKey: CONTACT_ERROR_FIELDS,
              testIdPrefix: 'contact-field',
              title: t('contacts.saveFailed'),
            })
          },
        },
      )
    },
    (errors, _values, event) =>
      focusFirstError(event?.currentTarget, knownFields, errors, 'contact-field'),
  )

  const alreadyPrimary = contact?.isPrimary === true
  return (
    <form data-testid="contact-form" onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
      <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
        <TextInput {...field('name')} withAsterisk data-autofocus />
        <TextInput {...field('title')} />
        <TextInput {...field('phone')} />
        <TextInput {...field('email')} type="email" />
        <TextInput {...field('wechat')} />
        <DateField
          {...field('birthday')}
          onChange={(value) => form.setFieldValue('birthday', value)}
        />
        <Textarea
          {...field('notes')}
          autosize
          minRows={3}
          maxRows={8}
          style={{ gridColumn: '1 / -1' }}
        />
      </SimpleGrid>
      <CustomFieldInputs
        form={form}
        fields={customFields}
        stored={contact?.custom ?? {}}
        testIdPrefix="contact-field"
      />
      <Checkbox
        {...form.getInputProps('isPrimary', { type: 'checkbox' })}
        label={t('contacts.makePrimary')}
        description={alreadyPrimary ? t('contacts.primaryHint') : undefined}
        disabled={alreadyPrimary}
        data-testid="contact-field-isPrimary"
        mt="md"
      />
      <Group justify="space-between" mt="lg">
        <Text size="xs" c="dimmed">
          {t('customers.form.hint')}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="contact-save">
            {t('common.save')}
          </Button>
        </Group>
      </Group>
    </form>
  )
}

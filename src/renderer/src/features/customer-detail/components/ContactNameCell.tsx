import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Contact, CustomField } from '../../../../../shared/api'
import { formatCustomValue } from '../../../lib/customFieldValue'

export interface ContactNameCellProps {
  contact: Contact
  /** The active contact custom fields, in their order. */
  customFields: readonly CustomField[]
}

/**
 * Who the contact is: name and title, the notes on one line, then the filled-in custom
 * fields as "部门：采购部  年采购额：¥1,200.00" (the table has no room for a column each).
 */
export function ContactNameCell({ contact, customFields }: ContactNameCellProps) {
  const { t } = useTranslation()
  const colon = t('history.colon')
  const custom = customFields
    .map((field) => ({ field, text: formatCustomValue(field, contact.custom[field.key]) }))
    .filter(({ text }) => text !== '')
  return (
    <>
      <Text size="sm" fw={500}>
        {contact.name}
        {contact.title && (
          <Text span size="xs" c="dimmed" ml={6}>
            {contact.title}
          </Text>
        )}
      </Text>
      {contact.notes && (
        <Text size="xs" c="dimmed" truncate="end" title={contact.notes}>
          {contact.notes}
        </Text>
      )}
      {custom.length > 0 && (
        // One item per field, wrapping between items, never inside "label：value".
        <Group
          gap={0}
          style={{ columnGap: 'var(--mantine-spacing-sm)' }}
          data-testid="contact-custom"
        >
          {custom.map(({ field, text }) => (
            <Text span size="xs" key={field.key} data-testid={`contact-custom.${field.key}`}>
              <Text span size="xs" c="dimmed">
                {field.label}
                {colon}
              </Text>
              {text}
            </Text>
          ))}
        </Group>
      )}
    </>
  )
}

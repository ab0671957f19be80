import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAddressBook, IconStarFilled, IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Contact } from '../../../../../shared/api'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { errorMessage } from '../../../lib/errors'
import { useActiveCustomFields } from '../../../data/customFields'
import { useDeleteContact, useMakePrimaryContact } from '../hooks/useContactMutations'
import { ContactFormDrawer, type ContactFormTarget } from './ContactFormDrawer'
import { ContactNameCell } from './ContactNameCell'
import { ContactRowActions } from './ContactRowActions'

export interface ContactsPanelProps {
  customerId: number
  /** Primary first, as customers.get returns them. */
  contacts: Contact[]
  /** False for a record in the recycle bin: the list is shown, nothing can be changed. */
  editable: boolean
}

/** Phone numbers, WeChat ids and dates read badly when broken over two lines. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const

const phoneHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

/**
 * The customer's contacts, the primary one starred first, with their custom fields; add,
 * edit, make primary, delete (at once, with Undo in the toast).
 */
export function ContactsPanel({ customerId, contacts, editable }: ContactsPanelProps) {
  const { t } = useTranslation()
  const [target, setTarget] = useState<ContactFormTarget>(null)
  const makePrimary = useMakePrimaryContact()
  const remove = useDeleteContact()
  const customFields = useActiveCustomFields('contact')
  const failed = (error: unknown) =>
    notifications.show({ color: 'red', title: t('common.failed'), message: errorMessage(t, error) })
  const busy = makePrimary.isPending || remove.isPending

  const drawer = (
    <ContactFormDrawer customerId={customerId} target={target} onClose={() => setTarget(null)} />
  )
  if (contacts.length === 0) {
    return (
      <>
        <EmptyMessage
          icon={<IconAddressBook size={28} />}
          title={t('contacts.empty.title')}
          description={t('contacts.empty.text')}
          actions={
            editable && (
              <Button leftSection={<IconUserPlus size={16} />} onClick={() => setTarget('new')}>
                {t('contacts.add')}
              </Button>
            )
          }
        />
        {drawer}
      </>
    )
  }
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('contacts.count', { count: contacts.length })}
        </Text>
        {editable && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconUserPlus size={14} />}
            onClick={() => setTarget('new')}
            data-testid="contact-add"
          >
            {t('contacts.add')}
          </Button>
        )}
      </Group>
      <Table highlightOnHover verticalSpacing={6} data-testid="contacts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={28} aria-label={t('contacts.fields.isPrimary')} />
            <Table.Th>{t('contacts.fields.name')}</Table.Th>
            <Table.Th>{t('contacts.fields.phone')}</Table.Th>
            <Table.Th>{t('contacts.fields.email')}</Table.Th>
            <Table.Th>{t('contacts.fields.wechat')}</Table.Th>
            <Table.Th>{t('contacts.fields.birthday')}</Table.Th>
            {editable && <Table.Th w={96} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((contact) => (
            <Table.Tr key={contact.id} data-testid="contact-row" data-primary={contact.isPrimary}>
              <Table.Td>
                {contact.isPrimary && (
                  <IconStarFilled
                    size={14}
                    color="var(--mantine-color-yellow-6)"
                    aria-label={t('contacts.primary')}
                    data-testid="contact-primary-star"
                  />
                )}
              </Table.Td>
              <Table.Td maw={260}>
                <ContactNameCell contact={contact} customFields={customFields} />
              </Table.Td>
              <Table.Td style={NO_WRAP}>
                {contact.phone ? (
                  <Anchor size="sm" href={phoneHref(contact.phone)}>
                    {contact.phone}
                  </Anchor>
                ) : null}
              </Table.Td>
              <Table.Td>
                {contact.email ? (
                  <Anchor size="sm" href={`mailto:${contact.email}`}>
                    {contact.email}
                  </Anchor>
                ) : null}
              </Table.Td>
              <Table.Td style={NO_WRAP}>{contact.wechat}</Table.Td>
              <Table.Td style={NO_WRAP}>{contact.birthday}</Table.Td>
              {editable && (
                <Table.Td>
                  <ContactRowActions
                    contact={contact}
                    busy={busy}
                    onEdit={() => setTarget(contact)}
                    onMakePrimary={() =>
                      makePrimary.mutate(contact.id, {
                        onSuccess: () =>
                          notifications.show({
                            color: 'green',
                            message: t('contacts.madePrimary', { name: contact.name }),
                          }),
                        onError: failed,
                      })
                    }
                    onDelete={() => remove.mutate(contact, { onError: failed })}
                  />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {drawer}
    </Stack>
  )
}

import { SegmentedControl, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CUSTOM_FIELD_ENTITIES } from '../../../../../shared/api'
import { errorMessage } from '../../../lib/errors'
import { moveField } from '../customFieldOrder'
import {
  useCustomFields,
  useReorderCustomFields,
  type CustomFieldEntity,
} from '../../../data/customFields'
import { CustomFieldAddForm } from './CustomFieldAddForm'
import { CustomFieldRow } from './CustomFieldRow'
import { SettingsSection } from '../../../components/SettingsSection'

export type CustomFieldsPanelProps = Record<string, never>

/**
 * 自定义字段: extra fields per customer or contact. Fields are never deleted (values
 * stay in the records); a deactivated field leaves forms, lists and filters.
 */
export function CustomFieldsPanel(_props: CustomFieldsPanelProps) {
  const { t } = useTranslation()
  const [entity, setEntity] = useState<CustomFieldEntity>('customer')
  const fields = useCustomFields(entity)
  const reorder = useReorderCustomFields()
  const list = fields.data ?? []

  const move = (id: number, by: -1 | 1) =>
    reorder.mutate(moveField(list, id, by), {
      onError: (failure) =>
        notifications.show({
          color: 'red',
          title: t('common.failed'),
          message: errorMessage(t, failure),
        }),
    })

  return (
    <SettingsSection title={t('customFields.title')} description={t('customFields.description')}>
      <div data-testid="custom-fields-section">
        <SegmentedControl
          data-testid="custom-field-entity"
          value={entity}
          onChange={(value) =>
            setEntity(CUSTOM_FIELD_ENTITIES.find((candidate) => candidate === value) ?? 'customer')
          }
          data={CUSTOM_FIELD_ENTITIES.map((value) => ({
            value,
            label: t(`customFields.entities.${value}`),
          }))}
          mb="sm"
        />
        {entity === 'contact' && (
          <Text size="sm" c="dimmed" mb="sm" data-testid="custom-fields-contact-hint">
            {t('customFields.contactHint')}
          </Text>
        )}
        {list.length > 0 ? (
          <Table verticalSpacing={6} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64}>{t('customFields.order')}</Table.Th>
                <Table.Th>{t('customFields.label')}</Table.Th>
                <Table.Th w={120}>{t('customFields.type')}</Table.Th>
                <Table.Th>{t('customFields.options')}</Table.Th>
                <Table.Th w={84}>{t('settings.owners.status')}</Table.Th>
                <Table.Th w={150}>{t('settings.owners.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((field, index) => (
                <CustomFieldRow
                  key={field.id}
                  field={field}
                  first={index === 0}
                  last={index === list.length - 1}
                  onMove={(by) => move(field.id, by)}
                  moving={reorder.isPending}
                />
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed" mb="sm">
            {fields.isPending ? t('common.loading') : t(`customFields.none.${entity}`)}
          </Text>
        )}
      </div>
      <CustomFieldAddForm key={entity} entity={entity} />
    </SettingsSection>
  )
}

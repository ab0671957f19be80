import { Badge, Group, Radio, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../shared/api'
import { localDate } from '../../../../../shared/dates'
import { TagBadges } from '../../../components/TagBadges'
import { MERGE_FIELDS, type MergeField } from '../mergePlan'
import { mergeValueText } from '../mergeValueText'
import { MergeValueCell } from './MergeValueCell'

export interface MergeTableProps {
  records: CustomerDetail[]
  keepId: number
  /** Per differing field, the record whose value survives. */
  sources: Partial<Record<MergeField, number>>
  onKeep: (id: number) => void
  onPick: (field: MergeField, id: number) => void
}

/**
 * The records side by side, one column each: pick the record that survives (it keeps
 * its code) and, on each row where they differ, the value to keep.
 */
export function MergeTable({ records, keepId, sources, onKeep, onPick }: MergeTableProps) {
  const { t } = useTranslation()
  const kept = (id: number) => (id === keepId ? 'var(--mantine-primary-color-light)' : undefined)
  return (
    <Table
      withTableBorder
      withColumnBorders
      verticalSpacing={6}
      fz="sm"
      style={{ tableLayout: 'fixed' }}
      miw={260 + records.length * 220}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>{t('merge.field')}</Table.Th>
          {records.map((record) => (
            <Table.Th key={record.id} style={{ background: kept(record.id), verticalAlign: 'top' }}>
              <Stack gap={4}>
                <Radio
                  data-testid="merge-keep"
                  data-customer-id={record.id}
                  name="merge-keep"
                  checked={record.id === keepId}
                  onChange={() => onKeep(record.id)}
                  label={t('merge.keepThis')}
                  size="xs"
                  fw={600}
                />
                <Text size="sm" fw={600} lineClamp={2}>
                  {record.name}
                </Text>
                <Group gap={6}>
                  <Text size="xs" c="dimmed">
                    {record.code} · {t('merge.created', { date: localDate(record.createdAt) })}
                  </Text>
                  {record.id === keepId && (
                    <Badge size="xs" variant="filled">
                      {t('merge.kept')}
                    </Badge>
                  )}
                </Group>
              </Stack>
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {MERGE_FIELDS.map((field) => {
          const choosable = sources[field] !== undefined
          return (
            <Table.Tr
              key={field}
              data-testid="merge-row"
              data-field={field}
              data-differs={choosable}
            >
              <Table.Td>
                <Text
                  size="sm"
                  fw={choosable ? 600 : undefined}
                  c={choosable ? undefined : 'dimmed'}
                >
                  {t(`customers.form.fields.${field}`)}
                </Text>
              </Table.Td>
              {records.map((record) => (
                <MergeValueCell
                  key={record.id}
                  value={mergeValueText(t, record, field)}
                  choosable={choosable}
                  chosen={sources[field] === record.id}
                  name={`merge-${field}`}
                  field={field}
                  customerId={record.id}
                  onChoose={() => onPick(field, record.id)}
                  kept={record.id === keepId}
                />
              ))}
            </Table.Tr>
          )
        })}
        <Table.Tr>
          <Table.Td>
            <Text size="sm" c="dimmed">
              {t('customers.form.fields.tags')}
            </Text>
          </Table.Td>
          {records.map((record) => (
            <Table.Td key={record.id} style={{ background: kept(record.id) }}>
              {record.tags.length > 0 ? (
                <TagBadges tags={record.tags} max={4} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('merge.empty')}
                </Text>
              )}
            </Table.Td>
          ))}
        </Table.Tr>
        <Table.Tr>
          <Table.Td>
            <Text size="sm" c="dimmed">
              {t('merge.contacts')}
            </Text>
          </Table.Td>
          {records.map((record) => (
            <Table.Td key={record.id} style={{ background: kept(record.id) }}>
              <Text size="sm" c="dimmed">
                {t('merge.contactCount', { count: record.contacts.length })}
              </Text>
            </Table.Td>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  )
}

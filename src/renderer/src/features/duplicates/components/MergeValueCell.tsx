import { Radio, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export interface MergeValueCellProps {
  value: string | null
  /** The records disagree on this field, so it offers a choice. */
  choosable: boolean
  chosen: boolean
  name: string
  field: string
  customerId: number
  onChoose: () => void
  kept: boolean
}

/** One record's value of one field: a radio when the records differ, plain text when they agree. */
export function MergeValueCell({
  value,
  choosable,
  chosen,
  name,
  field,
  customerId,
  onChoose,
  kept,
}: MergeValueCellProps) {
  const { t } = useTranslation()
  const text = value ?? t('merge.empty')
  const style = { background: kept ? 'var(--mantine-primary-color-light)' : undefined }
  if (!choosable) {
    return (
      <Table.Td style={style}>
        <Text size="sm" c="dimmed" lineClamp={3}>
          {text}
        </Text>
      </Table.Td>
    )
  }
  return (
    <Table.Td style={style}>
      <Radio
        data-testid="merge-choice"
        data-field={field}
        data-customer-id={customerId}
        name={name}
        checked={chosen}
        onChange={onChoose}
        size="xs"
        label={
          <Text
            size="sm"
            c={value === null ? 'dimmed' : undefined}
            fw={chosen ? 600 : undefined}
            lineClamp={3}
          >
            {text}
          </Text>
        }
      />
    </Table.Td>
  )
}

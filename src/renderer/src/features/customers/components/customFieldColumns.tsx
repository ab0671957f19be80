import { Text } from '@mantine/core'
import { createColumnHelper } from '@tanstack/react-table'
import type { Customer, CustomField } from '../../../../../shared/api'
import { formatCustomValue } from '../../../lib/customFieldValue'
import { customColumnId } from '../columnIds'
import type { CustomerColumn } from './customerColumn'

const column = createColumnHelper<Customer>()

const WIDTH: Record<CustomField['type'], number> = {
  text: 150,
  number: 100,
  money: 120,
  date: 110,
  single: 110,
  multi: 160,
}

/** One optional column per active custom field, its value formatted by the field's type. */
export function customFieldColumns(fields: CustomField[]): CustomerColumn[] {
  return fields.map(
    (field) =>
      column.accessor((customer) => formatCustomValue(field, customer.custom[field.key]), {
        id: customColumnId(field.key),
        header: field.label,
        meta: {
          width: WIDTH[field.type],
          align: field.type === 'money' || field.type === 'number' ? 'right' : 'left',
        },
        cell: (info) => {
          const text = info.getValue()
          return text ? (
            <Text size="sm" truncate="end" title={text}>
              {text}
            </Text>
          ) : (
            <Text c="dimmed">—</Text>
          )
        },
      }) as CustomerColumn,
  )
}

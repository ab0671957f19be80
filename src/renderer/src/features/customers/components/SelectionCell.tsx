import { Checkbox, Table } from '@mantine/core'
import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'

export interface SelectionCellProps {
  checked: boolean
  name: string
  /** `range` when shift was held: select from the last clicked row to this one. */
  onToggle: (range: boolean) => void
}

/** The checkbox at the start of a row; the whole cell is the target, and it never opens the row. */
export function SelectionCell({ checked, name, onToggle }: SelectionCellProps) {
  const { t } = useTranslation()
  return (
    <Table.Td
      className="kehu-select-cell"
      px={10}
      onMouseDown={(event: MouseEvent) => {
        // Shift-click would otherwise select the text of every row in between.
        if (event.shiftKey) event.preventDefault()
      }}
      onClick={(event: MouseEvent) => {
        event.stopPropagation()
        onToggle(event.shiftKey)
      }}
    >
      <Checkbox
        data-testid="row-select"
        size="xs"
        checked={checked}
        onChange={() => undefined}
        aria-label={t('list.selectRow', { name })}
      />
    </Table.Td>
  )
}

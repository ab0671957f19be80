import { Checkbox, Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PageCheckState } from '../selection/rowSelection'

export interface SelectAllHeaderProps {
  state: PageCheckState
  onToggle: () => void
}

export const SELECT_COLUMN_WIDTH = 36

/** The header checkbox: selects every row of this page, or clears them. */
export function SelectAllHeader({ state, onToggle }: SelectAllHeaderProps) {
  const { t } = useTranslation()
  return (
    <Table.Th w={SELECT_COLUMN_WIDTH} px={10}>
      <Checkbox
        data-testid="select-all-rows"
        size="xs"
        checked={state === 'all'}
        indeterminate={state === 'some'}
        onChange={onToggle}
        aria-label={t('list.selectPage')}
      />
    </Table.Th>
  )
}

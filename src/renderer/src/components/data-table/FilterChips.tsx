import { Button, Group, Pill } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export interface FilterChip<K extends string> {
  key: K
  label: string
  value: string
}

export interface FilterChipsProps<K extends string> {
  chips: FilterChip<K>[]
  onRemove: (key: K) => void
  onClearAll: () => void
  testId: string
}

/** The filters in force as removable chips, plus "clear all" when there are several. */
export function FilterChips<K extends string>({
  chips,
  onRemove,
  onClearAll,
  testId,
}: FilterChipsProps<K>) {
  const { t } = useTranslation()
  if (chips.length === 0) return null
  return (
    <Group gap={6} data-testid={testId}>
      {chips.map((chip) => (
        <Pill
          key={chip.key}
          withRemoveButton
          onRemove={() => onRemove(chip.key)}
          removeButtonProps={{
            'aria-label': t('customers.filters.remove', { label: chip.label }),
            'aria-hidden': false,
            tabIndex: 0,
          }}
          data-filter={chip.key}
        >
          {t('customers.filters.chip', { label: chip.label, value: chip.value })}
        </Pill>
      ))}
      {chips.length > 1 && (
        <Button variant="subtle" size="compact-xs" onClick={onClearAll}>
          {t('customers.filters.clearAll')}
        </Button>
      )}
    </Group>
  )
}

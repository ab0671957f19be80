import { Button, Menu, ScrollArea } from '@mantine/core'
import { IconChevronDown } from '@tabler/icons-react'
import type { ReactNode } from 'react'

export interface BulkMenuItem<V> {
  value: V
  label: ReactNode
}

export interface BulkMenuProps<V> {
  label: string
  icon: ReactNode
  items: BulkMenuItem<V>[]
  onPick: (value: V) => void
  disabled?: boolean
  testId: string
  /** Shown greyed when there are no items. */
  emptyLabel?: string
}

/** One bulk action that needs a value (owner, grade, stage, a tag): a button with a menu of choices. */
export function BulkMenu<V>({
  label,
  icon,
  items,
  onPick,
  disabled,
  testId,
  emptyLabel,
}: BulkMenuProps<V>) {
  return (
    <Menu position="bottom-start" shadow="md" withinPortal>
      <Menu.Target>
        <Button
          data-testid={testId}
          size="compact-sm"
          variant="default"
          leftSection={icon}
          rightSection={<IconChevronDown size={14} />}
          disabled={disabled}
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown data-testid={`${testId}-menu`}>
        <ScrollArea.Autosize mah={280} type="auto">
          {items.length === 0 && emptyLabel && <Menu.Label>{emptyLabel}</Menu.Label>}
          {items.map((item, index) => (
            <Menu.Item key={index} onClick={() => onPick(item.value)}>
              {item.label}
            </Menu.Item>
          ))}
        </ScrollArea.Autosize>
      </Menu.Dropdown>
    </Menu>
  )
}

import { Button, Checkbox, Divider, Group, Popover, ScrollArea, Stack, Text } from '@mantine/core'
import { IconColumns3 } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { CUSTOM_COLUMN_PREFIX, FIXED_COLUMNS, setColumnShown, shownColumns } from '../columnIds'

export interface ColumnChoice {
  id: string
  label: string
}

export interface ColumnChooserProps {
  /** Every column the list can show, in table order. */
  choices: ColumnChoice[]
  /** The chosen ids (null = the default set). */
  columns: string[] | null
  onChange: (columns: string[] | null) => void
}

/** "列": a checkbox per column, the custom fields under their own heading, and "back to default". */
export function ColumnChooser({ choices, columns, onChange }: ColumnChooserProps) {
  const { t } = useTranslation()
  const shown = shownColumns(columns)
  const allIds = choices.map((choice) => choice.id)
  const builtin = choices.filter((choice) => !choice.id.startsWith(CUSTOM_COLUMN_PREFIX))
  const custom = choices.filter((choice) => choice.id.startsWith(CUSTOM_COLUMN_PREFIX))
  const box = (choice: ColumnChoice) => (
    <Checkbox
      key={choice.id}
      data-testid="column-choice"
      data-column={choice.id}
      size="xs"
      label={choice.label}
      checked={shown.has(choice.id)}
      disabled={FIXED_COLUMNS.includes(choice.id)}
      onChange={(event) =>
        onChange(setColumnShown(columns, choice.id, event.currentTarget.checked, allIds))
      }
    />
  )
  return (
    <Popover position="bottom-end" shadow="md" width={360}>
      <Popover.Target>
        <Button
          data-testid="column-chooser"
          variant="default"
          leftSection={<IconColumns3 size={16} />}
        >
          {t('list.columnsButton')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid="column-chooser-dropdown" p="sm">
        <ScrollArea.Autosize mah={420} type="auto" offsetScrollbars>
          <Stack gap="xs">
            <Text size="xs" fw={600} c="dimmed">
              {t('list.columnsBuiltin')}
            </Text>
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
              {builtin.map(box)}
            </div>
            <Divider />
            <Text size="xs" fw={600} c="dimmed">
              {t('list.columnsCustom')}
            </Text>
            {custom.length > 0 ? (
              <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
                {custom.map(box)}
              </div>
            ) : (
              <Text size="xs" c="dimmed">
                {t('list.columnsNoCustom')}
              </Text>
            )}
          </Stack>
        </ScrollArea.Autosize>
        <Group justify="flex-end" mt="sm">
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={columns === null}
            onClick={() => onChange(null)}
          >
            {t('list.columnsReset')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  )
}

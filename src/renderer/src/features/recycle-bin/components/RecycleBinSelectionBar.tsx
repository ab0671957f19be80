import { Button, Group, Paper, Text } from '@mantine/core'
import { IconRestore, IconTrashX, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

export interface RecycleBinSelectionBarProps {
  count: number
  restoring: boolean
  onRestore: () => void
  /** Asks first (the confirm dialog states the count). */
  onPurge: () => void
  onClear: () => void
}

/** Shown while deleted customers are selected: restore them all at once, or delete them for good. */
export function RecycleBinSelectionBar({
  count,
  restoring,
  onRestore,
  onPurge,
  onClear,
}: RecycleBinSelectionBarProps) {
  const { t } = useTranslation()
  return (
    <Paper
      data-testid="bin-bulk-bar"
      withBorder
      px="sm"
      py={6}
      bg="var(--mantine-primary-color-light)"
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Text size="sm" fw={600}>
            {t('bulk.selected', { count })}
          </Text>
          <Button
            data-testid="bin-restore-selected"
            size="compact-sm"
            leftSection={<IconRestore size={14} />}
            loading={restoring}
            onClick={onRestore}
          >
            {t('recycleBin.restoreSelected')}
          </Button>
          <Button
            data-testid="bin-purge-selected"
            size="compact-sm"
            variant="subtle"
            color="red"
            leftSection={<IconTrashX size={14} />}
            onClick={onPurge}
          >
            {t('recycleBin.purgeSelected')}
          </Button>
        </Group>
        <Button
          size="compact-sm"
          variant="subtle"
          color="gray"
          leftSection={<IconX size={14} />}
          onClick={onClear}
        >
          {t('bulk.clear')}
        </Button>
      </Group>
    </Paper>
  )
}

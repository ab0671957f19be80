import { Group, Kbd, Text, UnstyledButton } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { shortcutKeys } from '../shortcut'

export interface PaletteTriggerProps {
  onOpen: () => void
}

/** The search box in the header: opens the command palette and shows its shortcut. */
export function PaletteTrigger({ onOpen }: PaletteTriggerProps) {
  const { t } = useTranslation()
  return (
    <UnstyledButton
      data-testid="palette-trigger"
      onClick={onOpen}
      aria-label={t('palette.open')}
      px="sm"
      h={32}
      w={300}
      style={{
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-sm)',
        background: 'var(--mantine-color-default)',
      }}
    >
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap={6} wrap="nowrap" miw={0}>
          <IconSearch size={15} stroke={1.6} style={{ opacity: 0.6, flexShrink: 0 }} />
          <Text size="sm" c="dimmed" truncate="end">
            {t('palette.trigger')}
          </Text>
        </Group>
        <Group gap={3} wrap="nowrap">
          {shortcutKeys().map((key) => (
            <Kbd key={key} size="xs">
              {key}
            </Kbd>
          ))}
        </Group>
      </Group>
    </UnstyledButton>
  )
}

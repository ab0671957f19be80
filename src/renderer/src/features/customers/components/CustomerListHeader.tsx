import { Button, Group, Text, Title } from '@mantine/core'
import { IconArrowBackUp, IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

export interface CustomerListHeaderProps {
  deleted: boolean
  /** Rows matching the current filters; undefined while the first page loads. */
  total: number | undefined
  onToggleBin: () => void
  onNew: () => void
}

export function CustomerListHeader({
  deleted,
  total,
  onToggleBin,
  onNew,
}: CustomerListHeaderProps) {
  const { t } = useTranslation()
  return (
    <Group justify="space-between" wrap="nowrap">
      <Group gap="md" align="baseline" wrap="nowrap">
        <Title order={1}>{deleted ? t('customers.recycleBin') : t('customers.title')}</Title>
        <Text data-testid="customer-total" data-count={total ?? ''} c="dimmed" size="sm">
          {total === undefined
            ? ''
            : t(deleted ? 'customers.totalDeleted' : 'customers.total', { count: total })}
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Button
          data-testid="recycle-bin-toggle"
          variant="default"
          leftSection={deleted ? <IconArrowBackUp size={16} /> : <IconTrash size={16} />}
          aria-pressed={deleted}
          onClick={onToggleBin}
        >
          {deleted ? t('customers.backToList') : t('customers.recycleBin')}
        </Button>
        <Button data-testid="customer-new" leftSection={<IconPlus size={16} />} onClick={onNew}>
          {t('customers.new')}
        </Button>
      </Group>
    </Group>
  )
}

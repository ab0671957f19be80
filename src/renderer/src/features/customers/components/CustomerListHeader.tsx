import { Button, Group, Text, Title } from '@mantine/core'
import { IconFriends, IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ExportListInput } from '../../../../../shared/api'
import { ExportExcelButton } from '../../../components/ExportExcelButton'

export interface CustomerListHeaderProps {
  /** Rows matching the current filters; undefined while the first page loads. */
  total: number | undefined
  onNew: () => void
  /** The list as exports.list should write it (导出 Excel). */
  exportInput?: () => ExportListInput
}

/** Title and count, then the ways out: find duplicates, the recycle bin, a new customer. */
export function CustomerListHeader({ total, onNew, exportInput }: CustomerListHeaderProps) {
  const { t } = useTranslation()
  return (
    <Group justify="space-between" wrap="nowrap">
      <Group gap="md" align="baseline" wrap="nowrap">
        <Title order={1}>{t('customers.title')}</Title>
        <Text data-testid="customer-total" data-count={total ?? ''} c="dimmed" size="sm">
          {total === undefined ? '' : t('customers.total', { count: total })}
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap">
        {exportInput && <ExportExcelButton data-testid="customers-export" input={exportInput} />}
        <Button
          data-testid="duplicates-link"
          component={Link}
          to="/customers/duplicates"
          variant="default"
          leftSection={<IconFriends size={16} />}
        >
          {t('merge.findDuplicates')}
        </Button>
        <Button
          data-testid="recycle-bin-link"
          component={Link}
          to="/customers/recycle-bin"
          variant="default"
          leftSection={<IconTrash size={16} />}
        >
          {t('customers.recycleBin')}
        </Button>
        <Button data-testid="customer-new" leftSection={<IconPlus size={16} />} onClick={onNew}>
          {t('customers.new')}
        </Button>
      </Group>
    </Group>
  )
}

import { Group, Pagination, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export interface PagerProps {
  page: number
  pageSize: number
  total: number
  onPage: (page: number) => void
  /** What the keyboard does in the table above, shown at the left. */
  hint?: string
}

export function Pager({ page, pageSize, total, onPage, hint = '' }: PagerProps) {
  const { t } = useTranslation()
  const pages = Math.max(1, Math.ceil(total / pageSize))
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('customers.pageOf', { page: Math.min(page, pages), pages })}
        </Text>
        <Pagination
          size="sm"
          total={pages}
          value={Math.min(page, pages)}
          onChange={onPage}
          siblings={1}
          boundaries={1}
        />
      </Group>
    </Group>
  )
}

import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowBackUp } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatInstant } from '../../../../../shared/dates'
import { errorMessage } from '../../../lib/errors'
import { useRecentImports, useUndoImport } from '../hooks/useImports'

export type RecentImportsProps = Record<string, never>

/** 最近导入: the last imports with their counts; undo removes what one created and restores what it changed. */
export function RecentImports(_props: RecentImportsProps) {
  const { t } = useTranslation()
  const imports = useRecentImports()
  const undo = useUndoImport()
  const rows = imports.data ?? []
  const undoOne = (id: number) =>
    undo.mutate(id, {
      onSuccess: (result) =>
        notifications.show({ color: 'green', message: t('import.recent.undone', { ...result }) }),
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('common.failed'),
          message: errorMessage(t, error),
        }),
    })
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('import.recent.title')}
        </Title>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('import.recent.empty')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={6} data-testid="recent-imports">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.recent.when')}</Table.Th>
                <Table.Th>{t('import.recent.file')}</Table.Th>
                <Table.Th ta="right">{t('import.summary.created')}</Table.Th>
                <Table.Th ta="right">{t('import.summary.updated')}</Table.Th>
                <Table.Th ta="right">{t('import.summary.rejected')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(row.at)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {t(`import.entities.${row.entity}`)} · {row.fileName}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {row.created.toLocaleString()}
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {row.updated.toLocaleString()}
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {row.rejected.toLocaleString()}
                  </Table.Td>
                  <Table.Td ta="right">
                    {row.undoneAt !== null ? (
                      <Text size="xs" c="dimmed">
                        {t('import.recent.undoneAt', { when: formatInstant(row.undoneAt) })}
                      </Text>
                    ) : (
                      <Group justify="flex-end">
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          leftSection={<IconArrowBackUp size={14} />}
                          loading={undo.isPending && undo.variables === row.id}
                          onClick={() => undoOne(row.id)}
                        >
                          {t('import.recent.undo')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  )
}

import {
  Alert,
  Badge,
  Button,
  Center,
  Code,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconAlertTriangle, IconFolderOpen, IconRestore } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Backup, RecoveryInfo } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { formatSize } from '../../../data/backups'

export interface RecoveryScreenProps {
  recovery: RecoveryInfo
  /** Called once a backup is in place: the app starts normally. */
  onRestored: () => void
}

/**
 * Shown instead of the app when the database failed its check at start. It offers the
 * newest backup that passed quick_check; backups newer than that one failed it. The
 * damaged file is moved aside by the core, never deleted.
 */
export function RecoveryScreen({ recovery, onRestored }: RecoveryScreenProps) {
  const { t } = useTranslation()
  const [restoring, setRestoring] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const newestGood = recovery.backups.find((backup) => backup.id === recovery.newestGoodId) ?? null
  const damaged = (backup: Backup) => newestGood === null || backup.createdAt > newestGood.createdAt
  const reasonText = (reason: string) => t(`backups.reasons.${reason}`, { defaultValue: reason })

  const restore = async (backup: Backup) => {
    setRestoring(backup.id)
    setError(null)
    try {
      await api.call('backups.restore', { id: backup.id })
      onRestored()
    } catch (failure) {
      setError(errorMessage(t, failure))
      setRestoring(null)
    }
  }

  return (
    <Center mih="100vh" p="xl" data-testid="recovery-screen">
      <Stack maw={720} w="100%" gap="lg">
        <Group gap="sm" wrap="nowrap">
          <IconAlertTriangle
            size={32}
            color="var(--mantine-color-red-6)"
            style={{ flexShrink: 0 }}
          />
          <Title order={1}>{t('safety.recovery.title')}</Title>
        </Group>
        <Text>{t('safety.recovery.intro')}</Text>
        <Group gap="xs" wrap="nowrap" align="baseline">
          <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
            {t('safety.recovery.file')}
          </Text>
          <Code style={{ wordBreak: 'break-all' }}>{recovery.file}</Code>
        </Group>
        {newestGood ? (
          <Paper withBorder p="md" data-testid="recovery-newest">
            <Stack gap="sm">
              <Text fw={600}>{t('safety.recovery.newestGood')}</Text>
              <Group justify="space-between" wrap="nowrap">
                <Text style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatInstant(newestGood.createdAt)} · {reasonText(newestGood.reason)} ·{' '}
                  {formatSize(newestGood.sizeBytes)}
                </Text>
                <Button
                  data-testid="recovery-restore-newest"
                  leftSection={<IconRestore size={16} />}
                  loading={restoring === newestGood.id}
                  disabled={restoring !== null}
                  onClick={() => void restore(newestGood)}
                >
                  {t('safety.recovery.restoreNewest')}
                </Button>
              </Group>
              <Text size="xs" c="dimmed">
                {t('safety.recovery.keptNote')}
              </Text>
            </Stack>
          </Paper>
        ) : (
          <Alert color="red" icon={<IconAlertTriangle />}>
            {recovery.backups.length === 0
              ? t('safety.recovery.noBackups')
              : t('safety.recovery.noGood')}
          </Alert>
        )}
        {error && (
          <Alert color="red" data-testid="recovery-error">
            {error}
          </Alert>
        )}
        {recovery.backups.length > 1 && (
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('safety.recovery.others')}
            </Text>
            <Table.ScrollContainer minWidth={480} mah={280}>
              <Table verticalSpacing={4} highlightOnHover>
                <Table.Tbody>
                  {recovery.backups
                    .filter((backup) => backup.id !== newestGood?.id)
                    .map((backup) => (
                      <Table.Tr key={backup.id} data-testid="recovery-backup-row">
                        <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {formatInstant(backup.createdAt)}
                        </Table.Td>
                        <Table.Td>{reasonText(backup.reason)}</Table.Td>
                        <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {formatSize(backup.sizeBytes)}
                        </Table.Td>
                        <Table.Td w={110} ta="right">
                          {damaged(backup) ? (
                            <Badge color="red" variant="light">
                              {t('safety.recovery.damagedBackup')}
                            </Badge>
                          ) : (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              disabled={restoring !== null}
                              loading={restoring === backup.id}
                              onClick={() => void restore(backup)}
                            >
                              {t('safety.recovery.restoreThis')}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
        {window.kehu && (
          <Group>
            <Button
              variant="default"
              leftSection={<IconFolderOpen size={16} />}
              onClick={() =>
                void api.call('desktop.openFolder', { folder: 'data' }).catch(() => undefined)
              }
            >
              {t('safety.recovery.openDataFolder')}
            </Button>
          </Group>
        )}
      </Stack>
    </Center>
  )
}

import { Alert, Button, Code, Group, Modal, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDatabaseExport, IconInfoCircle, IconRestore } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Backup } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { useUndoToast } from '../../../lib/useUndoToast'
import { useBackupConfig } from '../hooks/useDataSafety'
import {
  formatSize,
  useBackups,
  useCreateBackup,
  useInvalidateAll,
  useRestoreBackup,
} from '../../../data/backups'
import { ExportDatabaseButton } from './ExportDatabaseButton'
import { SettingsSection } from '../../../components/SettingsSection'

export type BackupsPanelProps = Record<string, never>

/**
 * 数据备份: back up now, list the backups, restore one. A restore first backs up the
 * data it replaces, so its toast offers Undo (restoring that backup).
 */
export function BackupsPanel(_props: BackupsPanelProps) {
  const { t } = useTranslation()
  const config = useBackupConfig()
  const backups = useBackups()
  const create = useCreateBackup()
  const restore = useRestoreBackup()
  const invalidateAll = useInvalidateAll()
  const showUndo = useUndoToast()
  const [pending, setPending] = useState<Backup | null>(null)
  const [restoreError, setRestoreError] = useState<string | null>(null)

  const failed = (error: unknown) =>
    notifications.show({ color: 'red', title: t('common.failed'), message: errorMessage(t, error) })

  const backUpNow = () =>
    create.mutate(undefined, {
      onSuccess: (backup) =>
        notifications.show({
          color: 'green',
          message: t('backups.created', { when: formatInstant(backup.createdAt) }),
        }),
      onError: failed,
    })

  const close = () => {
    if (restore.isPending) return
    setPending(null)
    setRestoreError(null)
  }

  const confirmRestore = () => {
    if (!pending) return
    const chosen = pending
    restore.mutate(chosen, {
      onSuccess: (before) => {
        setPending(null)
        setRestoreError(null)
        showUndo({
          message: t('backups.restored', { when: formatInstant(chosen.createdAt) }),
          undo: async () => {
            await api.call('backups.restore', { id: before.id })
            return t('backups.undone')
          },
          onSettled: invalidateAll,
          autoClose: 15000,
        })
      },
      onError: (error) => setRestoreError(errorMessage(t, error)),
    })
  }

  const list = backups.data ?? []
  const reasonText = (reason: string) => t(`backups.reasons.${reason}`, { defaultValue: reason })

  return (
    <div data-testid="backups-section">
      <SettingsSection title={t('backups.title')} description={t('backups.description')}>
        <Group gap="xs" wrap="nowrap" align="baseline">
          <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
            {t('backups.location')}
          </Text>
          <Code data-testid="backups-dir" style={{ wordBreak: 'break-all' }}>
            {config.data?.dir ?? '…'}
          </Code>
        </Group>
        <Group>
          <Button
            data-testid="backup-now"
            variant="default"
            leftSection={<IconDatabaseExport size={16} />}
            loading={create.isPending}
            onClick={backUpNow}
          >
            {t('backups.backUpNow')}
          </Button>
          <ExportDatabaseButton />
        </Group>
        {backups.isError ? (
          <Text size="sm" c="red">
            {errorMessage(t, backups.error)}
          </Text>
        ) : list.length > 0 ? (
          <Table.ScrollContainer minWidth={480} mah={360}>
            <Table verticalSpacing={6} highlightOnHover stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backups.when')}</Table.Th>
                  <Table.Th>{t('backups.reason')}</Table.Th>
                  <Table.Th w={110} ta="right">
                    {t('backups.size')}
                  </Table.Th>
                  <Table.Th w={110}>{t('backups.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((backup) => (
                  <Table.Tr key={backup.id} data-testid="backup-row" data-backup-id={backup.id}>
                    <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatInstant(backup.createdAt)}
                    </Table.Td>
                    <Table.Td>{reasonText(backup.reason)}</Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatSize(backup.sizeBytes)}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        data-testid="backup-restore"
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconRestore size={14} />}
                        onClick={() => {
                          setRestoreError(null)
                          setPending(backup)
                        }}
                      >
                        {t('backups.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm" c="dimmed">
            {backups.isPending ? t('common.loading') : t('backups.none')}
          </Text>
        )}
      </SettingsSection>
      <Modal
        opened={pending !== null}
        onClose={close}
        title={t('backups.confirmTitle')}
        size="md"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {pending && (
          <Stack gap="md" data-testid="backup-restore-dialog">
            <Text size="sm">
              {t('backups.confirmQuestion', { when: formatInstant(pending.createdAt) })}
            </Text>
            <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
              {t('backups.confirmNote')}
            </Alert>
            {restoreError && (
              <Text size="sm" c="red" data-testid="backup-restore-error">
                {restoreError}
              </Text>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={close} data-autofocus>
                {t('common.cancel')}
              </Button>
              <Button
                data-testid="backup-restore-confirm"
                loading={restore.isPending}
                onClick={confirmRestore}
              >
                {t('backups.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </div>
  )
}

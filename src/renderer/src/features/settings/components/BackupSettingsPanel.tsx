import { Alert, Button, Code, Group, NumberInput, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFolderOpen, IconFolderCog } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  BACKUP_LIMITS,
  type BackupConfig,
  type BackupFolderChange,
} from '../../../../../shared/api'
import { errorMessage, placeApiError } from '../../../lib/errors'
import {
  isDesktop,
  openFolder,
  useBackupConfig,
  useChangeBackupFolder,
  useConfigureBackups,
} from '../hooks/useDataSafety'
import { SettingsSection } from '../../../components/SettingsSection'

export type BackupSettingsPanelProps = Record<string, never>

type Numbers = Pick<BackupConfig, 'keepLast' | 'keepDays' | 'autoBackupHours'>
const NUMBER_FIELDS = ['keepLast', 'keepDays', 'autoBackupHours'] as const
const LABELS: Record<keyof Numbers, string> = {
  keepLast: 'safety.backupSettings.keepLast',
  keepDays: 'safety.backupSettings.keepDays',
  autoBackupHours: 'safety.backupSettings.autoHours',
}

/**
 * 备份设置: the folder (chosen in the desktop app's native dialog; in browser mode with
 * `--backup-dir`), how many backups are kept and how often the automatic one runs.
 */
export function BackupSettingsPanel(_props: BackupSettingsPanelProps) {
  const { t } = useTranslation()
  const config = useBackupConfig().data
  const configure = useConfigureBackups()
  const change = useChangeBackupFolder()
  const [draft, setDraft] = useState<Partial<Numbers>>({})
  const [errors, setErrors] = useState<Partial<Record<keyof Numbers, string>>>({})
  const desktop = isDesktop()

  const changed = (result: BackupFolderChange | null) => {
    if (!result) return
    const lines = [t('safety.backupSettings.moved', { dir: result.config.dir })]
    if (result.leftBehind > 0)
      lines.push(
        t('safety.backupSettings.leftBehind', {
          count: result.leftBehind,
          dir: result.previousDir,
        }),
      )
    notifications.show({ color: 'green', message: lines.join(' '), autoClose: 10000 })
  }
  const changeFolder = (to: 'choose' | 'default') =>
    change.mutate(to, {
      onSuccess: changed,
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('common.failed'),
          message: errorMessage(t, error),
        }),
    })

  const save = () =>
    configure.mutate(draft, {
      onSuccess: () => {
        setDraft({})
        setErrors({})
        notifications.show({ color: 'green', message: t('safety.backupSettings.saved') })
      },
      onError: (error) => {
        const placed = placeApiError(t, error, NUMBER_FIELDS)
        setErrors(placed.general ? { ...placed.fields, keepLast: placed.general } : placed.fields)
      },
    })

  return (
    <div data-testid="backup-settings-section">
      <SettingsSection
        title={t('safety.backupSettings.title')}
        description={t('safety.backupSettings.description')}
      >
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('safety.backupSettings.folder')}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Code data-testid="backup-folder" style={{ wordBreak: 'break-all' }}>
              {config?.dir ?? '…'}
            </Code>
            {config?.isDefault && (
              <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                {t('safety.backupSettings.default')}
              </Text>
            )}
          </Group>
          {config && !config.available && (
            <Alert color="orange" variant="light" data-testid="backup-folder-unavailable">
              {t('safety.backupSettings.unavailable')}
            </Alert>
          )}
          <Group gap="xs">
            {desktop && (
              <Button
                variant="default"
                data-testid="backup-folder-choose"
                leftSection={<IconFolderCog size={16} />}
                loading={change.isPending && change.variables === 'choose'}
                onClick={() => changeFolder('choose')}
              >
                {t('safety.backupSettings.choose')}
              </Button>
            )}
            {config && !config.isDefault && (
              <Button
                variant="subtle"
                data-testid="backup-folder-default"
                loading={change.isPending && change.variables === 'default'}
                onClick={() => changeFolder('default')}
              >
                {t('safety.backupSettings.useDefault')}
              </Button>
            )}
            {desktop && (
              <Button
                variant="subtle"
                leftSection={<IconFolderOpen size={16} />}
                onClick={() => void openFolder('backups')}
              >
                {t('safety.backupSettings.open')}
              </Button>
            )}
          </Group>
          {!desktop && (
            <Text size="xs" c="dimmed">
              {t('safety.backupSettings.browserHint', { command: 'kehu serve --backup-dir …' })}
            </Text>
          )}
        </Stack>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            save()
          }}
        >
          <Group align="flex-start" gap="md">
            {NUMBER_FIELDS.map((field) => (
              <NumberInput
                key={field}
                data-testid={`backup-${field}`}
                label={t(LABELS[field])}
                value={draft[field] ?? config?.[field] ?? ''}
                min={BACKUP_LIMITS[field].min}
                max={BACKUP_LIMITS[field].max}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                error={errors[field]}
                w={190}
                onChange={(value) =>
                  setDraft((previous) => ({
                    ...previous,
                    [field]: typeof value === 'number' ? value : Number(value),
                  }))
                }
              />
            ))}
          </Group>
          <Text size="xs" c="dimmed" mt={6}>
            {t('safety.backupSettings.autoHint')}
          </Text>
          <Group mt="sm">
            <Button
              type="submit"
              variant="default"
              data-testid="backup-settings-save"
              loading={configure.isPending}
              disabled={Object.keys(draft).length === 0}
            >
              {t('common.save')}
            </Button>
          </Group>
        </form>
      </SettingsSection>
    </div>
  )
}

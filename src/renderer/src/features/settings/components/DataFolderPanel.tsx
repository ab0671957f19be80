import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core'
import { IconFolderOpen, IconLifebuoy, IconShieldCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../../lib/errors'
import { useAppInfo } from '../hooks/useAppInfo'
import { isDesktop, openFolder, useIntegrityCheck } from '../hooks/useDataSafety'
import { SettingsSection } from '../../../components/SettingsSection'

export type DataFolderPanelProps = Record<string, never>

/** Where the data is, the full integrity check, and "report a problem" (the log folder). */
export function DataFolderPanel(_props: DataFolderPanelProps) {
  const { t } = useTranslation()
  const info = useAppInfo().data
  const check = useIntegrityCheck()
  const desktop = isDesktop()
  const report = check.data

  return (
    <div data-testid="data-folder-section">
      <SettingsSection
        title={t('safety.dataFolder.title')}
        description={t('safety.dataFolder.description')}
      >
        <PathRow
          label={t('safety.dataFolder.folder')}
          path={info?.dataDir}
          testId="data-dir"
          action={desktop ? () => void openFolder('data') : undefined}
          actionLabel={t('safety.dataFolder.open')}
        />
        <Stack gap={6}>
          <Text fw={600} size="sm">
            {t('safety.dataFolder.integrity')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('safety.dataFolder.integrityHint')}
          </Text>
          <Group>
            <Button
              data-testid="integrity-check"
              variant="default"
              leftSection={<IconShieldCheck size={16} />}
              loading={check.isPending}
              onClick={() => check.mutate()}
            >
              {check.isPending ? t('safety.dataFolder.checking') : t('safety.dataFolder.check')}
            </Button>
          </Group>
          {check.isError && (
            <Text size="sm" c="red">
              {errorMessage(t, check.error)}
            </Text>
          )}
          {report &&
            (report.ok ? (
              <Alert color="green" variant="light" data-testid="integrity-ok">
                {t('safety.dataFolder.ok', { ms: report.durationMs })}
              </Alert>
            ) : (
              <Alert color="red" variant="light" data-testid="integrity-problems">
                <Stack gap={4}>
                  <Text size="sm">{t('safety.dataFolder.problems')}</Text>
                  <Text size="xs" c="dimmed">
                    {t('safety.dataFolder.problemDetails')}
                  </Text>
                  <Code block>
                    {[
                      ...report.problems,
                      report.foreignKeyProblems > 0
                        ? `foreign_key_check: ${report.foreignKeyProblems}`
                        : '',
                    ]
                      .filter(Boolean)
                      .join('\n')}
                  </Code>
                </Stack>
              </Alert>
            ))}
        </Stack>
        <Stack gap={6}>
          <Text fw={600} size="sm">
            {t('safety.dataFolder.reportProblem')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('safety.dataFolder.reportHint')}
          </Text>
          <PathRow
            label={t('safety.dataFolder.logFolder')}
            path={info?.logDir}
            testId="log-dir"
            action={desktop ? () => void openFolder('logs') : undefined}
            actionLabel={t('safety.dataFolder.openLogs')}
            icon={<IconLifebuoy size={16} />}
          />
        </Stack>
      </SettingsSection>
    </div>
  )
}

interface PathRowProps {
  label: string
  path: string | undefined
  testId: string
  action?: () => void
  actionLabel: string
  icon?: React.ReactNode
}

function PathRow({ label, path, testId, action, actionLabel, icon }: PathRowProps) {
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }} w={96}>
        {label}
      </Text>
      <Code data-testid={testId} style={{ wordBreak: 'break-all' }}>
        {path ?? '…'}
      </Code>
      {action && (
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={icon ?? <IconFolderOpen size={14} />}
          onClick={action}
          style={{ flexShrink: 0 }}
        >
          {actionLabel}
        </Button>
      )}
    </Group>
  )
}

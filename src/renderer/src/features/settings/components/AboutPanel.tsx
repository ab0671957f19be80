import { Code, Group, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../../lib/errors'
import { useAppInfo } from '../hooks/useAppInfo'
import { SettingsSection } from '../../../components/SettingsSection'
import { UpdateCheckButton } from './UpdateCheckButton'

export type AboutPanelProps = Record<string, never>

export function AboutPanel(_props: AboutPanelProps) {
  const { t } = useTranslation()
  const info = useAppInfo()
  return (
    <SettingsSection title={t('settings.about.title')}>
      {info.isError ? (
        <Text c="red" size="sm">
          {errorMessage(t, info.error)}
        </Text>
      ) : (
        <Table variant="vertical" layout="fixed" withTableBorder={false}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={160}>{t('settings.about.version')}</Table.Th>
              <Table.Td data-testid="app-version">
                <Group gap="md">
                  <span>{info.data?.version ?? '…'}</span>
                  <UpdateCheckButton />
                </Group>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('settings.about.dataDir')}</Table.Th>
              <Table.Td>
                <Code data-testid="app-data-dir" style={{ wordBreak: 'break-all' }}>
                  {info.data?.dataDir ?? '…'}
                </Code>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('settings.about.schemaVersion')}</Table.Th>
              <Table.Td>{info.data?.schemaVersion ?? '…'}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </SettingsSection>
  )
}

import { Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { AboutPanel } from '../components/AboutPanel'
import { BackupSettingsPanel } from '../components/BackupSettingsPanel'
import { BackupsPanel } from '../components/BackupsPanel'
import { CompanyPanel } from '../components/CompanyPanel'
import { DataFolderPanel } from '../components/DataFolderPanel'
import { PasswordLockPanel } from '../components/PasswordLockPanel'
import { CustomFieldsPanel } from '../components/CustomFieldsPanel'
import { GeneralSettings } from '../components/GeneralSettings'
import { OwnersPanel } from '../components/OwnersPanel'
import { PipelineStagesPanel } from '../../pipeline'
import { ReminderSettingsPanel } from '../../reminders'
import { InsightSettingsPanel } from '../../insight'
import { ServiceSettingsPanel } from '../../aftersales'

export type SettingsPageProps = Record<string, never>

export function SettingsPage(_props: SettingsPageProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="lg" maw={860}>
      <Title order={1}>{t('settings.title')}</Title>
      <GeneralSettings />
      <CompanyPanel />
      <OwnersPanel />
      <CustomFieldsPanel />
      <PipelineStagesPanel />
      <ReminderSettingsPanel />
      <InsightSettingsPanel />
      <ServiceSettingsPanel />
      <DataFolderPanel />
      <BackupsPanel />
      <BackupSettingsPanel />
      <PasswordLockPanel />
      <AboutPanel />
    </Stack>
  )
}

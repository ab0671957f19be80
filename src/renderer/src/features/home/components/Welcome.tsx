import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDatabase, IconFileSpreadsheet, IconUserPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { errorMessage } from '../../../lib/errors'
import { useUpdateSettings } from '../../../data/settings'
import { useLoadDemo } from '../../../data/demo'
import { WelcomeChoice } from './WelcomeChoice'

export type WelcomeProps = Record<string, never>

/** The first-run choice: start empty, load demo data, or (later) import a spreadsheet. */
export function Welcome(_props: WelcomeProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const updateSettings = useUpdateSettings()
  const loadDemo = useLoadDemo()
  const busy = updateSettings.isPending || loadDemo.isPending
  const failed = (error: unknown) =>
    notifications.show({ color: 'red', title: t('common.failed'), message: errorMessage(t, error) })

  // mutateAsync, not mutate callbacks: marking onboarding done swaps this screen for the overview,
  // and callbacks of an unmounted observer never run.
  const startEmpty = async () => {
    try {
      await updateSettings.mutateAsync({ onboarded: true })
      await navigate('/customers')
    } catch (error) {
      failed(error)
    }
  }
  const startWithDemo = async () => {
    try {
      const { loaded } = await loadDemo.mutateAsync()
      notifications.show({
        color: 'green',
        message: t('home.welcome.demoLoaded', { customers: loaded.customers }),
      })
      await navigate('/customers')
    } catch (error) {
      failed(error)
    }
  }

  return (
    <Stack gap="lg" maw={960} mx="auto" pt="xl">
      <Stack gap={4}>
        <Title order={1}>{t('home.welcome.title')}</Title>
        <Text c="dimmed">{t('home.welcome.subtitle')}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <WelcomeChoice
          icon={<IconUserPlus size={22} />}
          title={t('home.welcome.emptyTitle')}
          text={t('home.welcome.emptyText')}
          action={
            <Button
              data-testid="onboarding-empty"
              fullWidth
              onClick={() => void startEmpty()}
              loading={updateSettings.isPending}
              disabled={busy}
            >
              {t('home.welcome.emptyAction')}
            </Button>
          }
        />
        <WelcomeChoice
          icon={<IconDatabase size={22} />}
          title={t('home.welcome.demoTitle')}
          text={t('home.welcome.demoText')}
          action={
            <Button
              data-testid="onboarding-demo"
              variant="light"
              fullWidth
              onClick={() => void startWithDemo()}
              loading={loadDemo.isPending}
              disabled={busy && !loadDemo.isPending}
            >
              {loadDemo.isPending ? t('home.welcome.demoLoading') : t('home.welcome.demoAction')}
            </Button>
          }
        />
        <WelcomeChoice
          icon={<IconFileSpreadsheet size={22} />}
          title={t('home.welcome.importTitle')}
          text={t('home.welcome.importText')}
          disabled
          action={
            <Button variant="default" fullWidth disabled>
              {t('common.comingSoon')}
            </Button>
          }
        />
      </SimpleGrid>
    </Stack>
  )
}

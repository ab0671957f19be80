import { AppShell, Group, Text, ThemeIcon } from '@mantine/core'
import { IconUsersGroup } from '@tabler/icons-react'
import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { PageLoader } from '../components/PageLoader'
import { PaletteLauncher } from '../features/palette'
import { useDesktopCommands } from '../features/safety'
import { useSettings } from '../data/settings'
import { LanguageToggle } from './LanguageToggle'
import { SidebarNav } from './SidebarNav'
import { ThemeToggle } from './ThemeToggle'

export const HEADER_HEIGHT = 48
export const NAVBAR_WIDTH = 196

export type AppLayoutProps = Record<string, never>

export function AppLayout(_props: AppLayoutProps) {
  const { t } = useTranslation()
  useDesktopCommands()
  const companyName = useSettings().data?.companyName ?? ''
  return (
    <AppShell
      header={{ height: HEADER_HEIGHT }}
      navbar={{ width: NAVBAR_WIDTH, breakpoint: 'xs' }}
      padding="md"
    >
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <ThemeIcon variant="filled" size="md" radius="sm">
              <IconUsersGroup size={16} />
            </ThemeIcon>
            <Text fw={700} size="lg">
              {t('app.name')}
            </Text>
            {companyName && (
              <Text c="dimmed" size="sm" ml="md" truncate>
                {companyName}
              </Text>
            )}
          </Group>
          <PaletteLauncher />
          <Group gap={4} wrap="nowrap">
            <LanguageToggle />
            <ThemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <SidebarNav />
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  )
}

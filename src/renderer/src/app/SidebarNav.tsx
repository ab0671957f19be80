import { NavLink, Stack } from '@mantine/core'
import {
  IconBell,
  IconBox,
  IconChartDots3,
  IconHeadset,
  IconSpeakerphone,
  IconChartBar,
  IconChartFunnel,
  IconFileInvoice,
  IconFileSpreadsheet,
  IconHome,
  IconReceipt,
  IconSettings,
  IconUsers,
  type Icon,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ComponentType } from 'react'
import { Link, useLocation } from 'react-router'
import { ReminderNavBadge } from '../features/reminders'

interface NavItem {
  to: string
  labelKey: string
  testId: string
  icon: Icon
  /** A count beside the label (the reminders due today). */
  badge?: ComponentType<Record<string, never>>
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', testId: 'nav-home', icon: IconHome },
  {
    to: '/reminders',
    labelKey: 'nav.reminders',
    testId: 'nav-reminders',
    icon: IconBell,
    badge: ReminderNavBadge,
  },
  { to: '/customers', labelKey: 'nav.customers', testId: 'nav-customers', icon: IconUsers },
  { to: '/insight', labelKey: 'nav.insight', testId: 'nav-insight', icon: IconChartDots3 },
  { to: '/pipeline', labelKey: 'nav.pipeline', testId: 'nav-pipeline', icon: IconChartFunnel },
  { to: '/contracts', labelKey: 'nav.contracts', testId: 'nav-contracts', icon: IconFileInvoice },
  { to: '/receivables', labelKey: 'nav.receivables', testId: 'nav-receivables', icon: IconReceipt },
  { to: '/products', labelKey: 'nav.products', testId: 'nav-products', icon: IconBox },
  { to: '/service', labelKey: 'nav.service', testId: 'nav-service', icon: IconHeadset },
  {
    to: '/campaigns',
    labelKey: 'nav.campaigns',
    testId: 'nav-campaigns',
    icon: IconSpeakerphone,
  },
  { to: '/reports', labelKey: 'nav.reports', testId: 'nav-reports', icon: IconChartBar },
  { to: '/import', labelKey: 'nav.import', testId: 'nav-import', icon: IconFileSpreadsheet },
  { to: '/settings', labelKey: 'nav.settings', testId: 'nav-settings', icon: IconSettings },
]

export type SidebarNavProps = Record<string, never>

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`)
}

export function SidebarNav(_props: SidebarNavProps) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <Stack gap={2} component="nav" aria-label={t('app.name')}>
      {NAV_ITEMS.map((item) => (
        <NavLink
          key={item.to}
          component={Link}
          to={item.to}
          data-testid={item.testId}
          active={isActive(pathname, item.to)}
          label={t(item.labelKey)}
          leftSection={<item.icon size={18} stroke={1.6} />}
          rightSection={item.badge && <item.badge />}
          variant="light"
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
        />
      ))}
    </Stack>
  )
}

import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconPlus, IconUsers } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { STAGES } from '../../../../../shared/api'
import { useCustomerCount } from '../../../data/customers'
import { Dashboard } from './Dashboard'
import { StageCountCard } from './StageCountCard'
import { TodayFollowUps } from './TodayFollowUps'

export type OverviewProps = Record<string, never>

/**
 * After onboarding: how many customers and quick actions, this month's business (figures,
 * trend, aging, instalments coming due — see Dashboard), today's follow-ups, and how many
 * customers in each stage (each a link to that list).
 */
export function Overview(_props: OverviewProps) {
  const { t } = useTranslation()
  const total = useCustomerCount()
  return (
    <Stack gap="lg" maw={1280}>
      <Title order={1}>{t('home.overview.title')}</Title>
      <Group align="stretch" gap="md" wrap="nowrap">
        <Card
          withBorder
          padding="md"
          component={Link}
          to="/customers"
          miw={220}
          data-testid="home-total"
        >
          <Group gap="xs" c="dimmed">
            <IconUsers size={16} />
            <Text size="sm">{t('home.overview.total')}</Text>
          </Group>
          <Text fz={32} fw={700} lh={1.2} mt={6}>
            {total.data ?? '–'}
          </Text>
        </Card>
        <Card withBorder padding="md" style={{ flex: 1 }}>
          <Text size="sm" c="dimmed" mb="xs">
            {t('home.overview.quickActions')}
          </Text>
          <Group gap="sm">
            <Button
              component={Link}
              to="/customers?customer=new"
              leftSection={<IconPlus size={16} />}
            >
              {t('home.overview.newCustomer')}
            </Button>
            <Button component={Link} to="/customers" variant="default">
              {t('home.overview.viewAll')}
            </Button>
          </Group>
        </Card>
      </Group>
      <Dashboard />
      <TodayFollowUps />
      <Stack gap="xs">
        <Title order={2}>{t('home.overview.byStage')}</Title>
        <SimpleGrid cols={5} spacing="sm">
          {STAGES.map((stage) => (
            <StageCountCard key={stage} stage={stage} />
          ))}
        </SimpleGrid>
      </Stack>
    </Stack>
  )
}

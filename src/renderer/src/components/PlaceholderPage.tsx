import { Badge, Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconHourglass } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export interface PlaceholderPageProps {
  title: string
  /** What the page will do once it is built. */
  description: string
  icon: ReactNode
}

/** A page that is not built yet says so plainly, says what it will do, and points to what works today. */
export function PlaceholderPage({ title, description, icon }: PlaceholderPageProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="md" maw={720}>
      <Group gap="sm">
        <Title order={1}>{title}</Title>
        <Badge variant="light" color="gray" leftSection={<IconHourglass size={12} />}>
          {t('placeholder.badge')}
        </Badge>
      </Group>
      <Card withBorder padding="lg">
        <Group align="flex-start" wrap="nowrap" gap="md">
          <ThemeIcon size={44} variant="light" radius="md">
            {icon}
          </ThemeIcon>
          <Stack gap="sm">
            <Text>{description}</Text>
            <Text c="dimmed" size="sm">
              {t('placeholder.later')}
            </Text>
            <Button component={Link} to="/customers" variant="light" w="fit-content">
              {t('placeholder.toCustomers')}
            </Button>
          </Stack>
        </Group>
      </Card>
    </Stack>
  )
}

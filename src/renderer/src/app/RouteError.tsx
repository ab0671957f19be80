import { Button, Center, Group, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { isRouteErrorResponse, Link, useRouteError } from 'react-router'

export type RouteErrorProps = Record<string, never>

/** Shown instead of a page that threw while rendering: says the data is safe and offers a way out. */
export function RouteError(_props: RouteErrorProps) {
  const { t } = useTranslation()
  const error = useRouteError()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  const detail = error instanceof Error ? error.message : null
  return (
    <Center mih="60vh">
      <Stack align="center" gap="sm" maw={480}>
        <IconAlertTriangle size={40} color="var(--mantine-color-orange-6)" />
        <Title order={2}>{notFound ? t('app.notFound') : t('app.pageFailed')}</Title>
        <Text c="dimmed" ta="center">
          {t('app.pageFailedHint')}
        </Text>
        {detail && (
          <Text size="xs" c="dimmed" ff="monospace">
            {detail}
          </Text>
        )}
        <Group>
          <Button component={Link} to="/" variant="default">
            {t('nav.home')}
          </Button>
          <Button onClick={() => window.location.reload()}>{t('app.reload')}</Button>
        </Group>
      </Stack>
    </Center>
  )
}

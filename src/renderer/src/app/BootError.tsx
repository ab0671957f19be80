import { Alert, Button, Center, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

export interface BootErrorProps {
  /** Already translated. */
  message: string
  onRetry: () => void
}

/** The core could not be reached at start (no token, host stopped, damaged database). */
export function BootError({ message, onRetry }: BootErrorProps) {
  const { t } = useTranslation()
  return (
    <Center mih="100vh" p="xl">
      <Stack maw={520} gap="md">
        <Title order={1}>{t('app.name')}</Title>
        <Alert color="red" icon={<IconAlertTriangle />} title={t('app.bootFailed')}>
          <Text size="sm">{message}</Text>
        </Alert>
        <Text c="dimmed" size="sm">
          {t('app.bootFailedHint')}
        </Text>
        <Button onClick={onRetry} w="fit-content">
          {t('app.retry')}
        </Button>
      </Stack>
    </Center>
  )
}

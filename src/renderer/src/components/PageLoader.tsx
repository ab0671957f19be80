import { Center, Group, Loader, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export interface PageLoaderProps {
  /** Overrides the default "loading" text. */
  label?: string
}

export function PageLoader({ label }: PageLoaderProps) {
  const { t } = useTranslation()
  return (
    <Center mih={200} role="status">
      <Group gap="xs">
        <Loader size="sm" />
        <Text c="dimmed">{label ?? t('common.loading')}</Text>
      </Group>
    </Center>
  )
}

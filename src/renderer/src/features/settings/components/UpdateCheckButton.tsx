import { Button, Group, Text } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { isDesktop } from '../hooks/useDataSafety'

export type UpdateCheckButtonProps = Record<string, never>

/** 检查更新 (the desktop app downloads, then asks before installing); browser mode says who updates. */
export function UpdateCheckButton(_props: UpdateCheckButtonProps) {
  const { t } = useTranslation()
  const check = useMutation({ mutationFn: () => api.call('desktop.checkForUpdates') })
  if (!isDesktop())
    return (
      <Text size="sm" c="dimmed">
        {t('safety.updates.desktopOnly')}
      </Text>
    )
  const result = check.data
  return (
    <Group gap="sm">
      <Button
        variant="default"
        size="compact-sm"
        leftSection={<IconRefresh size={14} />}
        loading={check.isPending}
        onClick={() => check.mutate()}
      >
        {t('safety.updates.check')}
      </Button>
      {check.isError && (
        <Text size="sm" c="red">
          {errorMessage(t, check.error)}
        </Text>
      )}
      {result && (
        <Text size="sm" c={result.status === 'error' ? 'red' : 'dimmed'}>
          {t(`safety.updates.${result.status}`, { version: result.version ?? '' })}
        </Text>
      )}
    </Group>
  )
}

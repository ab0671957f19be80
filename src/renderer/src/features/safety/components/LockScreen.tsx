import { Button, Center, Paper, PasswordInput, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, isApiClientError } from '../../../lib/api'
import { placeApiError } from '../../../lib/errors'

export interface LockScreenProps {
  onUnlocked: () => void
}

/**
 * Asked at start, before any data is shown, when a password lock is set. A wrong
 * password says so; after several the core makes each next try wait longer, and the
 * button counts down (the core enforces the wait, this only shows it).
 */
export function LockScreen({ onUnlocked }: LockScreenProps) {
  const { t } = useTranslation()
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [waitSeconds, setWaitSeconds] = useState(0)
  const [pending, setPending] = useState(false)

  useEffect(() => {
    if (waitSeconds <= 0) return
    const timer = setTimeout(() => setWaitSeconds((seconds) => seconds - 1), 1000)
    return () => clearTimeout(timer)
  }, [waitSeconds])

  const unlock = async () => {
    setPending(true)
    try {
      await api.call('app.unlock', { password })
      onUnlocked()
    } catch (failure) {
      const seconds = secondsToWait(failure)
      setWaitSeconds(seconds)
      const placed = placeApiError(t, failure, ['password'])
      const message = placed.fields.password ?? placed.general ?? ''
      const wait = t('safety.lock.wait', { seconds })
      // errors.unlockWait already says "wait"; a wrong password says so, then how long to wait.
      setError(seconds > 0 && !message.includes(String(seconds)) ? `${message} ${wait}` : message)
      setPassword('')
    } finally {
      setPending(false)
    }
  }

  return (
    <Center mih="100vh" p="xl" data-testid="lock-screen">
      <Paper withBorder p="xl" w={400} shadow="sm">
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void unlock()
          }}
        >
          <Stack gap="md" align="stretch">
            <Stack gap={6} align="center">
              <ThemeIcon size={48} radius="xl" variant="light">
                <IconLock size={26} />
              </ThemeIcon>
              <Title order={1} ta="center">
                {t('safety.lock.title')}
              </Title>
              <Text size="sm" c="dimmed" ta="center">
                {t('safety.lock.prompt')}
              </Text>
            </Stack>
            <PasswordInput
              data-testid="lock-password"
              label={t('safety.lock.password')}
              value={password}
              error={error}
              onChange={(event) => {
                setPassword(event.currentTarget.value)
                if (waitSeconds <= 0) setError(null)
              }}
              data-autofocus
              autoFocus
            />
            <Button
              type="submit"
              data-testid="lock-unlock"
              loading={pending}
              disabled={password === '' || waitSeconds > 0}
            >
              {waitSeconds > 0
                ? `${t('safety.lock.unlock')} (${waitSeconds})`
                : t('safety.lock.unlock')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('safety.lock.forgot')}
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  )
}

/** The wait the core asked for: errors.unlockWait, or the wait after a wrong password. */
function secondsToWait(failure: unknown): number {
  if (!isApiClientError(failure)) return 0
  const fromParams = failure.params?.seconds ?? failure.details?.[0]?.params?.seconds
  return typeof fromParams === 'number' ? fromParams : 0
}

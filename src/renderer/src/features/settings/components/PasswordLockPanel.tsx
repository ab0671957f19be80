import { Badge, Button, Group, PasswordInput, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconLock, IconLockOpen } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PASSWORD_MIN_LENGTH } from '../../../../../shared/api'
import { errorMessage, placeApiError } from '../../../lib/errors'
import { useAppInfo } from '../hooks/useAppInfo'
import { lockNow, usePasswordMutations } from '../hooks/useDataSafety'
import { SettingsSection } from '../../../components/SettingsSection'

export type PasswordLockPanelProps = Record<string, never>

type Field = 'current' | 'password' | 'confirm'
const EMPTY: Record<Field, string> = { current: '', password: '', confirm: '' }

/** 密码锁: turn on, change, turn off (each needs the current password), and lock now. */
export function PasswordLockPanel(_props: PasswordLockPanelProps) {
  const { t } = useTranslation()
  const enabled = useAppInfo().data?.passwordSet ?? false
  const { set, remove } = usePasswordMutations()
  const [values, setValues] = useState(EMPTY)
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})

  const done = (message: string) => {
    setValues(EMPTY)
    setErrors({})
    notifications.show({ color: 'green', message })
  }
  const failed = (error: unknown) => {
    const placed = placeApiError(t, error, ['current', 'password'])
    setErrors(placed.general ? { ...placed.fields, current: placed.general } : placed.fields)
  }

  const save = () => {
    if (values.password.length < PASSWORD_MIN_LENGTH) {
      setErrors({ password: t('safety.password.tooShort', { limit: PASSWORD_MIN_LENGTH }) })
      return
    }
    if (values.password !== values.confirm) {
      setErrors({ confirm: t('safety.password.mismatch') })
      return
    }
    set.mutate(
      { password: values.password, ...(enabled ? { current: values.current } : {}) },
      { onSuccess: () => done(t('safety.password.saved')), onError: failed },
    )
  }

  const input = (field: Field, label: string) => (
    <PasswordInput
      data-testid={`password-${field}`}
      label={label}
      value={values[field]}
      error={errors[field]}
      w={260}
      autoComplete={field === 'current' ? 'current-password' : 'new-password'}
      onChange={(event) => {
        const value = event.currentTarget.value
        setValues((previous) => ({ ...previous, [field]: value }))
        setErrors({})
      }}
    />
  )

  return (
    <div data-testid="password-section">
      <SettingsSection
        title={t('safety.password.title')}
        description={t('safety.password.description')}
      >
        <Group gap="xs">
          <Badge
            data-testid="password-status"
            color={enabled ? 'green' : 'gray'}
            variant="light"
            leftSection={enabled ? <IconLock size={12} /> : <IconLockOpen size={12} />}
          >
            {enabled ? t('safety.password.statusOn') : t('safety.password.statusOff')}
          </Badge>
        </Group>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            save()
          }}
        >
          <Stack gap="sm">
            {enabled && input('current', t('safety.password.current'))}
            <Group align="flex-start" gap="md">
              {input('password', t('safety.password.new'))}
              {input('confirm', t('safety.password.confirm'))}
            </Group>
            <Group gap="xs">
              <Button
                type="submit"
                variant="default"
                data-testid="password-save"
                loading={set.isPending}
                disabled={values.password === ''}
              >
                {enabled ? t('safety.password.change') : t('safety.password.set')}
              </Button>
              {enabled && (
                <>
                  <Button
                    variant="subtle"
                    color="red"
                    data-testid="password-remove"
                    loading={remove.isPending}
                    disabled={values.current === ''}
                    onClick={() =>
                      remove.mutate(
                        { current: values.current },
                        { onSuccess: () => done(t('safety.password.removed')), onError: failed },
                      )
                    }
                  >
                    {t('safety.password.remove')}
                  </Button>
                  <Button
                    variant="subtle"
                    data-testid="password-lock-now"
                    leftSection={<IconLock size={16} />}
                    onClick={() =>
                      void lockNow().catch((error: unknown) =>
                        notifications.show({ color: 'red', message: errorMessage(t, error) }),
                      )
                    }
                  >
                    {t('safety.password.lockNow')}
                  </Button>
                </>
              )}
            </Group>
          </Stack>
        </form>
      </SettingsSection>
    </div>
  )
}

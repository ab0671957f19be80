import { Button, FileButton, Group, Image, Input, Paper, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPhoto, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LOGO_MAX_BYTES } from '../../../../../shared/api'
import { placeApiError } from '../../../lib/errors'
import { useCompanyLogo, useSetLogo } from '../hooks/useDataSafety'

export type CompanyLogoFieldProps = Record<string, never>

/** The file's bytes as base64 (the API carries files as { name, base64 }). */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** The logo: a preview, choose an image, remove it. The core checks type and size again. */
export function CompanyLogoField(_props: CompanyLogoFieldProps) {
  const { t } = useTranslation()
  const logo = useCompanyLogo().data ?? null
  const setLogo = useSetLogo()
  const [error, setError] = useState<string | null>(null)

  const choose = async (file: File | null) => {
    if (!file) return
    setError(null)
    if (file.size > LOGO_MAX_BYTES) {
      setError(t('errors.logoTooLarge'))
      return
    }
    setLogo.mutate(
      { name: file.name, base64: await toBase64(file) },
      {
        onSuccess: () =>
          notifications.show({ color: 'green', message: t('safety.company.logoSaved') }),
        onError: (failure) => {
          const placed = placeApiError(t, failure, ['logo'])
          setError(placed.fields.logo ?? placed.general)
        },
      },
    )
  }

  return (
    <Input.Wrapper
      label={t('safety.company.logo')}
      description={t('safety.company.logoHint')}
      error={error}
    >
      <Group gap="md" mt={6} align="center">
        <Paper withBorder w={120} h={64} p={4} style={{ display: 'grid', placeItems: 'center' }}>
          {logo ? (
            <Image
              data-testid="company-logo-preview"
              src={`data:${logo.mimeType};base64,${logo.base64}`}
              alt={logo.name}
              fit="contain"
              h={54}
              w={110}
            />
          ) : (
            <Text size="xs" c="dimmed">
              {t('safety.company.noLogo')}
            </Text>
          )}
        </Paper>
        <FileButton
          accept="image/png,image/jpeg,image/gif,image/webp"
          onChange={(file) => void choose(file)}
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              data-testid="company-logo-choose"
              leftSection={<IconPhoto size={16} />}
              loading={setLogo.isPending}
            >
              {t('safety.company.chooseLogo')}
            </Button>
          )}
        </FileButton>
        {logo && (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() =>
              setLogo.mutate(null, {
                onSuccess: () => notifications.show({ message: t('safety.company.logoRemoved') }),
              })
            }
          >
            {t('safety.company.removeLogo')}
          </Button>
        )}
      </Group>
    </Input.Wrapper>
  )
}

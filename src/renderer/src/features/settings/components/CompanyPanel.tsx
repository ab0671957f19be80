import { Button, Group, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { placeApiError } from '../../../lib/errors'
import { useSettings, useUpdateSettings } from '../../../data/settings'
import { CompanyLogoField } from './CompanyLogoField'
import { SettingsSection } from '../../../components/SettingsSection'

export type CompanyPanelProps = Record<string, never>

const FIELDS = ['companyName', 'companyAddress', 'companyPhone'] as const
type Field = (typeof FIELDS)[number]
const MAX: Record<Field, number> = { companyName: 100, companyAddress: 200, companyPhone: 50 }
const LABEL: Record<Field, string> = {
  companyName: 'safety.company.name',
  companyAddress: 'safety.company.address',
  companyPhone: 'safety.company.phone',
}

/** 公司信息: name, address, phone and logo, for the header of printed reports. */
export function CompanyPanel(_props: CompanyPanelProps) {
  const { t } = useTranslation()
  const settings = useSettings().data
  const update = useUpdateSettings()
  const [draft, setDraft] = useState<Partial<Record<Field, string>>>({})
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const shown = (field: Field) => draft[field] ?? settings?.[field] ?? ''
  const dirty = Object.keys(draft).length > 0

  const save = () =>
    update.mutate(draft, {
      onSuccess: () => {
        setDraft({})
        setErrors({})
        notifications.show({ color: 'green', message: t('safety.company.saved') })
      },
      onError: (error) => {
        const placed = placeApiError(t, error, FIELDS)
        setErrors(
          placed.general ? { ...placed.fields, companyName: placed.general } : placed.fields,
        )
      },
    })

  return (
    <SettingsSection
      title={t('safety.company.title')}
      description={t('safety.company.description')}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          save()
        }}
      >
        <Stack gap="sm">
          {FIELDS.map((field) => (
            <TextInput
              key={field}
              data-testid={`field-${field}`}
              label={t(LABEL[field])}
              value={shown(field)}
              maxLength={MAX[field]}
              error={errors[field]}
              w={field === 'companyAddress' ? 520 : 360}
              onChange={(event) => {
                const value = event.currentTarget.value
                setDraft((previous) => ({ ...previous, [field]: value }))
              }}
            />
          ))}
          <Group>
            <Button
              type="submit"
              variant="default"
              data-testid="company-save"
              loading={update.isPending}
              disabled={!dirty}
            >
              {t('common.save')}
            </Button>
          </Group>
          <CompanyLogoField />
        </Stack>
      </form>
    </SettingsSection>
  )
}

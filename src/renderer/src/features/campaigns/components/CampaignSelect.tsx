import { Select } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { campaignName } from '../campaignText'
import { useCampaignOptions } from '../../../data/campaigns'

export interface CampaignSelectProps {
  value: number | null
  onChange: (campaignId: number | null) => void
  label: string
  error?: ReactNode
  testId: string
  /** Shown instead while no campaign exists (a grid's empty cell). */
  fallback?: ReactNode
}

/**
 * 市场活动 on a customer or a deal: the live campaigns, plus the record's own when it has
 * been deleted since (kept, marked). Nothing is shown while no campaign exists.
 */
export function CampaignSelect({
  value,
  onChange,
  label,
  error,
  testId,
  fallback = null,
}: CampaignSelectProps) {
  const { t } = useTranslation()
  const options = useCampaignOptions().data ?? []
  const choices = options.filter((option) => !option.deleted || option.id === value)
  if (choices.length === 0 && value === null) return fallback
  return (
    <Select<number>
      label={label}
      placeholder={t('campaigns.select.none')}
      data-testid={testId}
      data={choices.map((option) => ({
        value: option.id,
        label: campaignName(t, option),
      }))}
      value={value}
      onChange={onChange}
      error={error}
      clearable
      searchable
      nothingFoundMessage={t('campaigns.select.nothingFound')}
    />
  )
}

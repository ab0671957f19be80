import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { campaignName } from '../campaignText'
import { useCampaignOptions } from '../../../data/campaigns'

export interface CampaignFilterProps {
  value: number | null
  onChange: (campaignId: number | null) => void
  testId: string
}

/**
 * The customer list's 市场活动 filter under "more filters": every campaign, deleted ones
 * marked; nothing while there is none.
 */
export function CampaignFilter({ value, onChange, testId }: CampaignFilterProps) {
  const { t } = useTranslation()
  const options = useCampaignOptions().data ?? []
  if (options.length === 0 && value === null) return null
  return (
    <Select<number>
      data-testid={testId}
      label={t('campaigns.filter.label')}
      placeholder={t('campaigns.filter.any')}
      data={options.map((option) => ({ value: option.id, label: campaignName(t, option) }))}
      value={value}
      onChange={onChange}
      clearable
      searchable
      mb="xs"
      comboboxProps={{ withinPortal: false }}
    />
  )
}

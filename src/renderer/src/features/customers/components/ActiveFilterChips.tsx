import { Button, Group, Pill } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CustomField, Owner } from '../../../../../shared/api'
import { campaignName } from '../../campaigns'
import { useCampaignOptions } from '../../../data/campaigns'
import {
  clearAllFilters,
  clearFilter,
  type CustomerListParams,
  type FilterKey,
} from '../listParams'

export interface ActiveFilterChipsProps {
  params: CustomerListParams
  owners: Owner[]
  /** Custom fields, to name the custom-field filters; an unknown key shows as itself. */
  customFields?: CustomField[]
  onChange: (next: CustomerListParams) => void
}

interface Chip {
  key: FilterKey
  label: string
  value: string
}

/** The filters in force, each removable on its own, plus "clear all" when there are several. */
export function ActiveFilterChips({
  params,
  owners,
  customFields = [],
  onChange,
}: ActiveFilterChipsProps) {
  const { t } = useTranslation()
  const campaigns = useCampaignOptions().data ?? []
  const chips: Chip[] = []
  if (params.q) chips.push({ key: 'q', label: t('customers.filters.search'), value: params.q })
  if (params.stage) {
    chips.push({
      key: 'stage',
      label: t('customers.filters.stage'),
      value: t(`stage.${params.stage}`),
    })
  }
  if (params.grade) {
    chips.push({ key: 'grade', label: t('customers.filters.grade'), value: params.grade })
  }
  if (params.ownerId !== null) {
    const owner = owners.find((candidate) => candidate.id === params.ownerId)
    chips.push({
      key: 'ownerId',
      label: t('customers.filters.owner'),
      value: owner?.name ?? `#${params.ownerId}`,
    })
  }
  if (params.campaignId !== null) {
    const campaign = campaigns.find((candidate) => candidate.id === params.campaignId)
    chips.push({
      key: 'campaignId',
      label: t('campaigns.filter.label'),
      value: campaign ? campaignName(t, campaign) : `#${params.campaignId}`,
    })
  }
  for (const [key, value] of Object.entries(params.custom)) {
    const field = customFields.find((candidate) => candidate.key === key)
    chips.push({ key: `custom.${key}`, label: field?.label ?? key, value })
  }
  if (chips.length === 0) return null
  return (
    <Group gap={6} data-testid="filter-chips">
      {chips.map((chip) => (
        <Pill
          key={chip.key}
          withRemoveButton
          onRemove={() => onChange(clearFilter(params, chip.key))}
          removeButtonProps={{
            'aria-label': t('customers.filters.remove', { label: chip.label }),
            'aria-hidden': false,
            tabIndex: 0,
          }}
          data-filter={chip.key}
        >
          {t('customers.filters.chip', { label: chip.label, value: chip.value })}
        </Pill>
      ))}
      {chips.length > 1 && (
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={() => onChange(clearAllFilters(params))}
        >
          {t('customers.filters.clearAll')}
        </Button>
      )}
    </Group>
  )
}

import { Group, Select } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { GRADES, STAGES, type CustomField, type Owner } from '../../../../../shared/api'
import type { CustomerListParams } from '../listParams'
import { CampaignFilter } from '../../campaigns'
import { MoreFilters } from './MoreFilters'
import { SearchBox } from './SearchBox'

export interface CustomerFiltersProps {
  params: CustomerListParams
  owners: Owner[]
  onChange: (patch: Partial<CustomerListParams>) => void
  /** Moves keyboard focus from the search box into the list. */
  onFocusList: () => void
  /** Active custom fields: the choice ones are offered under "more filters". */
  customFields?: CustomField[]
  /** Shown at the right end of the row (views, columns). */
  tools?: ReactNode
}

/** Search box, the stage / grade / owner selects and "more filters" (campaign, custom fields) above the customer list. */
export function CustomerFilters({
  params,
  owners,
  onChange,
  onFocusList,
  customFields,
  tools,
}: CustomerFiltersProps) {
  const { t } = useTranslation()
  // An owner who was deactivated stays selectable while a filter still points at them.
  const ownerOptions = owners
    .filter((owner) => owner.active || owner.id === params.ownerId)
    .map((owner) => ({ value: owner.id, label: owner.name }))
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between">
      <Group gap="xs" wrap="nowrap">
        <SearchBox value={params.q} onChange={(q) => onChange({ q })} onArrowDown={onFocusList} />
        <Select<string>
          data-testid="filter-stage"
          aria-label={t('customers.filters.stage')}
          placeholder={t('customers.filters.anyStage')}
          data={STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
          value={params.stage}
          onChange={(value) => onChange({ stage: STAGES.find((stage) => stage === value) ?? null })}
          clearable
          w={120}
        />
        <Select<string>
          data-testid="filter-grade"
          aria-label={t('customers.filters.grade')}
          placeholder={t('customers.filters.anyGrade')}
          data={GRADES.map((grade) => ({ value: grade, label: t('grade.label', { grade }) }))}
          value={params.grade}
          onChange={(value) => onChange({ grade: GRADES.find((grade) => grade === value) ?? null })}
          clearable
          w={110}
        />
        <Select<number>
          data-testid="filter-owner"
          aria-label={t('customers.filters.owner')}
          placeholder={t('customers.filters.anyOwner')}
          data={ownerOptions}
          value={params.ownerId}
          onChange={(value) => onChange({ ownerId: value })}
          clearable
          searchable
          w={130}
        />
        {customFields && (
          <MoreFilters
            customFields={customFields}
            value={params.custom}
            onChange={(custom) => onChange({ custom })}
            extraActive={params.campaignId === null ? 0 : 1}
          >
            <CampaignFilter
              testId="filter-campaign"
              value={params.campaignId}
              onChange={(campaignId) => onChange({ campaignId })}
            />
          </MoreFilters>
        )}
      </Group>
      {tools && (
        <Group gap="xs" wrap="nowrap">
          {tools}
        </Group>
      )}
    </Group>
  )
}

import { Button, Group, Pill } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Owner, PipelineStage } from '../../../../../shared/api'
import { monthLabel } from '../closeMonths'
import {
  clearAllPipelineFilters,
  clearPipelineFilter,
  type PipelineFilterKey,
  type PipelineParams,
} from '../pipelineParams'
import { amountRangeText } from './AmountRangeFilter'

export interface DealFilterChipsProps {
  params: PipelineParams
  owners: Owner[]
  stages: PipelineStage[]
  /** The board ignores status and stage (they are its columns). */
  view: 'board' | 'list'
  onChange: (next: PipelineParams) => void
}

/** The filters in force as removable chips, plus "clear all" when there are several. */
export function DealFilterChips({ params, owners, stages, view, onChange }: DealFilterChipsProps) {
  const { t, i18n } = useTranslation()
  const chips: { key: PipelineFilterKey; label: string; value: string }[] = []
  if (params.q) chips.push({ key: 'q', label: t('pipeline.filters.search'), value: params.q })
  if (params.ownerId !== null) {
    const owner = owners.find((candidate) => candidate.id === params.ownerId)
    chips.push({
      key: 'ownerId',
      label: t('pipeline.filters.owner'),
      value: owner?.name ?? `#${params.ownerId}`,
    })
  }
  if (params.closeMonth)
    chips.push({
      key: 'closeMonth',
      label: t('pipeline.filters.closeMonth'),
      value: monthLabel(params.closeMonth, i18n.language),
    })
  if (params.minAmountCents !== null || params.maxAmountCents !== null)
    chips.push({
      key: 'amount',
      label: t('pipeline.filters.amount'),
      value: amountRangeText(t, params.minAmountCents, params.maxAmountCents),
    })
  if (view === 'list' && params.status)
    chips.push({
      key: 'status',
      label: t('pipeline.filters.status'),
      value: t(`pipeline.status.${params.status}`),
    })
  if (view === 'list' && params.stageId !== null)
    chips.push({
      key: 'stageId',
      label: t('pipeline.filters.stage'),
      value: stages.find((stage) => stage.id === params.stageId)?.name ?? `#${params.stageId}`,
    })
  if (chips.length === 0) return null
  return (
    <Group gap={6} data-testid="deal-filter-chips">
      {chips.map((chip) => (
        <Pill
          key={chip.key}
          withRemoveButton
          onRemove={() => onChange(clearPipelineFilter(params, chip.key))}
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
          onClick={() => onChange(clearAllPipelineFilters(params))}
        >
          {t('customers.filters.clearAll')}
        </Button>
      )}
    </Group>
  )
}

import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DEAL_STATUSES, type PipelineStage } from '../../../../../shared/api'
import type { PipelineParams } from '../pipelineParams'

export interface DealListFiltersProps {
  params: PipelineParams
  /** Every stage, open and closed. */
  stages: PipelineStage[]
  onChange: (patch: Partial<PipelineParams>) => void
}

/** The list's own filters: status (进行中 / 赢单 / 输单) and stage. */
export function DealListFilters({ params, stages, onChange }: DealListFiltersProps) {
  const { t } = useTranslation()
  return (
    <>
      <Select
        data-testid="filter-status"
        aria-label={t('pipeline.filters.status')}
        placeholder={t('pipeline.filters.anyStatus')}
        data={DEAL_STATUSES.map((status) => ({
          value: status,
          label: t(`pipeline.status.${status}`),
        }))}
        value={params.status}
        onChange={(value) =>
          onChange({ status: DEAL_STATUSES.find((status) => status === value) ?? null })
        }
        clearable
        w={120}
      />
      <Select<number>
        data-testid="filter-stage"
        aria-label={t('pipeline.filters.stage')}
        placeholder={t('pipeline.filters.anyStage')}
        data={stages
          .filter((stage) => stage.kind === 'open')
          .map((stage) => ({ value: stage.id, label: stage.name }))}
        value={params.stageId}
        onChange={(stageId) => onChange({ stageId })}
        clearable
        w={130}
      />
    </>
  )
}

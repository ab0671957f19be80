import { Stack } from '@mantine/core'
import { useCallback, useMemo, useState } from 'react'
import type { Deal } from '../../../../../shared/api'
import { useToday } from '../../../data/today'
import { useOwners } from '../../../data/owners'
import { DealDrawer } from '../components/DealDrawer'
import { DealFilterChips } from '../components/DealFilterChips'
import { DealFilters } from '../components/DealFilters'
import { DealFormModal } from '../components/DealFormModal'
import { DealListView } from '../components/DealListView'
import { DealListFilters } from '../components/DealListFilters'
import { PipelineBoard } from '../components/PipelineBoard'
import { PipelineHeader } from '../components/PipelineHeader'
import type { DealPrefill } from '../dealFormValues'
import { useCloseRequests } from '../hooks/useCloseRequests'
import { useBoard, usePrefetchBoard } from '../../../data/deals'
import { useDeleteDeal } from '../hooks/useDeleteDeal'
import { openStages, useStages } from '../hooks/usePipeline'
import { usePipelineParams } from '../hooks/usePipelineParams'
import { clearAllPipelineFilters, hasBoardFilters, toBoardInput } from '../pipelineParams'

export type PipelinePageProps = Record<string, never>

/**
 * #/pipeline — the deals as a board (one column per open stage) or as a list; filters, the
 * view and the open deal are in the URL.
 */
export function PipelinePage(_props: PipelinePageProps) {
  const { params, setParams, update, setDealId } = usePipelineParams()
  const today = useToday()
  const boardInput = useMemo(() => toBoardInput(params), [params])
  usePrefetchBoard(boardInput)
  const board = useBoard(boardInput)
  const allStages = useStages().data
  const stages = useMemo(() => openStages(allStages), [allStages])
  const owners = useOwners().data ?? []
  const [prefill, setPrefill] = useState<DealPrefill | null>(null)
  const closeRequests = useCloseRequests()
  const { remove } = useDeleteDeal()

  const openDeal = useCallback((deal: Deal) => setDealId(deal.id), [setDealId])
  const removeDeal = useCallback((deal: Deal) => remove(deal), [remove])
  const newDeal = useCallback((stageId?: number) => setPrefill(stageId ? { stageId } : {}), [])

  return (
    <Stack
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--mantine-spacing-md))"
      data-testid="pipeline-page"
      data-view={params.view}
    >
      <PipelineHeader
        view={params.view}
        onView={(view) => update({ view })}
        board={board.data}
        onNew={() => newDeal()}
      />
      <DealFilters params={params} owners={owners} today={today} onChange={update}>
        {params.view === 'list' && (
          <DealListFilters params={params} stages={allStages ?? []} onChange={update} />
        )}
      </DealFilters>
      <DealFilterChips
        params={params}
        owners={owners}
        stages={allStages ?? []}
        view={params.view}
        onChange={setParams}
      />
      {params.view === 'board' ? (
        <PipelineBoard
          board={board.data}
          error={board.error}
          onRetry={() => void board.refetch()}
          filtered={hasBoardFilters(params)}
          stages={stages}
          onOpen={openDeal}
          onNew={newDeal}
          onClearFilters={() => setParams(clearAllPipelineFilters(params))}
          requestClose={closeRequests.request}
          remove={removeDeal}
        />
      ) : (
        <DealListView
          params={params}
          onChange={update}
          onOpen={openDeal}
          onNew={() => newDeal()}
          onClearFilters={() => setParams(clearAllPipelineFilters(params))}
        />
      )}
      <DealDrawer
        dealId={params.dealId}
        onClose={() => setDealId(null)}
        requestClose={closeRequests.request}
      />
      <DealFormModal prefill={prefill} onClose={() => setPrefill(null)} />
      {closeRequests.dialogs}
    </Stack>
  )
}

import { Alert, Button, Paper, Stack } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Board, Deal, PipelineStage } from '../../../../../shared/api'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { useMoveDeal } from '../hooks/useMoveDeal'
import { BoardActionsContext, type BoardActions } from './boardActions'
import { BoardEmpty } from './BoardEmpty'
import { BoardView } from './BoardView'

export interface PipelineBoardProps {
  board: Board | undefined
  error: unknown
  onRetry: () => void
  filtered: boolean
  stages: PipelineStage[]
  onOpen: (deal: Deal) => void
  onNew: (stageId?: number) => void
  onClearFilters: () => void
  requestClose: (deal: Deal, outcome: 'won' | 'lost') => void
  remove: (deal: Deal) => void
}

/** The board, or what stands in for it: a loader, an error with Retry, an empty state. */
export function PipelineBoard({
  board,
  error,
  onRetry,
  filtered,
  stages,
  onOpen,
  onNew,
  onClearFilters,
  requestClose,
  remove,
}: PipelineBoardProps) {
  const { t } = useTranslation()
  const { move } = useMoveDeal()
  const actions = useMemo<BoardActions>(
    () => ({
      open: onOpen,
      moveTo: (deal, stageId) => move({ deal, toStageId: stageId }),
      requestClose,
      remove,
      stages,
    }),
    [onOpen, move, requestClose, remove, stages],
  )
  if (error && !board) {
    return (
      <Alert color="red" title={t('common.failed')}>
        {errorMessage(t, error)}
        <Button size="xs" variant="light" ml="md" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Alert>
    )
  }
  if (!board) return <PageLoader />
  return (
    <BoardActionsContext.Provider value={actions}>
      <Stack gap="sm" flex={1} mih={0}>
        {board.count === 0 && (
          <Paper withBorder data-testid="board-empty">
            <BoardEmpty filtered={filtered} onNew={() => onNew()} onClearFilters={onClearFilters} />
          </Paper>
        )}
        <BoardView board={board} onMove={move} onClose={requestClose} onNew={onNew} />
      </Stack>
    </BoardActionsContext.Provider>
  )
}

import { createContext, useContext } from 'react'
import type { Deal, PipelineStage } from '../../../../../shared/api'

/**
 * What a card's click and menu can do. Handed down by context: a board holds up to
 * thousands of memoised cards, and their props stay the deal alone.
 */
export interface BoardActions {
  open: (deal: Deal) => void
  moveTo: (deal: Deal, stageId: number) => void
  requestClose: (deal: Deal, outcome: 'won' | 'lost') => void
  remove: (deal: Deal) => void
  /** The open stages, in board order (the menu's "move to"). */
  stages: PipelineStage[]
}

export const BoardActionsContext = createContext<BoardActions | null>(null)

export function useBoardActions(): BoardActions {
  const actions = useContext(BoardActionsContext)
  if (!actions) throw new Error('useBoardActions outside the board')
  return actions
}

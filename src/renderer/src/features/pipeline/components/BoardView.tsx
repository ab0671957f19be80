import './board.css'
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core'
import { arrayMove, sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { useIsFetching, useIsMutating } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import type { Board, Deal } from '../../../../../shared/api'
import { dropPosition } from '../boardCache'
import {
  boardCollisions,
  columnOrderOf,
  moveInOrder,
  stageOfDroppable,
  type ColumnOrder,
} from '../boardDrag'
import { useBoardAnnouncements } from '../hooks/useBoardAnnouncements'
import type { MoveDealInput } from '../hooks/useMoveDeal'
import { BoardColumnView } from './BoardColumnView'
import { CloseZones, LOST_ZONE, WON_ZONE } from './CloseZones'
import { DealCardBody } from './DealCardBody'

interface DragState {
  dealId: number
  order: ColumnOrder
  /** The column the card is over (highlighted), null over a zone or nothing. */
  overStageId: number | null
}

export interface BoardViewProps {
  board: Board
  onMove: (input: MoveDealInput) => void
  onClose: (deal: Deal, outcome: 'won' | 'lost') => void
  onNew: (stageId: number) => void
}

const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] }

/**
 * The kanban: one column per open stage. Cards are dragged with the mouse or moved with
 * the keyboard (Space, arrows, Space); while one moves, its column order is a local draft,
 * and the drop hands the move to `onMove`, which changes the cached board at once.
 */
export function BoardView({ board, onMove, onClose, onNew }: BoardViewProps) {
  const [drag, setDrag] = useState<DragState | null>(null)
  const dealById = useMemo(() => {
    const byId = new Map<number, Deal>()
    for (const column of board.columns) for (const deal of column.deals) byId.set(deal.id, deal)
    return byId
  }, [board])
  const baseOrder = useMemo(() => columnOrderOf(board), [board])
  const baseDeals = useMemo(
    () => new Map(board.columns.map((column) => [column.stage.id, column.deals])),
    [board],
  )
  // Whether a write or a refetch is still in flight (tests wait for quiet before dragging).
  const busy = useIsFetching() + useIsMutating() > 0
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: KEYBOARD_CODES,
    }),
  )
  const accessibility = useBoardAnnouncements(board, dealById)

  const onDragStart = ({ active }: DragStartEvent) => {
    const stageId = stageOfDroppable(active.id, baseOrder)
    setDrag({ dealId: Number(active.id), order: baseOrder, overStageId: stageId })
  }

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!drag) return
    if (!over || over.id === WON_ZONE || over.id === LOST_ZONE) {
      if (drag.overStageId !== null) setDrag({ ...drag, overStageId: null })
      return
    }
    const from = stageOfDroppable(active.id, drag.order)
    const to = stageOfDroppable(over.id, drag.order)
    if (from === null || to === null) return
    if (from === to) {
      if (drag.overStageId !== to) setDrag({ ...drag, overStageId: to })
      return
    }
    // Into another column: above or below the card it is over, or at the end of an empty one.
    const target = drag.order[to] ?? []
    let index = target.length
    if (typeof over.id === 'number') {
      const translated = active.rect.current.translated
      const below = translated !== null && translated.top > over.rect.top + over.rect.height / 2
      index = target.indexOf(over.id) + (below ? 1 : 0)
    }
    setDrag({ ...drag, order: moveInOrder(drag.order, drag.dealId, to, index), overStageId: to })
  }

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const state = drag
    const deal = dealById.get(Number(active.id))
    if (!state || !deal || !over) {
      setDrag(null)
      return
    }
    if (over.id === WON_ZONE || over.id === LOST_ZONE) {
      setDrag(null)
      onClose(deal, over.id === WON_ZONE ? 'won' : 'lost')
      return
    }
    const to = stageOfDroppable(over.id, state.order) ?? stageOfDroppable(deal.id, state.order)
    if (to === null) {
      setDrag(null)
      return
    }
    let ids = state.order[to] ?? []
    const from = ids.indexOf(deal.id)
    if (typeof over.id === 'number' && over.id !== deal.id && ids.includes(over.id))
      ids = arrayMove(ids, from, ids.indexOf(over.id))
    const index = ids.indexOf(deal.id)
    const unchanged = to === deal.stageId && (baseOrder[to] ?? []).indexOf(deal.id) === index
    if (!unchanged) {
      const before = dealById.get(ids[index - 1] ?? -1)
      const after = dealById.get(ids[index + 1] ?? -1)
      // The cached board changes before the draft goes, so the card never flashes back.
      onMove({
        deal,
        toStageId: to,
        toIndex: index,
        position: dropPosition(deal, to, before, after),
      })
    }
    setDrag(null)
  }

  const active = drag ? dealById.get(drag.dealId) : undefined
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDrag(null)}
    >
      <div
        className="kehu-board"
        data-testid="board"
        data-dragging={drag !== null}
        data-busy={busy}
      >
        {board.columns.map((column) => {
          const stageId = column.stage.id
          const ids = drag?.order[stageId]
          // Columns the drag has not touched keep their array, so their memo holds.
          const deals =
            !ids || ids === baseOrder[stageId]
              ? (baseDeals.get(stageId) ?? [])
              : ids.map((id) => dealById.get(id)).filter((d): d is Deal => d !== undefined)
          return (
            <BoardColumnView
              key={stageId}
              column={column}
              deals={deals}
              activeId={drag?.dealId ?? null}
              highlighted={drag?.overStageId === stageId}
              onNew={onNew}
            />
          )
        })}
      </div>
      {drag && <CloseZones />}
      <DragOverlay dropAnimation={null}>
        {active && (
          <div className="kehu-deal-card" data-overlay="true">
            <DealCardBody deal={active} staleDays={null} overlay />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  )
}

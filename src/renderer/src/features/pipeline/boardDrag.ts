import {
  closestCorners,
  pointerWithin,
  type CollisionDetection,
  type UniqueIdentifier,
} from '@dnd-kit/core'
import type { Board } from '../../../../shared/api'

/** Each stage's card ids in order: the board as a drag sees it. */
export type ColumnOrder = Record<number, number[]>

export function columnOrderOf(board: Board): ColumnOrder {
  const order: ColumnOrder = {}
  for (const column of board.columns) order[column.stage.id] = column.deals.map((deal) => deal.id)
  return order
}

const COLUMN_PREFIX = 'column-'

/** The stage a droppable id stands for: a column's own id, or the stage holding that card. */
export function stageOfDroppable(id: UniqueIdentifier, order: ColumnOrder): number | null {
  if (typeof id === 'string') {
    return id.startsWith(COLUMN_PREFIX) ? Number(id.slice(COLUMN_PREFIX.length)) : null
  }
  for (const [stageId, ids] of Object.entries(order)) if (ids.includes(id)) return Number(stageId)
  return null
}

/** The order with `dealId` taken out of its column and put into `toStageId` at `index`. */
export function moveInOrder(
  order: ColumnOrder,
  dealId: number,
  toStageId: number,
  index: number,
): ColumnOrder {
  const next: ColumnOrder = { ...order }
  for (const [stageId, ids] of Object.entries(order)) {
    if (ids.includes(dealId)) next[Number(stageId)] = ids.filter((id) => id !== dealId)
  }
  const target = [...(next[toStageId] ?? [])]
  target.splice(Math.max(0, Math.min(target.length, index)), 0, dealId)
  next[toStageId] = target
  return next
}

const isZone = (data: unknown) => (data as { type?: string } | undefined)?.type === 'zone'
const isColumn = (data: unknown) => (data as { type?: string } | undefined)?.type === 'column'

/**
 * Where a dragged card is: inside a won/lost zone when the pointer is in it; otherwise the
 * nearest card (closest corners, which suits stacked columns), or the column itself when
 * it has no card near. The keyboard has no pointer: its moves land exactly on a target.
 */
export const boardCollisions: CollisionDetection = (args) => {
  const zones = args.droppableContainers.filter((container) => isZone(container.data.current))
  if (args.pointerCoordinates) {
    const inZone = pointerWithin({ ...args, droppableContainers: zones })
    if (inZone.length > 0) return inZone
  }
  const candidates = args.pointerCoordinates
    ? args.droppableContainers.filter((container) => !isZone(container.data.current))
    : args.droppableContainers
  const collisions = closestCorners({ ...args, droppableContainers: candidates })
  const first = collisions[0]
  const container = first && args.droppableContainers.find((c) => c.id === first.id)
  if (!container || !isColumn(container.data.current)) return collisions
  // Over a column that has cards: the nearest card of that column instead.
  const cards = candidates.filter(
    (candidate) =>
      (candidate.data.current as { sortable?: { containerId?: UniqueIdentifier } } | undefined)
        ?.sortable?.containerId === container.id,
  )
  if (cards.length === 0) return collisions
  const nearest = closestCorners({ ...args, droppableContainers: cards })
  return nearest.length > 0 ? nearest : collisions
}

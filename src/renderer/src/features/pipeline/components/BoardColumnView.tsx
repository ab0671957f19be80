import { useDroppable } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { Button, Text } from '@mantine/core'
import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardColumn, Deal } from '../../../../../shared/api'
import { BoardColumnHeader } from './BoardColumnHeader'
import { SortableDealCard } from './SortableDealCard'

/**
 * Cards drawn per column at first, and each time the column is scrolled near its end (or
 * "show more" is pressed): a board of 2,000 deals is on screen within a second.
 */
export const COLUMN_PAGE = 12
/** How close to the end of a column's scroll the next cards are drawn, in px. */
const NEAR_END = 240

export const columnDropId = (stageId: number) => `column-${stageId}`

export interface BoardColumnViewProps {
  column: BoardColumn
  /** The column's cards in their order on screen (during a drag: with the dragged card moved). */
  deals: Deal[]
  /** The card being dragged: drawn even when it lands below the cards shown so far. */
  activeId: number | null
  /** A card is being dragged over this column. */
  highlighted: boolean
  onNew: (stageId: number) => void
}

/** One stage: its header with the figures, and its cards, sortable and a drop target when empty. */
export const BoardColumnView = memo(function BoardColumnView({
  column,
  deals,
  activeId,
  highlighted,
  onNew,
}: BoardColumnViewProps) {
  const { t } = useTranslation()
  const [shown, setShown] = useState(COLUMN_PAGE)
  const { setNodeRef } = useDroppable({
    id: columnDropId(column.stage.id),
    data: { type: 'column', stageId: column.stage.id },
  })
  const visible = deals.slice(0, shown)
  const dragged = activeId === null ? undefined : deals.slice(shown).find((d) => d.id === activeId)
  if (dragged) visible.push(dragged)
  const hidden = deals.length - visible.length
  return (
    <section
      className="kehu-board-column"
      data-testid="board-column"
      data-stage-id={column.stage.id}
      data-stage-name={column.stage.name}
      data-over={highlighted}
      aria-label={column.stage.name}
    >
      <BoardColumnHeader column={column} onNew={() => onNew(column.stage.id)} />
      <SortableContext
        id={columnDropId(column.stage.id)}
        items={visible.map((deal) => deal.id)}
        strategy={verticalListSortingStrategy}
      >
        <div
          className="kehu-board-cards"
          onScroll={(event) => {
            const box = event.currentTarget
            if (hidden > 0 && box.scrollTop + box.clientHeight > box.scrollHeight - NEAR_END)
              setShown((count) => count + COLUMN_PAGE)
          }}
        >
          <div ref={setNodeRef} className="kehu-board-drop">
            {visible.map((deal) => (
              <SortableDealCard key={deal.id} deal={deal} staleDays={column.stage.staleDays} />
            ))}
            {deals.length === 0 && (
              <Text size="xs" c="dimmed" ta="center" py="md">
                {t('pipeline.board.emptyColumn')}
              </Text>
            )}
            {hidden > 0 && (
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => setShown((count) => count + COLUMN_PAGE)}
                data-testid="board-column-more"
              >
                {t('pipeline.board.showMore', {
                  count: Math.min(hidden, COLUMN_PAGE),
                  rest: hidden,
                })}
              </Button>
            )}
          </div>
        </div>
      </SortableContext>
    </section>
  )
})

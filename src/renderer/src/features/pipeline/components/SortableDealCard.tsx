import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { memo, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Deal } from '../../../../../shared/api'
import { formatCents } from '../../../../../shared/money'
import { useBoardActions } from './boardActions'
import { DealCardBody } from './DealCardBody'

export interface SortableDealCardProps {
  deal: Deal
  staleDays: number | null
}

/**
 * A card on the board: drag it with the mouse, or focus it and press Space, move it with
 * the arrow keys and press Space again. A click or Enter opens the deal.
 */
export const SortableDealCard = memo(function SortableDealCard({
  deal,
  staleDays,
}: SortableDealCardProps) {
  const { t } = useTranslation()
  const actions = useBoardActions()
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: deal.id, data: { type: 'deal', stageId: deal.stageId } })
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    listeners?.onKeyDown?.(event)
    if (event.key === 'Enter' && event.target === event.currentTarget && !event.defaultPrevented)
      actions.open(deal)
  }
  return (
    <div
      ref={(node) => {
        setNodeRef(node)
        setActivatorNodeRef(node)
      }}
      className="kehu-deal-card"
      data-testid="deal-card"
      data-deal-id={deal.id}
      data-placeholder={isDragging}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...attributes}
      {...listeners}
      aria-label={t('pipeline.card.label', {
        title: deal.title,
        customer: deal.customerName,
        amount: formatCents(deal.amountCents),
      })}
      onKeyDown={onKeyDown}
      onClick={() => actions.open(deal)}
    >
      <DealCardBody deal={deal} staleDays={staleDays} />
    </div>
  )
})

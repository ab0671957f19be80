import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Board, Deal } from '../../../../../shared/api'
import { LOST_ZONE, WON_ZONE } from '../components/CloseZones'

interface SortableData {
  sortable?: { containerId: UniqueIdentifier; index: number; items: UniqueIdentifier[] }
}

/**
 * What a screen reader hears while a card is moved with the keyboard (or the mouse), in
 * the user's language: which deal, over which stage, at which place, and where it landed.
 */
export function useBoardAnnouncements(board: Board, dealById: Map<number, Deal>) {
  const { t } = useTranslation()
  return useMemo(() => {
    const stageName = (containerId: UniqueIdentifier | undefined) =>
      board.columns.find((column) => `column-${column.stage.id}` === containerId)?.stage.name ?? ''
    const title = (id: UniqueIdentifier) => dealById.get(Number(id))?.title ?? ''
    const place = (data: unknown) => {
      const sortable = (data as SortableData | undefined)?.sortable
      return sortable
        ? {
            stage: stageName(sortable.containerId),
            position: sortable.index + 1,
            count: sortable.items.length,
          }
        : null
    }
    const where = (over: { id: UniqueIdentifier; data: { current?: unknown } } | null) => {
      if (!over) return null
      if (over.id === WON_ZONE) return t('pipeline.a11y.overWon')
      if (over.id === LOST_ZONE) return t('pipeline.a11y.overLost')
      const at = place(over.data.current)
      if (at) return t('pipeline.a11y.at', at)
      const column = board.columns.find((c) => `column-${c.stage.id}` === over.id)
      return column ? t('pipeline.a11y.atEnd', { stage: column.stage.name }) : null
    }
    const announcements: Announcements = {
      onDragStart: ({ active }) =>
        t('pipeline.a11y.pickedUp', {
          title: title(active.id),
          place: where({ id: active.id, data: active.data }) ?? '',
        }),
      onDragOver: ({ active, over }) => {
        const target = where(over)
        return target
          ? t('pipeline.a11y.movedOver', { title: title(active.id), place: target })
          : t('pipeline.a11y.notOver', { title: title(active.id) })
      },
      onDragEnd: ({ active, over }) => {
        const target = where(over)
        return target
          ? t('pipeline.a11y.dropped', { title: title(active.id), place: target })
          : t('pipeline.a11y.cancelled', { title: title(active.id) })
      },
      onDragCancel: ({ active }) => t('pipeline.a11y.cancelled', { title: title(active.id) }),
    }
    const screenReaderInstructions: ScreenReaderInstructions = {
      draggable: t('pipeline.a11y.instructions'),
    }
    return { announcements, screenReaderInstructions }
  }, [t, board, dealById])
}

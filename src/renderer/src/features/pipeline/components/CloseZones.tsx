import { useDroppable } from '@dnd-kit/core'
import { IconThumbDown, IconTrophy } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export const WON_ZONE = 'zone-won'
export const LOST_ZONE = 'zone-lost'

function Zone({
  id,
  kind,
  icon,
  label,
}: {
  id: string
  kind: string
  icon: ReactNode
  label: string
}) {
  const { setNodeRef, isOver } = useDroppable({ id, data: { type: 'zone', outcome: kind } })
  return (
    <div
      ref={setNodeRef}
      className="kehu-close-zone"
      data-kind={kind}
      data-over={isOver}
      data-testid={`close-zone-${kind}`}
    >
      {icon}
      {label}
    </div>
  )
}

export type CloseZonesProps = Record<string, never>

/** 赢单 and 输单 drop targets along the bottom of the screen, shown only while a card is dragged. */
export function CloseZones(_props: CloseZonesProps) {
  const { t } = useTranslation()
  return (
    <div className="kehu-close-zones">
      <Zone
        id={WON_ZONE}
        kind="won"
        icon={<IconTrophy size={20} />}
        label={t('pipeline.close.dropWon')}
      />
      <Zone
        id={LOST_ZONE}
        kind="lost"
        icon={<IconThumbDown size={20} />}
        label={t('pipeline.close.dropLost')}
      />
    </div>
  )
}

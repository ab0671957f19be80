import { Badge, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RfmSegment } from '../../../../../shared/api'
import { SEGMENT_COLORS, segmentLabel } from '../insightText'

export interface SegmentBadgeProps {
  segment: RfmSegment
  size?: 'xs' | 'sm' | 'md'
}

/** The RFM segment in its fixed colour, what it means in the tooltip. */
export function SegmentBadge({ segment, size = 'sm' }: SegmentBadgeProps) {
  const { t } = useTranslation()
  return (
    <Tooltip label={t(`insight.segmentHint.${segment}`)} withArrow openDelay={300}>
      <Badge
        size={size}
        variant={segment === 'none' ? 'outline' : 'light'}
        color={SEGMENT_COLORS[segment]}
        radius="sm"
        data-testid="segment-badge"
        data-segment={segment}
      >
        {segmentLabel(t, segment)}
      </Badge>
    </Tooltip>
  )
}

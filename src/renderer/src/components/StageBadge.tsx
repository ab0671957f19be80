import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Stage } from '../../../shared/api'
import { STAGE_COLORS } from '../lib/colors'

export interface StageBadgeProps {
  stage: Stage
}

export function StageBadge({ stage }: StageBadgeProps) {
  const { t } = useTranslation()
  return (
    <Badge color={STAGE_COLORS[stage]} variant="light" size="sm">
      {t(`stage.${stage}`)}
    </Badge>
  )
}

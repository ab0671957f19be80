import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Grade } from '../../../shared/api'
import { GRADE_COLORS } from '../lib/colors'

export interface GradeBadgeProps {
  grade: Grade | null
}

export function GradeBadge({ grade }: GradeBadgeProps) {
  const { t } = useTranslation()
  if (!grade) return null
  return (
    <Badge
      color={GRADE_COLORS[grade]}
      variant={grade === 'A' ? 'filled' : 'light'}
      size="sm"
      w={28}
      px={0}
      title={t('grade.label', { grade })}
    >
      {grade}
    </Badge>
  )
}

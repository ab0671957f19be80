import { Card, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Stage } from '../../../../../shared/api'
import { STAGE_COLORS } from '../../../lib/colors'
import { useCustomerCount } from '../../../data/customers'

export interface StageCountCardProps {
  stage: Stage
}

/** The number of customers in one stage, linking to the customer list filtered to it. */
export function StageCountCard({ stage }: StageCountCardProps) {
  const { t } = useTranslation()
  const count = useCustomerCount({ stage })
  // Shade 6 reads in both light and dark (the scheme's "filled" grey nearly vanishes on dark).
  const color = `var(--mantine-color-${STAGE_COLORS[stage]}-6)`
  return (
    <Card
      withBorder
      padding="sm"
      component={Link}
      to={`/customers?stage=${stage}`}
      data-testid={`home-stage-${stage}`}
      style={{ borderTop: `3px solid ${color}` }}
    >
      <Group gap={6}>
        <span style={{ width: 8, height: 8, borderRadius: 4, background: color }} />
        <Text size="sm">{t(`stage.${stage}`)}</Text>
      </Group>
      <Text fz={24} fw={600} mt={4}>
        {count.data ?? '–'}
      </Text>
    </Card>
  )
}

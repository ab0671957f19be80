import { Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ChurnReason } from '../../../../../shared/api'
import { reasonText } from '../insightText'

export interface RiskReasonsProps {
  reasons: ChurnReason[]
  size?: 'xs' | 'sm'
}

/** Each churn reason as a sentence ("已 190 天未下单，平均间隔 60 天"). */
export function RiskReasons({ reasons, size = 'sm' }: RiskReasonsProps) {
  const { t } = useTranslation()
  return (
    <Stack gap={2} data-testid="risk-reasons">
      {reasons.map((reason) => (
        <Group key={reason.kind} gap={4} wrap="nowrap" align="flex-start">
          <IconAlertTriangle
            size={size === 'xs' ? 12 : 14}
            color="var(--mantine-color-orange-6)"
            style={{ flexShrink: 0, marginTop: 3 }}
          />
          <Text size={size} c="orange.8" data-testid="risk-reason" data-kind={reason.kind}>
            {reasonText(t, reason)}
          </Text>
        </Group>
      ))}
    </Stack>
  )
}

import { Alert, Button, Group, Text } from '@mantine/core'
import { IconScale } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatCents } from '../../../../../shared/money'

export interface RebalancePromptProps {
  /** The total the plan was balanced for, when the mismatch comes from a change of the total. */
  previousTotalCents: number | null
  totalCents: number
  planSumCents: number
  /** Whether the difference fits on the last instalment (it would stay above 0). */
  canPutOnLast: boolean
  instalments: number
  onProportional: () => void
  onLast: () => void
  onEven: () => void
}

/**
 * Asked when the plan no longer sums to the total (typically after a line changed): scale the
 * plan, put the difference on the last instalment, or split evenly again. Saving waits for it.
 */
export function RebalancePrompt({
  previousTotalCents,
  totalCents,
  planSumCents,
  canPutOnLast,
  instalments,
  onProportional,
  onLast,
  onEven,
}: RebalancePromptProps) {
  const { t } = useTranslation()
  const params = {
    previous: formatCents(previousTotalCents ?? 0),
    total: formatCents(totalCents),
    planSum: formatCents(planSumCents),
    difference: formatCents(Math.abs(totalCents - planSumCents)),
  }
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconScale size={18} />}
      title={
        previousTotalCents !== null
          ? t('ledger.plan.rebalanceTitleChanged', params)
          : t('ledger.plan.rebalanceTitle')
      }
      data-testid="rebalance-prompt"
    >
      <Text size="sm" mb="xs" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {t('ledger.plan.rebalanceText', params)}
      </Text>
      <Group gap="xs">
        <Button size="xs" onClick={onProportional} data-testid="rebalance-proportional">
          {t('ledger.plan.rebalanceProportional')}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={onLast}
          disabled={!canPutOnLast}
          data-testid="rebalance-last"
        >
          {t('ledger.plan.rebalanceLast')}
        </Button>
        <Button size="xs" variant="default" onClick={onEven} data-testid="rebalance-even">
          {t('ledger.plan.rebalanceEven', { count: instalments })}
        </Button>
      </Group>
    </Alert>
  )
}

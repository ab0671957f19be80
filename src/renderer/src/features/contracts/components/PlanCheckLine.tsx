import { Group, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatCents } from '../../../../../shared/money'
import type { PlanCheck } from '../form/contractMath'

export interface PlanCheckLineProps {
  check: PlanCheck
  instalments: number
  /** Every line has a valid total (until then there is nothing to check against). */
  linesComplete: boolean
}

/** The live "plan sums to the total" line under the plan: green when exact, red with the difference. */
export function PlanCheckLine({ check, instalments, linesComplete }: PlanCheckLineProps) {
  const { t } = useTranslation()
  if (instalments === 0 && (!linesComplete || check.totalCents === 0))
    return (
      <Text size="sm" c="dimmed" data-testid="plan-check" data-ok={check.ok}>
        {t('ledger.plan.waiting')}
      </Text>
    )
  let text: string
  if (instalments === 0) text = t('ledger.plan.none')
  else if (!check.amountsValid) text = t('ledger.plan.amountsInvalid')
  else if (check.ok) text = t('ledger.plan.matches', { total: formatCents(check.totalCents) })
  else
    text = t(check.differenceCents > 0 ? 'ledger.plan.short' : 'ledger.plan.over', {
      planSum: formatCents(check.planSumCents),
      total: formatCents(check.totalCents),
      difference: formatCents(Math.abs(check.differenceCents)),
    })
  const color = check.ok ? 'green' : 'red'
  const Icon = check.ok ? IconCircleCheck : IconAlertTriangle
  return (
    <Group
      gap={6}
      wrap="nowrap"
      data-testid="plan-check"
      data-ok={check.ok}
      data-difference={check.differenceCents}
    >
      <Icon size={16} color={`var(--mantine-color-${color}-filled)`} />
      <Text size="sm" c={color} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {text}
      </Text>
    </Group>
  )
}

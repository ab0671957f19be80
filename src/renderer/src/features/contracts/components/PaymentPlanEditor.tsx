import { Button, Group, NumberInput, Stack, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addMonths } from '../../../../../shared/dates'
import { centsToYuanText } from '../../../lib/moneyText'
import {
  checkPlan,
  contractTotal,
  evenAmounts,
  lastTakesDifference,
  parseInstalmentAmount,
  planDueDates,
  proportionalAmounts,
} from '../form/contractMath'
import { newInstalment, type ContractFormValues } from '../form/contractFormValues'
import { PlanCheckLine } from './PlanCheckLine'
import { PlanRowsTable } from './PlanRowsTable'
import { RebalancePrompt } from './RebalancePrompt'

export interface PaymentPlanEditorProps {
  form: UseFormReturnType<ContractFormValues>
  /** The first due date of a new plan (start or signing date). */
  firstDue: string
}

const MAX_INSTALMENTS = 120

/**
 * 回款计划: instalments with due date and amount, "split evenly into N" (remainder on the
 * last), a live check that the plan sums to the total, and — when the total moves away from
 * a balanced plan — a prompt to rebalance it. An instalment that already received money
 * cannot be removed or go below what it received.
 */
export function PaymentPlanEditor({ form, firstDue }: PaymentPlanEditorProps) {
  const { t } = useTranslation()
  const plan = form.values.plan
  const { totalCents, complete } = contractTotal(form.values.items)
  const check = checkPlan(totalCents, plan)
  const [count, setCount] = useState<number | string>(plan.length || 3)
  const instalmentCount = Math.min(MAX_INSTALMENTS, Math.max(1, Math.trunc(Number(count)) || 1))
  // The total the plan last summed to: a later mismatch is "the total changed" (adjusting state
  // while rendering, React's pattern for information from earlier renders).
  const [balancedTotal, setBalancedTotal] = useState<number | null>(check.ok ? totalCents : null)
  if (check.ok && plan.length > 0 && balancedTotal !== totalCents) setBalancedTotal(totalCents)
  const totalChanged = balancedTotal !== null && balancedTotal !== totalCents
  const showPrompt =
    complete &&
    plan.length > 0 &&
    check.amountsValid &&
    !check.ok &&
    (totalChanged || Boolean(form.errors.plan))

  const setAmounts = (amounts: number[]) =>
    form.setFieldValue(
      'plan',
      plan.map((instalment, index) => ({
        ...instalment,
        amount: centsToYuanText(amounts[index] ?? 0),
      })),
    )
  const splitEvenly = (n: number) => {
    const amounts = evenAmounts(totalCents, n)
    const dates = planDueDates(
      plan.map((instalment) => instalment.dueDate),
      n,
      firstDue,
    )
    form.setFieldValue(
      'plan',
      amounts.map((amount, index) => {
        const kept = plan[index]
        const date = dates[index] ?? firstDue
        return kept
          ? { ...kept, dueDate: date, amount: centsToYuanText(amount) }
          : newInstalment(date, amount)
      }),
    )
    form.clearFieldError('plan')
  }
  const currentAmounts = () =>
    plan.map((instalment) => parseInstalmentAmount(instalment.amount) ?? 0)
  const addInstalment = () => {
    const last = plan[plan.length - 1]
    const dueDate =
      last && /^\d{4}-\d{2}-\d{2}$/.test(last.dueDate) ? addMonths(last.dueDate, 1) : firstDue
    form.insertListItem(
      'plan',
      newInstalment(dueDate, check.differenceCents > 0 ? check.differenceCents : null),
    )
  }

  return (
    <Stack gap="sm" data-testid="payment-plan">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{t('ledger.plan.splitPrefix')}</Text>
          <NumberInput
            aria-label={t('ledger.plan.splitCount')}
            value={count}
            onChange={setCount}
            min={1}
            max={MAX_INSTALMENTS}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            w={72}
            size="xs"
            data-testid="plan-split-count"
          />
          <Text size="sm">{t('ledger.plan.splitSuffix')}</Text>
          <Button
            size="xs"
            variant="light"
            onClick={() => splitEvenly(instalmentCount)}
            disabled={!complete || totalCents <= 0}
            data-testid="plan-split"
          >
            {t('ledger.plan.split')}
          </Button>
        </Group>
        <PlanCheckLine check={check} instalments={plan.length} linesComplete={complete} />
      </Group>
      {showPrompt && (
        <RebalancePrompt
          previousTotalCents={totalChanged ? balancedTotal : null}
          totalCents={totalCents}
          planSumCents={check.planSumCents}
          canPutOnLast={lastTakesDifference(currentAmounts(), totalCents) !== null}
          instalments={plan.length}
          onProportional={() => {
            setAmounts(proportionalAmounts(currentAmounts(), totalCents))
            form.clearFieldError('plan')
          }}
          onLast={() => {
            const amounts = lastTakesDifference(currentAmounts(), totalCents)
            if (amounts) setAmounts(amounts)
            form.clearFieldError('plan')
          }}
          onEven={() => splitEvenly(plan.length)}
        />
      )}
      {!showPrompt && form.errors.plan && (
        <Text size="sm" c="red" data-testid="plan-error">
          {form.errors.plan}
        </Text>
      )}
      {plan.length > 0 && <PlanRowsTable form={form} />}
      <Group>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          onClick={addInstalment}
          disabled={plan.length >= MAX_INSTALMENTS}
          data-testid="plan-add"
        >
          {t('ledger.plan.add')}
        </Button>
      </Group>
    </Stack>
  )
}

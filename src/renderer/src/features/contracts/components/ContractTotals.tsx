import { Divider, Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Contract } from '../../../../../shared/api'
import { formatCents } from '../../../../../shared/money'
import { LEDGER_OVERDUE_COLOR } from '../../../lib/ledgerColors'
import { MoneyText } from '../../../components/MoneyText'

export interface ContractTotalsProps {
  contract: Contract
}

function Figure({
  label,
  cents,
  testId,
  color,
  note,
}: {
  label: string
  cents: number
  testId: string
  color?: string
  note?: string
}) {
  return (
    <Stack gap={2} align="flex-end" miw={110}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <MoneyText cents={cents} fz={18} fw={600} lh={1.3} color={color} testId={testId} />
      {note && (
        <Text size="xs" c={color ?? 'dimmed'}>
          {note}
        </Text>
      )}
    </Stack>
  )
}

/**
 * 合同额 · 已收 · 未收 · 已开票, and 预收款 apart (it is not part of 已收: it pays no
 * instalment). 未收 is red while part of it is overdue; a terminated contract shows what was voided.
 */
export function ContractTotals({ contract }: ContractTotalsProps) {
  const { t } = useTranslation()
  const overdue = contract.overdueCents > 0
  return (
    <Paper withBorder px="md" py="sm" data-testid="contract-totals">
      <Group justify="space-between" wrap="nowrap" gap="lg">
        <Group gap="xl" wrap="nowrap">
          <Figure
            label={t('ledger.totals.total')}
            cents={contract.totalCents}
            testId="total-contract"
          />
          <Figure
            label={t('ledger.totals.received')}
            cents={contract.receivedCents}
            testId="total-received"
          />
          <Figure
            label={t('ledger.totals.outstanding')}
            cents={contract.outstandingCents}
            testId="total-outstanding"
            color={overdue ? LEDGER_OVERDUE_COLOR : undefined}
            note={
              overdue
                ? t('ledger.totals.overdueNote', { amount: formatCents(contract.overdueCents) })
                : undefined
            }
          />
          <Figure
            label={t('ledger.totals.invoiced')}
            cents={contract.invoicedCents}
            testId="total-invoiced"
          />
        </Group>
        <Group gap="xl" wrap="nowrap">
          {contract.voidedCents > 0 && (
            <Figure
              label={t('ledger.totals.voided')}
              cents={contract.voidedCents}
              testId="total-voided"
            />
          )}
          <Divider orientation="vertical" />
          <Figure
            label={t('ledger.totals.advance')}
            cents={contract.advanceCents}
            testId="total-advance"
            note={t('ledger.totals.advanceNote')}
          />
        </Group>
      </Group>
    </Paper>
  )
}

import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Instalment } from '../../../../../shared/api'
import { sumCents } from '../../../../../shared/ledger-rules'
import { INSTALMENT_STATUS_COLORS } from '../../../lib/ledgerColors'
import { InstalmentStatusBadge } from './InstalmentStatusBadge'
import { MoneyText } from '../../../components/MoneyText'

export interface InstalmentTableProps {
  plan: Instalment[]
  /** When given, each open instalment offers "record a payment for it". */
  onPay?: (instalment: Instalment) => void
}

/**
 * 回款计划 vs 回款: per instalment the planned amount, what was received, what is unpaid and
 * the status in its colour (a coloured edge on the row too, so the plan reads at a glance).
 */
export function InstalmentTable({ plan, onPay }: InstalmentTableProps) {
  const { t } = useTranslation()
  return (
    <Table verticalSpacing={6} highlightOnHover={Boolean(onPay)} data-testid="instalments">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={70}>{t('ledger.fields.seq')}</Table.Th>
          <Table.Th w={110}>{t('ledger.fields.dueDate')}</Table.Th>
          <Table.Th ta="right">{t('ledger.fields.planned')}</Table.Th>
          <Table.Th ta="right">{t('ledger.fields.received')}</Table.Th>
          <Table.Th ta="right">{t('ledger.fields.unpaid')}</Table.Th>
          <Table.Th w={96}>{t('ledger.fields.status')}</Table.Th>
          <Table.Th>{t('ledger.fields.note')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {plan.map((instalment) => {
          const voided = instalment.status === 'voided'
          const open = !voided && instalment.status !== 'paid'
          return (
            <Table.Tr
              key={instalment.id}
              data-testid="instalment-row"
              data-status={instalment.status}
              className={onPay && open ? 'kehu-row' : undefined}
              onClick={onPay && open ? () => onPay(instalment) : undefined}
              style={{
                boxShadow: `inset 3px 0 0 var(--mantine-color-${INSTALMENT_STATUS_COLORS[instalment.status]}-filled)`,
                opacity: voided ? 0.65 : undefined,
              }}
            >
              <Table.Td>{t('ledger.plan.seq', { seq: instalment.seq })}</Table.Td>
              <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                {instalment.dueDate}
              </Table.Td>
              <Table.Td ta="right">
                <MoneyText
                  cents={instalment.amountCents}
                  td={voided ? 'line-through' : undefined}
                />
              </Table.Td>
              <Table.Td ta="right">
                <MoneyText cents={instalment.receivedCents} zeroAsDash />
              </Table.Td>
              <Table.Td ta="right">
                <MoneyText
                  cents={voided ? 0 : instalment.unpaidCents}
                  zeroAsDash
                  color={instalment.status === 'overdue' ? 'red' : undefined}
                  testId="instalment-unpaid"
                />
              </Table.Td>
              <Table.Td>
                <InstalmentStatusBadge status={instalment.status} />
              </Table.Td>
              <Table.Td>
                <Text size="xs" c={instalment.status === 'overdue' ? 'red' : 'dimmed'}>
                  {[
                    instalment.daysOverdue > 0
                      ? t('ledger.plan.daysOverdue', { count: instalment.daysOverdue })
                      : null,
                    voided && instalment.voidedDate
                      ? t('ledger.plan.voidedOn', { date: instalment.voidedDate })
                      : null,
                    instalment.note,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Td colSpan={2}>
            <Text size="sm" fw={600}>
              {t('ledger.fields.total')}
            </Text>
          </Table.Td>
          <Table.Td ta="right">
            <MoneyText cents={sumCents(plan.map((i) => i.amountCents))} bold />
          </Table.Td>
          <Table.Td ta="right">
            <MoneyText cents={sumCents(plan.map((i) => i.receivedCents))} bold />
          </Table.Td>
          <Table.Td ta="right">
            <MoneyText
              cents={sumCents(plan.filter((i) => i.status !== 'voided').map((i) => i.unpaidCents))}
              bold
            />
          </Table.Td>
          <Table.Td colSpan={2} />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  )
}

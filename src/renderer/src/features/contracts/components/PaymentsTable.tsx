import { Badge, Button, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Payment, PaymentKind } from '../../../../../shared/api'
import { formatCents } from '../../../../../shared/money'
import { MoneyText } from '../../../components/MoneyText'

export interface PaymentsTableProps {
  payments: Payment[]
  /** 红冲 a payment (absent: read only, e.g. a terminated contract). */
  onReverse?: (payment: Payment) => void
}

const KIND_COLORS: Record<PaymentKind, string> = {
  payment: 'green',
  advance: 'cyan',
  reversal: 'red',
}

/**
 * 回款记录: every payment, advance and reversal, oldest first. A reversed payment stays,
 * struck through, next to its 红冲 row (negative, with the reason); nothing is deleted.
 */
export function PaymentsTable({ payments, onReverse }: PaymentsTableProps) {
  const { t } = useTranslation()
  const net = payments.reduce((sum, payment) => sum + payment.amountCents, 0)
  return (
    <Table verticalSpacing={6} data-testid="payments">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>{t('ledger.fields.receivedDate')}</Table.Th>
          <Table.Th w={96}>{t('ledger.fields.kind')}</Table.Th>
          <Table.Th w={124}>{t('ledger.fields.method')}</Table.Th>
          <Table.Th>{t('ledger.fields.reference')}</Table.Th>
          <Table.Th>{t('ledger.fields.allocation')}</Table.Th>
          <Table.Th w={140} ta="right">
            {t('ledger.fields.amount')}
          </Table.Th>
          <Table.Th w={80} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {payments.map((payment) => {
          const reversed = payment.reversedById !== null
          const strike = reversed ? ('line-through' as const) : undefined
          return (
            <Table.Tr
              key={payment.id}
              data-testid="payment-row"
              data-kind={payment.kind}
              data-reversed={reversed}
              style={{ opacity: reversed ? 0.6 : undefined, textDecoration: strike }}
            >
              <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                {payment.receivedDate}
              </Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={KIND_COLORS[payment.kind]}>
                  {t(`ledger.paymentKind.${payment.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{t(`ledger.method.${payment.method}`)}</Table.Td>
              <Table.Td>
                <Text size="sm" td={strike}>
                  {payment.reference ?? ''}
                </Text>
                {payment.reason && (
                  <Text size="xs" c={payment.kind === 'reversal' ? 'red' : 'dimmed'}>
                    {payment.kind === 'reversal'
                      ? t('ledger.payments.reversalReason', { reason: payment.reason })
                      : payment.reason}
                  </Text>
                )}
                {reversed && (
                  <Text size="xs" c="dimmed">
                    {t('ledger.payments.reversed')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" td={strike}>
                  {payment.kind === 'advance'
                    ? t('ledger.payments.advanceApart')
                    : payment.allocations
                        .map((a) =>
                          t('ledger.payments.allocation', {
                            seq: a.seq,
                            amount: formatCents(a.amountCents),
                          }),
                        )
                        .join('；')}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <MoneyText cents={payment.amountCents} td={strike} testId="payment-amount" />
              </Table.Td>
              <Table.Td ta="right">
                {onReverse && payment.kind !== 'reversal' && !reversed && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => onReverse(payment)}
                    data-testid="payment-reverse"
                  >
                    {t('ledger.payments.reverse')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Td colSpan={5}>
            <Text size="sm" fw={600}>
              {t('ledger.payments.net')}
            </Text>
          </Table.Td>
          <Table.Td ta="right">
            <MoneyText cents={net} bold testId="payments-net" />
          </Table.Td>
          <Table.Td />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  )
}

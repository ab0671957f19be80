import { Badge, Button, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Invoice } from '../../../../../shared/api'
import { MoneyText } from '../../../components/MoneyText'

export interface InvoicesTableProps {
  invoices: Invoice[]
  onReverse?: (invoice: Invoice) => void
}

/** 开票记录: 普票/专票 and their red-letter reversals; a reversed invoice stays, struck through. */
export function InvoicesTable({ invoices, onReverse }: InvoicesTableProps) {
  const { t } = useTranslation()
  const net = invoices.reduce((sum, invoice) => sum + invoice.amountCents, 0)
  return (
    <Table verticalSpacing={6} data-testid="invoices">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={104}>{t('ledger.fields.issuedDate')}</Table.Th>
          <Table.Th w={150}>{t('ledger.fields.invoiceNumber')}</Table.Th>
          <Table.Th w={110}>{t('ledger.fields.invoiceType')}</Table.Th>
          <Table.Th>{t('ledger.fields.note')}</Table.Th>
          <Table.Th w={140} ta="right">
            {t('ledger.fields.amount')}
          </Table.Th>
          <Table.Th w={80} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {invoices.map((invoice) => {
          const reversed = invoice.reversedById !== null
          const isReversal = invoice.reversesId !== null
          const strike = reversed ? ('line-through' as const) : undefined
          return (
            <Table.Tr
              key={invoice.id}
              data-testid="invoice-row"
              data-reversed={reversed}
              style={{ opacity: reversed ? 0.6 : undefined }}
            >
              <Table.Td td={strike} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {invoice.issuedDate}
              </Table.Td>
              <Table.Td td={strike}>{invoice.number ?? '—'}</Table.Td>
              <Table.Td>
                <Badge
                  size="sm"
                  variant="light"
                  color={isReversal ? 'red' : invoice.type === 'special' ? 'grape' : 'blue'}
                >
                  {isReversal
                    ? t('ledger.invoices.redLetter')
                    : t(`ledger.invoiceType.${invoice.type}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {invoice.reason && (
                  <Text size="xs" c={isReversal ? 'red' : 'dimmed'}>
                    {isReversal
                      ? t('ledger.payments.reversalReason', { reason: invoice.reason })
                      : invoice.reason}
                  </Text>
                )}
                {reversed && (
                  <Text size="xs" c="dimmed">
                    {t('ledger.invoices.reversed')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                <MoneyText cents={invoice.amountCents} td={strike} />
              </Table.Td>
              <Table.Td ta="right">
                {onReverse && !isReversal && !reversed && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => onReverse(invoice)}
                    data-testid="invoice-reverse"
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
          <Table.Td colSpan={4}>
            <Text size="sm" fw={600}>
              {t('ledger.invoices.net')}
            </Text>
          </Table.Td>
          <Table.Td ta="right">
            <MoneyText cents={net} bold />
          </Table.Td>
          <Table.Td />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  )
}

import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { IconFileInvoice, IconFileText, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { sumCents } from '../../../../../shared/ledger-rules'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { PageLoader } from '../../../components/PageLoader'
import { useContractList, usePaymentList } from '../../../data/ledger'
import { LEDGER_OVERDUE_COLOR } from '../../../lib/ledgerColors'
import { ContractStatusBadge } from './ContractStatusBadge'
import { LoadFailed } from '../../../components/LoadFailed'
import { MoneyText } from '../../../components/MoneyText'

export interface CustomerContractsPanelProps {
  customerId: number
  /** False for a customer in the recycle bin: no new contract. */
  editable: boolean
}

/** Up to this many of a customer's contracts here; the contracts page filters by customer for more. */
const CUSTOMER_CONTRACTS = 200
const RECENT_PAYMENTS = 10
const NUM = { fontVariantNumeric: 'tabular-nums' } as const

/**
 * The customer page's 合同与回款 tab: the customer's contracts with total, received and
 * outstanding (overdue in red), the latest payments, a new contract for this customer and
 * the customer's statement.
 */
export function CustomerContractsPanel({ customerId, editable }: CustomerContractsPanelProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const contracts = useContractList({
    filter: { customerId },
    sort: { field: 'signedDate', dir: 'desc' },
    pageSize: CUSTOMER_CONTRACTS,
  })
  const payments = usePaymentList({
    filter: { customerId },
    sort: { field: 'receivedDate', dir: 'desc' },
    pageSize: RECENT_PAYMENTS,
  })
  const actions = (
    <Group gap="xs">
      <Button
        size="xs"
        variant="default"
        component={Link}
        to={`/receivables/statement?customer=${customerId}`}
        leftSection={<IconFileText size={14} />}
        data-testid="customer-statement"
      >
        {t('ledger.statement.title')}
      </Button>
      {editable && (
        <Button
          size="xs"
          component={Link}
          to={`/contracts/new?customerId=${customerId}`}
          leftSection={<IconPlus size={14} />}
          data-testid="customer-contract-new"
        >
          {t('ledger.newContract')}
        </Button>
      )}
    </Group>
  )
  if (contracts.error)
    return <LoadFailed error={contracts.error} onRetry={() => void contracts.refetch()} />
  if (!contracts.data) return <PageLoader />
  const rows = contracts.data.rows
  if (rows.length === 0)
    return (
      <EmptyMessage
        icon={<IconFileInvoice size={28} />}
        title={t('ledger.customer.emptyTitle')}
        description={t('ledger.customer.emptyText')}
        actions={actions}
      />
    )
  const live = rows.filter((c) => c.status !== 'draft')
  return (
    <Stack gap="md" data-testid="customer-contracts-panel">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" style={NUM}>
          {t('ledger.customer.summary', { count: contracts.data.total })}
          {' · '}
          {t('ledger.totals.outstanding')}{' '}
          <MoneyText cents={sumCents(live.map((c) => c.outstandingCents))} bold />
          {live.some((c) => c.overdueCents > 0) && (
            <>
              {' · '}
              {t('ledger.instalmentStatus.overdue')}{' '}
              <MoneyText
                cents={sumCents(live.map((c) => c.overdueCents))}
                bold
                color={LEDGER_OVERDUE_COLOR}
              />
            </>
          )}
        </Text>
        {actions}
      </Group>
      <Table highlightOnHover verticalSpacing={6} data-testid="customer-contracts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ledger.fields.numberAndTitle')}</Table.Th>
            <Table.Th w={150}>{t('ledger.fields.status')}</Table.Th>
            <Table.Th w={104}>{t('ledger.fields.signedDate')}</Table.Th>
            <Table.Th w={130} ta="right">
              {t('ledger.totals.total')}
            </Table.Th>
            <Table.Th w={130} ta="right">
              {t('ledger.totals.received')}
            </Table.Th>
            <Table.Th w={130} ta="right">
              {t('ledger.totals.outstanding')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((contract) => (
            <Table.Tr
              key={contract.id}
              className="kehu-row"
              onClick={() => void navigate(`/contracts/${contract.id}`)}
              data-testid="customer-contract-row"
            >
              <Table.Td>
                <Text size="sm" fw={500} style={NUM}>
                  {contract.number}
                </Text>
                <Text size="xs" c="dimmed" truncate="end">
                  {contract.title}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ContractStatusBadge status={contract.status} />
                  {contract.overdueCents > 0 && (
                    <Badge size="sm" variant="light" color={LEDGER_OVERDUE_COLOR}>
                      {t('ledger.instalmentStatus.overdue')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td style={NUM}>{contract.signedDate}</Table.Td>
              <Table.Td ta="right">
                <MoneyText cents={contract.totalCents} />
              </Table.Td>
              <Table.Td ta="right">
                <MoneyText cents={contract.receivedCents} zeroAsDash />
              </Table.Td>
              <Table.Td ta="right">
                <MoneyText
                  cents={contract.outstandingCents}
                  zeroAsDash
                  color={contract.overdueCents > 0 ? LEDGER_OVERDUE_COLOR : undefined}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {payments.data && payments.data.rows.length > 0 && (
        <Stack gap="xs">
          <Title order={4}>{t('ledger.customer.recentPayments')}</Title>
          <Table verticalSpacing={4} data-testid="customer-payments">
            <Table.Tbody>
              {payments.data.rows.map((payment) => (
                <Table.Tr
                  key={payment.id}
                  style={{ opacity: payment.reversedById !== null ? 0.6 : undefined }}
                >
                  <Table.Td w={104} style={NUM}>
                    {payment.receivedDate}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={NUM}>
                      {payment.contractNumber}
                    </Text>
                  </Table.Td>
                  <Table.Td w={90}>{t(`ledger.paymentKind.${payment.kind}`)}</Table.Td>
                  <Table.Td w={130}>{t(`ledger.method.${payment.method}`)}</Table.Td>
                  <Table.Td w={130} ta="right">
                    <MoneyText
                      cents={payment.amountCents}
                      td={payment.reversedById !== null ? 'line-through' : undefined}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  )
}

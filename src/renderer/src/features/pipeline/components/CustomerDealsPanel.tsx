import { Alert, Badge, Button, Group, Table, Text } from '@mantine/core'
import { IconPlus, IconTargetArrow } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { formatCents } from '../../../../../shared/money'
import { DEAL_STATUS_COLORS } from '../../../lib/dealColors'
import type { DealPrefill } from '../dealFormValues'
import { useCloseRequests } from '../hooks/useCloseRequests'
import { useDealList } from '../../../data/deals'
import { DealDrawer } from './DealDrawer'
import { DealFormModal } from './DealFormModal'

export interface CustomerDealsPanelProps {
  customerId: number
  customerName: string
  /** False for a customer in the recycle bin: no new deal. */
  editable: boolean
}

/** Up to this many of a customer's deals; a customer with more is rare, and the list view pages them all. */
const CUSTOMER_DEALS = 200
const NUMBERS = { fontVariantNumeric: 'tabular-nums' } as const

/**
 * The customer page's 商机 tab: the customer's deals (stage, amount, status), a new deal
 * for this customer, and the deal drawer (?deal=12) right here.
 */
export function CustomerDealsPanel({
  customerId,
  customerName,
  editable,
}: CustomerDealsPanelProps) {
  const { t } = useTranslation()
  const [search, setSearch] = useSearchParams()
  const deals = useDealList({
    filter: { customerId },
    sort: { field: 'updatedAt', dir: 'desc' },
    pageSize: CUSTOMER_DEALS,
  })
  const [prefill, setPrefill] = useState<DealPrefill | null>(null)
  const closeRequests = useCloseRequests()
  const dealParam = search.get('deal')
  const dealId = dealParam && /^\d+$/.test(dealParam) ? Number(dealParam) : null
  const setDeal = (id: number | null) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous)
        if (id === null) next.delete('deal')
        else next.set('deal', String(id))
        return next
      },
      { replace: true },
    )
  const newDeal = () => setPrefill({ customerId, customerName })

  let body
  if (deals.isError) body = <Alert color="red">{errorMessage(t, deals.error)}</Alert>
  else if (!deals.data) body = <PageLoader />
  else if (deals.data.rows.length === 0)
    body = (
      <EmptyMessage
        icon={<IconTargetArrow size={28} />}
        title={t('pipeline.customer.emptyTitle')}
        description={t('pipeline.customer.emptyText')}
        actions={
          editable && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={newDeal}
              data-testid="customer-deal-new"
            >
              {t('pipeline.newDeal')}
            </Button>
          )
        }
      />
    )
  else
    body = (
      <>
        <Group justify="space-between" mb="xs">
          <Text size="sm" c="dimmed">
            {t('pipeline.customer.count', { count: deals.data.total })}
          </Text>
          {editable && (
            <Button
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={newDeal}
              data-testid="customer-deal-new"
            >
              {t('pipeline.newDeal')}
            </Button>
          )}
        </Group>
        <Table highlightOnHover verticalSpacing={6} data-testid="customer-deals">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pipeline.fields.title')}</Table.Th>
              <Table.Th w={110}>{t('pipeline.fields.stage')}</Table.Th>
              <Table.Th w={140} ta="right">
                {t('pipeline.fields.amount')}
              </Table.Th>
              <Table.Th w={90}>{t('pipeline.fields.status')}</Table.Th>
              <Table.Th w={120}>{t('pipeline.fields.expectedCloseDate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deals.data.rows.map((deal) => (
              <Table.Tr
                key={deal.id}
                className="kehu-row"
                onClick={() => setDeal(deal.id)}
                data-testid="customer-deal-row"
                data-deal-id={deal.id}
              >
                <Table.Td>
                  <Text size="sm" fw={500} truncate="end">
                    {deal.title}
                  </Text>
                </Table.Td>
                <Table.Td>{deal.stageName}</Table.Td>
                <Table.Td ta="right" style={NUMBERS}>
                  {formatCents(deal.amountCents)}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={DEAL_STATUS_COLORS[deal.status]}>
                    {t(`pipeline.status.${deal.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={NUMBERS}>{deal.expectedCloseDate ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </>
    )

  return (
    <div data-testid="customer-deals-panel">
      {body}
      <DealFormModal prefill={prefill} onClose={() => setPrefill(null)} />
      <DealDrawer
        dealId={dealId}
        onClose={() => setDeal(null)}
        requestClose={closeRequests.request}
      />
      {closeRequests.dialogs}
    </div>
  )
}

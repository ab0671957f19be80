import { Anchor, Button, Table, Text } from '@mantine/core'
import { IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { localDate } from '../../../../../shared/dates'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { StageBadge } from '../../../components/StageBadge'
import { useCustomerList } from '../../../data/customers'
import { CampaignRecordsSection } from './CampaignRecordsSection'

export interface CampaignCustomersProps {
  campaignId: number
  /** A deleted campaign takes no new customers: no button to add one. */
  deleted: boolean
}

const PAGE_SIZE = 20

/** The customers the campaign brought (live ones), newest first, each linked to its page. */
export function CampaignCustomers({ campaignId, deleted }: CampaignCustomersProps) {
  const { t } = useTranslation()
  const [page, setPage] = useState(1)
  const list = useCustomerList({
    filter: { campaignId },
    sort: { field: 'createdAt', dir: 'desc' },
    page,
    pageSize: PAGE_SIZE,
  })
  const rows = list.data?.rows ?? []
  return (
    <CampaignRecordsSection
      testId="campaign-customers"
      title={t('campaigns.detail.customers')}
      countText={t('campaigns.detail.customerCount', { count: list.data?.total ?? 0 })}
      headers={[
        { label: t('customers.form.fields.name'), width: '44%' },
        { label: t('customers.form.fields.stage'), width: '18%' },
        { label: t('customers.form.fields.ownerId'), width: '18%' },
        { label: t('campaigns.detail.createdAt'), width: '20%' },
      ]}
      rows={rows.map((customer) => (
        <Table.Tr key={customer.id} data-testid="campaign-customer-row">
          <Table.Td>
            <Anchor component={Link} to={`/customers/${customer.id}`} size="sm">
              {customer.name}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <StageBadge stage={customer.stage} />
          </Table.Td>
          <Table.Td>
            <Text size="sm" c={customer.ownerName ? undefined : 'dimmed'}>
              {customer.ownerName ?? '—'}
            </Text>
          </Table.Td>
          <Table.Td>{localDate(customer.createdAt)}</Table.Td>
        </Table.Tr>
      ))}
      empty={
        <EmptyMessage
          icon={<IconUserPlus size={24} />}
          title={t('campaigns.detail.noCustomers')}
          description={t('campaigns.detail.noCustomersText')}
          actions={
            deleted ? undefined : (
              <Button component={Link} to="/customers?customer=new" variant="light">
                {t('campaigns.detail.addCustomer')}
              </Button>
            )
          }
        />
      }
      page={page}
      pageSize={PAGE_SIZE}
      total={list.data?.total ?? 0}
      onPage={setPage}
    />
  )
}

import { Anchor, Badge, Button, Table } from '@mantine/core'
import { IconTargetArrow } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { MoneyText } from '../../../components/MoneyText'
import { DEAL_STATUS_COLORS } from '../../../lib/dealColors'
import { useDealList } from '../../../data/deals'
import { CampaignRecordsSection } from './CampaignRecordsSection'

export interface CampaignDealsProps {
  campaignId: number
  deleted: boolean
}

const PAGE_SIZE = 20

/** The deals attributed to the campaign, latest changed first, each opening in the deals list. */
export function CampaignDeals({ campaignId, deleted }: CampaignDealsProps) {
  const { t } = useTranslation()
  const [page, setPage] = useState(1)
  const list = useDealList({ filter: { campaignId }, page, pageSize: PAGE_SIZE })
  const rows = list.data?.rows ?? []
  return (
    <CampaignRecordsSection
      testId="campaign-deals"
      title={t('campaigns.detail.deals')}
      countText={t('campaigns.detail.dealCount', { count: list.data?.total ?? 0 })}
      headers={[
        { label: t('pipeline.fields.title'), width: '30%' },
        { label: t('pipeline.fields.customer'), width: '28%' },
        { label: t('pipeline.fields.amount'), align: 'right', width: '20%' },
        { label: t('campaigns.detail.status'), width: '22%' },
      ]}
      rows={rows.map((deal) => (
        <Table.Tr key={deal.id} data-testid="campaign-deal-row">
          <Table.Td>
            <Anchor
              component={Link}
              to={`/pipeline?view=list&deal=${deal.id}`}
              size="sm"
              display="block"
              truncate="end"
            >
              {deal.title}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Anchor
              component={Link}
              to={`/customers/${deal.customerId}`}
              size="sm"
              c="dimmed"
              display="block"
              truncate="end"
            >
              {deal.customerName}
            </Anchor>
          </Table.Td>
          <Table.Td ta="right">
            <MoneyText cents={deal.amountCents} />
          </Table.Td>
          <Table.Td>
            <Badge
              size="sm"
              variant="light"
              color={DEAL_STATUS_COLORS[deal.status]}
              title={deal.closedDate ?? undefined}
            >
              {t(`pipeline.status.${deal.status}`)}
            </Badge>
          </Table.Td>
        </Table.Tr>
      ))}
      empty={
        <EmptyMessage
          icon={<IconTargetArrow size={24} />}
          title={t('campaigns.detail.noDeals')}
          description={t('campaigns.detail.noDealsText')}
          actions={
            deleted ? undefined : (
              <Button component={Link} to="/pipeline" variant="light">
                {t('campaigns.detail.toPipeline')}
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

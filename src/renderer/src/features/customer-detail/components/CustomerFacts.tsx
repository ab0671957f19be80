import { Anchor, DataList, Paper, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { formatCustomValue } from '../../../lib/customFieldValue'
import { CampaignLink } from '../../campaigns'
import { useCustomFields } from '../../../data/customFields'

export interface CustomerFactsProps {
  customer: CustomerDetail
}

const DASH = (
  <Text c="dimmed" span size="sm">
    —
  </Text>
)

/** Everything else on the record, custom fields included, read-only beside the tabs. */
export function CustomerFacts({ customer }: CustomerFactsProps) {
  const { t } = useTranslation()
  const fields = useCustomFields('customer').data ?? []
  // Active fields always; a field switched off still shows a value the record holds.
  const shownFields = fields.filter(
    (field) => field.active || formatCustomValue(field, customer.custom[field.key]) !== '',
  )
  const label = (field: string) => t(`customers.form.fields.${field}`)
  const text = (value: string | null): ReactNode => (value ? value : DASH)
  const website = customer.website
  const rows: { key: string; label: string; value: ReactNode }[] = [
    { key: 'industry', label: label('industry'), value: text(customer.industry) },
    { key: 'source', label: label('source'), value: text(customer.source) },
    ...(customer.campaignId !== null
      ? [
          {
            key: 'campaign',
            label: label('campaignId'),
            value: (
              <CampaignLink
                campaignId={customer.campaignId}
                name={customer.campaignName}
                deleted={customer.campaignDeleted}
                testId="customer-campaign-link"
              />
            ),
          },
        ]
      : []),
    { key: 'address', label: label('address'), value: text(customer.address) },
    { key: 'wechat', label: label('wechat'), value: text(customer.wechat) },
    {
      key: 'website',
      label: label('website'),
      value: website ? (
        <Anchor
          size="sm"
          href={/^https?:\/\//i.test(website) ? website : `https://${website}`}
          target="_blank"
          rel="noreferrer"
          style={{ overflowWrap: 'anywhere' }}
        >
          {website}
        </Anchor>
      ) : (
        DASH
      ),
    },
    { key: 'birthday', label: label('birthday'), value: text(customer.birthday) },
    ...shownFields.map((field) => ({
      key: `custom.${field.key}`,
      label: field.label,
      value: text(formatCustomValue(field, customer.custom[field.key])),
    })),
    {
      key: 'createdAt',
      label: t('detail.facts.createdAt'),
      value: formatInstant(customer.createdAt),
    },
    {
      key: 'updatedAt',
      label: t('detail.facts.updatedAt'),
      value: formatInstant(customer.updatedAt),
    },
  ]
  return (
    <Paper withBorder p="md" data-testid="detail-facts">
      <Title order={3} mb="sm">
        {t('detail.facts.title')}
      </Title>
      <DataList size="sm" gap={8} labelWidth={84}>
        {rows.map((row) => (
          <DataList.Item key={row.key} data-testid={`fact-${row.key}`}>
            <DataList.ItemLabel c="dimmed">{row.label}</DataList.ItemLabel>
            <DataList.ItemValue style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
              {row.value}
            </DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
      {customer.notes && (
        <>
          <Text size="sm" c="dimmed" mt="md" mb={4}>
            {label('notes')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {customer.notes}
          </Text>
        </>
      )}
    </Paper>
  )
}

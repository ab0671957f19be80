import { Anchor, Group, Stack, Text, Title } from '@mantine/core'
import { IconMail, IconMapPin, IconPhone, IconUserCircle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../shared/api'
import { GradeBadge } from '../../../components/GradeBadge'
import { StageBadge } from '../../../components/StageBadge'
import { TagBadges } from '../../../components/TagBadges'
import { HeaderFact } from './HeaderFact'

export interface CustomerHeaderProps {
  customer: CustomerDetail
  /** The quick actions, at the right; none for a record in the recycle bin. */
  actions?: ReactNode
}

/** Who the customer is at a glance: name, code, grade and stage, owner, region, phone, email, tags. */
export function CustomerHeader({ customer, actions }: CustomerHeaderProps) {
  const { t } = useTranslation()
  const region = [customer.province, customer.city]
    .filter((part, index, all) => part && all.indexOf(part) === index)
    .join(' ')
  const subtitle = [customer.shortName, customer.code, t(`customerType.${customer.type}`)]
    .filter(Boolean)
    .join(' · ')
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <Stack gap={6} miw={0}>
        <Group gap="sm" wrap="nowrap" miw={0}>
          <Title order={1} data-testid="detail-name" style={{ overflowWrap: 'anywhere' }}>
            {customer.name}
          </Title>
          <GradeBadge grade={customer.grade} />
          <StageBadge stage={customer.stage} />
        </Group>
        <Text size="sm" c="dimmed" data-testid="detail-subtitle">
          {subtitle}
        </Text>
        <Group gap="lg" wrap="wrap" mt={2}>
          <HeaderFact icon={<IconUserCircle size={16} />} testId="detail-owner">
            <Text size="sm" c={customer.ownerName ? undefined : 'dimmed'}>
              {customer.ownerName ?? t('customers.form.noOwner')}
            </Text>
          </HeaderFact>
          {region && (
            <HeaderFact icon={<IconMapPin size={16} />} testId="detail-region">
              <Text size="sm">{region}</Text>
            </HeaderFact>
          )}
          {customer.phone && (
            <HeaderFact icon={<IconPhone size={16} />} testId="detail-phone">
              <Anchor size="sm" href={`tel:${customer.phone.replace(/[^\d+]/g, '')}`}>
                {customer.phone}
              </Anchor>
            </HeaderFact>
          )}
          {customer.email && (
            <HeaderFact icon={<IconMail size={16} />} testId="detail-email">
              <Anchor size="sm" href={`mailto:${customer.email}`}>
                {customer.email}
              </Anchor>
            </HeaderFact>
          )}
          <TagBadges tags={customer.tags} max={6} />
        </Group>
      </Stack>
      {actions}
    </Group>
  )
}

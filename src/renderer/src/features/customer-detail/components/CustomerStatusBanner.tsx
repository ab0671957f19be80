import { Alert, Anchor, Button, Group, Text } from '@mantine/core'
import { IconArrowBackUp, IconGitMerge, IconTrash } from '@tabler/icons-react'
import { Trans, useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CustomerDetail } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { useCustomer } from '../../customers/hooks/useCustomers'

export interface CustomerStatusBannerProps {
  customer: CustomerDetail
  onRestore: () => void
  restoring: boolean
}

/**
 * A record in the recycle bin says so and offers Restore; a record merged into another
 * says into which, with a link (restoring it would not bring its contacts back: unmerge does).
 */
export function CustomerStatusBanner({
  customer,
  onRestore,
  restoring,
}: CustomerStatusBannerProps) {
  const { t } = useTranslation()
  const survivor = useCustomer(customer.mergedInto)
  if (customer.deletedAt === null) return null
  if (customer.mergedInto !== null) {
    const name = survivor.data?.name ?? `#${customer.mergedInto}`
    return (
      <Alert color="grape" icon={<IconGitMerge size={18} />} data-testid="detail-merged-banner">
        <Trans
          t={t}
          i18nKey="detail.banner.merged"
          values={{ name }}
          components={{
            survivor: (
              <Anchor
                component={Link}
                to={`/customers/${customer.mergedInto}`}
                fw={600}
                data-testid="detail-merged-link"
              />
            ),
          }}
        />
      </Alert>
    )
  }
  return (
    <Alert color="orange" icon={<IconTrash size={18} />} data-testid="detail-deleted-banner">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          <Text span fw={600} size="sm">
            {t('detail.banner.deleted')}
          </Text>
          {' · '}
          {t('detail.banner.deletedAt', { at: formatInstant(customer.deletedAt) })}
        </Text>
        <Button
          size="xs"
          leftSection={<IconArrowBackUp size={14} />}
          loading={restoring}
          onClick={onRestore}
          data-testid="detail-restore"
        >
          {t('common.restore')}
        </Button>
      </Group>
    </Alert>
  )
}

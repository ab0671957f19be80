import { Alert, Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowBackUp, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { errorMessage } from '../../../lib/errors'
import { useRestoreCustomer } from '../../../data/customers'
import { MergedRecordBanner } from './MergedRecordBanner'

export interface CustomerStatusBannerProps {
  customer: CustomerDetail
}

/**
 * A record in the recycle bin says so and offers Restore; a record merged into another
 * says into which and offers to undo the merge (restoring it alone would not bring its
 * contacts and follow-ups back: unmerge does). Nothing for a live record.
 */
export function CustomerStatusBanner({ customer }: CustomerStatusBannerProps) {
  const { t } = useTranslation()
  const restore = useRestoreCustomer()
  if (customer.deletedAt === null) return null
  if (customer.mergedInto !== null) return <MergedRecordBanner customer={customer} />
  const onRestore = () =>
    restore.mutate(customer.id, {
      onSuccess: () =>
        notifications.show({
          color: 'green',
          message: t('customers.restored', { name: customer.name }),
        }),
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('common.failed'),
          message: errorMessage(t, error),
        }),
    })
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
          loading={restore.isPending}
          onClick={onRestore}
          data-testid="detail-restore"
        >
          {t('common.restore')}
        </Button>
      </Group>
    </Alert>
  )
}

import { Alert, Anchor, Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowsSplit, IconGitMerge } from '@tabler/icons-react'
import { Trans, useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CustomerDetail } from '../../../../../shared/api'
import { errorMessage } from '../../../lib/errors'
import { useUnmergeCustomer } from '../hooks/useUnmergeCustomer'

export interface MergedRecordBannerProps {
  /** A record merged into another (it is in the recycle bin, mergedInto set). */
  customer: CustomerDetail
}

/**
 * "已合并到 X" with a link to X, and 撤销合并 while the merge can still be undone: the page
 * then shows this record restored, with its contacts and follow-ups back.
 */
export function MergedRecordBanner({ customer }: MergedRecordBannerProps) {
  const { t } = useTranslation()
  const unmerge = useUnmergeCustomer()
  const mergeId = customer.mergeId ?? null
  const onUnmerge = () => {
    if (mergeId === null) return
    unmerge.mutate(mergeId, {
      onSuccess: () =>
        notifications.show({
          color: 'green',
          message: t('detail.banner.unmerged', { name: customer.name }),
        }),
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('detail.banner.unmergeFailed'),
          message: errorMessage(t, error),
        }),
    })
  }
  return (
    <Alert color="grape" icon={<IconGitMerge size={18} />} data-testid="detail-merged-banner">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm">
          <Trans
            t={t}
            i18nKey="detail.banner.merged"
            values={{ name: customer.mergedIntoName ?? `#${customer.mergedInto}` }}
            components={{
              survivor: (
                <Anchor
                  component={Link}
                  to={`/customers/${customer.mergedInto}`}
                  fw={600}
                  size="sm"
                  data-testid="detail-merged-link"
                />
              ),
            }}
          />
        </Text>
        {mergeId !== null && (
          <Button
            size="xs"
            color="grape"
            leftSection={<IconArrowsSplit size={14} />}
            loading={unmerge.isPending}
            onClick={onUnmerge}
            style={{ flexShrink: 0 }}
            data-testid="detail-unmerge"
          >
            {t('detail.banner.unmerge')}
          </Button>
        )}
      </Group>
    </Alert>
  )
}

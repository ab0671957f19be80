import { Alert, Button, Center, Group, Text, ThemeIcon, Timeline } from '@mantine/core'
import { IconMessagePlus, IconMessages } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { PageLoader } from '../../../components/PageLoader'
import { ACTIVITY_KIND_COLORS } from '../../../lib/colors'
import { errorMessage } from '../../../lib/errors'
import { useCustomerActivities } from '../hooks/useCustomerActivities'
import { ActivityKindIcon } from './ActivityKindIcon'
import { FollowUpEntry } from './FollowUpEntry'

export interface FollowUpTimelineProps {
  customerId: number
  /** Opens the log-follow-up form; absent when the customer cannot be changed. */
  onLog?: () => void
}

/** The customer's follow-ups, newest first, loaded a page at a time. */
export function FollowUpTimeline({ customerId, onLog }: FollowUpTimelineProps) {
  const { t } = useTranslation()
  const activities = useCustomerActivities(customerId)
  if (activities.isError) {
    return <Alert color="red">{errorMessage(t, activities.error)}</Alert>
  }
  if (!activities.data) return <PageLoader />
  const rows = activities.data.pages.flatMap((page) => page.rows)
  const total = activities.data.pages[0]?.total ?? 0
  if (rows.length === 0) {
    return (
      <EmptyMessage
        icon={<IconMessages size={28} />}
        title={t('followUps.empty.title')}
        description={t('followUps.empty.text')}
        actions={
          onLog && (
            <Button leftSection={<IconMessagePlus size={16} />} onClick={onLog}>
              {t('followUps.log')}
            </Button>
          )
        }
      />
    )
  }
  return (
    <>
      <Timeline bulletSize={26} lineWidth={2} data-testid="followup-timeline">
        {rows.map((activity) => (
          <Timeline.Item
            key={activity.id}
            bullet={
              <ThemeIcon
                size={26}
                radius="xl"
                variant="light"
                color={ACTIVITY_KIND_COLORS[activity.kind]}
              >
                <ActivityKindIcon kind={activity.kind} size={15} />
              </ThemeIcon>
            }
          >
            <FollowUpEntry activity={activity} />
          </Timeline.Item>
        ))}
      </Timeline>
      <Center mt="md">
        {activities.hasNextPage ? (
          <Button
            variant="default"
            size="xs"
            loading={activities.isFetchingNextPage}
            onClick={() => void activities.fetchNextPage()}
            data-testid="followup-more"
          >
            {t('detail.loadMore', { count: total - rows.length })}
          </Button>
        ) : (
          <Group gap={4}>
            <Text size="xs" c="dimmed">
              {t('followUps.allShown', { count: total })}
            </Text>
          </Group>
        )}
      </Center>
    </>
  )
}

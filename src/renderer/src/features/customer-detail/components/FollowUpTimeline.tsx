import { Alert, Button, Center, Group, Text, ThemeIcon, Timeline } from '@mantine/core'
import { IconMessagePlus, IconMessages } from '@tabler/icons-react'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Activity, CustomerDetail } from '../../../../../shared/api'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { PageLoader } from '../../../components/PageLoader'
import { ACTIVITY_KIND_COLORS } from '../../../lib/colors'
import { errorMessage } from '../../../lib/errors'
import { useCustomerActivities, useDeleteFollowUp } from '../hooks/useCustomerActivities'
import { ConvertToDealAction } from '../../pipeline'
import { ActivityKindIcon } from './ActivityKindIcon'
import { FollowUpEntry } from './FollowUpEntry'
import { FollowUpEntryActions } from './FollowUpEntryActions'
import { LogFollowUpModal } from './LogFollowUpModal'

export interface FollowUpTimelineProps {
  customer: Pick<CustomerDetail, 'id' | 'name' | 'contacts'>
  /**
   * Opens the log-follow-up form; absent when the customer cannot be changed (in the
   * recycle bin), and then the entries cannot be corrected or deleted either.
   */
  onLog?: () => void
}

/**
 * The customer's follow-ups, newest first, loaded a page at a time. Each can be corrected
 * in the log form, or deleted at once with Undo in the toast; the header's last contact
 * and next follow-up follow (they come from customers.get, refreshed after each).
 */
export function FollowUpTimeline({ customer, onLog }: FollowUpTimelineProps) {
  const { t } = useTranslation()
  const activities = useCustomerActivities(customer.id)
  const remove = useDeleteFollowUp()
  // The entry stays set while the modal closes, so its title does not change mid-animation.
  const [editing, setEditing] = useState<Activity | null>(null)
  const [editOpen, setEditOpen] = useState(false)
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
            <FollowUpEntry
              activity={activity}
              actions={
                onLog && (
                  <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
                    <ConvertToDealAction activity={activity} customer={customer} />
                    <FollowUpEntryActions
                      deleting={remove.isPending && remove.variables.id === activity.id}
                      onEdit={() => {
                        setEditing(activity)
                        setEditOpen(true)
                      }}
                      onDelete={() =>
                        remove.mutate(activity, {
                          onError: (error) =>
                            notifications.show({
                              color: 'red',
                              title: t('common.failed'),
                              message: errorMessage(t, error),
                            }),
                        })
                      }
                    />
                  </Group>
                )
              }
            />
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
      {onLog && editing && (
        <LogFollowUpModal
          opened={editOpen}
          customer={customer}
          activity={editing}
          onClose={() => setEditOpen(false)}
        />
      )}
    </>
  )
}

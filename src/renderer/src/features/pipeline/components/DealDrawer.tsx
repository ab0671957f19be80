import { Alert, Button, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowBackUp, IconThumbDown, IconTrash, IconTrophy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Deal } from '../../../../../shared/api'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { useDeal, useReopenDeal } from '../../../data/deals'
import { useDeleteDeal } from '../hooks/useDeleteDeal'
import { openStages, useStages } from '../hooks/usePipeline'
import { DealEditForm } from './DealEditForm'
import { DealSummary } from './DealSummary'
import { StageHistoryTimeline } from './StageHistoryTimeline'
import { AddReminderButton } from '../../reminders'

export interface DealDrawerProps {
  /** The deal shown (from the URL, ?deal=12); null = closed. */
  dealId: number | null
  onClose: () => void
  requestClose: (deal: Deal, outcome: 'won' | 'lost') => void
}

/** A deal from the right: its figures, editable fields, stage history, and close / reopen / delete. */
export function DealDrawer({ dealId, onClose, requestClose }: DealDrawerProps) {
  const { t } = useTranslation()
  const deal = useDeal(dealId)
  const stages = useStages().data
  const reopen = useReopenDeal()
  const { remove, deleting } = useDeleteDeal()
  const record = deal.data?.id === dealId ? deal.data : undefined

  let body = null
  if (deal.isError) {
    body = <Alert color="red">{errorMessage(t, deal.error)}</Alert>
  } else if (record) {
    const open = record.status === 'open'
    body = (
      <Stack gap="md" data-testid="deal-drawer" data-deal-id={record.id}>
        <DealSummary deal={record} stage={stages?.find((stage) => stage.id === record.stageId)} />
        <Group gap="xs">
          {open ? (
            <>
              <Button
                color="green"
                variant="light"
                leftSection={<IconTrophy size={16} />}
                onClick={() => requestClose(record, 'won')}
                data-testid="deal-drawer-won"
              >
                {t('pipeline.close.markWon')}
              </Button>
              <Button
                color="red"
                variant="light"
                leftSection={<IconThumbDown size={16} />}
                onClick={() => requestClose(record, 'lost')}
                data-testid="deal-drawer-lost"
              >
                {t('pipeline.close.markLost')}
              </Button>
            </>
          ) : (
            <Button
              variant="light"
              leftSection={<IconArrowBackUp size={16} />}
              loading={reopen.isPending}
              data-testid="deal-drawer-reopen"
              onClick={() =>
                reopen.mutate(record.id, {
                  onSuccess: (reopened) =>
                    notifications.show({
                      color: 'green',
                      message: t('pipeline.close.reopened', {
                        title: reopened.title,
                        stage: reopened.stageName,
                      }),
                    }),
                  onError: (error) =>
                    notifications.show({
                      color: 'red',
                      title: t('common.failed'),
                      message: errorMessage(t, error),
                    }),
                })
              }
            >
              {t('pipeline.drawer.reopen')}
            </Button>
          )}
          <AddReminderButton
            variant="light"
            link={{ dealId: record.id, name: record.title }}
            testId="deal-drawer-reminder"
          />
          <Button
            variant="subtle"
            color="red"
            ml="auto"
            leftSection={<IconTrash size={16} />}
            loading={deleting}
            onClick={() => remove(record, onClose)}
            data-testid="deal-drawer-delete"
          >
            {t('common.delete')}
          </Button>
        </Group>
        <Divider />
        <DealEditForm
          key={`${record.id}-${record.updatedAt}`}
          deal={record}
          stages={openStages(stages)}
        />
        <Divider />
        <Stack gap="xs">
          <Title order={3}>{t('pipeline.history.title')}</Title>
          {record.history.length > 0 ? (
            <StageHistoryTimeline history={record.history} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('pipeline.history.none')}
            </Text>
          )}
        </Stack>
      </Stack>
    )
  } else if (dealId !== null) {
    body = <PageLoader />
  }

  return (
    <Drawer
      opened={dealId !== null}
      onClose={onClose}
      position="right"
      size={560}
      title={
        <Text fw={600} span lineClamp={1}>
          {record?.title ?? t('pipeline.drawer.title')}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {body}
    </Drawer>
  )
}

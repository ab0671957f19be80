import { Alert, Button, Center, Text, ThemeIcon, Timeline, type MantineColor } from '@mantine/core'
import {
  IconAddressBook,
  IconArrowBackUp,
  IconArrowsSplit,
  IconGitMerge,
  IconHistory,
  IconMessage,
  IconPencil,
  IconPlus,
  IconStack2,
  IconTrash,
  IconTrashX,
  type Icon,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { useCustomFields } from '../../settings/hooks/useCustomFields'
import { useOwners } from '../../settings/hooks/useOwners'
import { formatHistoryEntry } from '../historyFormat'
import { useCustomerHistory } from '../hooks/useCustomerHistory'
import { HistoryEntryItem } from './HistoryEntryItem'

export interface HistoryPanelProps {
  customerId: number
}

interface ActionLook {
  icon: Icon
  color: MantineColor
}

const UPDATE_LOOK: ActionLook = { icon: IconPencil, color: 'blue' }
const CONTACT_LOOK: ActionLook = { icon: IconAddressBook, color: 'cyan' }
const ACTION_LOOK: Record<string, ActionLook> = {
  create: { icon: IconPlus, color: 'green' },
  update: UPDATE_LOOK,
  bulkUpdate: { icon: IconStack2, color: 'blue' },
  delete: { icon: IconTrash, color: 'orange' },
  restore: { icon: IconArrowBackUp, color: 'teal' },
  merge: { icon: IconGitMerge, color: 'grape' },
  mergedInto: { icon: IconGitMerge, color: 'grape' },
  unmerge: { icon: IconArrowsSplit, color: 'grape' },
  purge: { icon: IconTrashX, color: 'red' },
  'activity.create': { icon: IconMessage, color: 'gray' },
}

/** 变更历史: who changed what and when, each field as "等级：C → A", owners and custom fields by name. */
export function HistoryPanel({ customerId }: HistoryPanelProps) {
  const { t } = useTranslation()
  const history = useCustomerHistory(customerId)
  const owners = useOwners().data ?? []
  const customFields = useCustomFields('customer').data ?? []
  if (history.isError) return <Alert color="red">{errorMessage(t, history.error)}</Alert>
  if (!history.data) return <PageLoader />
  const entries = history.data.pages.flatMap((page) => page.rows)
  const total = history.data.pages[0]?.total ?? 0
  if (entries.length === 0) {
    return (
      <EmptyMessage
        icon={<IconHistory size={28} />}
        title={t('history.empty.title')}
        description={t('history.empty.text')}
      />
    )
  }
  return (
    <>
      <Timeline bulletSize={24} lineWidth={2} data-testid="history-list">
        {entries.map((entry) => {
          const look =
            ACTION_LOOK[entry.action] ??
            (entry.action.startsWith('contact.') ? CONTACT_LOOK : UPDATE_LOOK)
          const ActionIcon = look.icon
          return (
            <Timeline.Item
              key={entry.id}
              bullet={
                <ThemeIcon size={24} radius="xl" variant="light" color={look.color}>
                  <ActionIcon size={14} />
                </ThemeIcon>
              }
            >
              <HistoryEntryItem
                entry={entry}
                formatted={formatHistoryEntry(entry, { t, owners, customFields })}
              />
            </Timeline.Item>
          )
        })}
      </Timeline>
      <Center mt="md">
        {history.hasNextPage ? (
          <Button
            variant="default"
            size="xs"
            loading={history.isFetchingNextPage}
            onClick={() => void history.fetchNextPage()}
          >
            {t('detail.loadMore', { count: total - entries.length })}
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            {t('history.allShown', { count: total })}
          </Text>
        )}
      </Center>
    </>
  )
}

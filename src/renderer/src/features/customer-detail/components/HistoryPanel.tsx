import { Alert, Button, Center, Text, ThemeIcon, Timeline, type MantineColor } from '@mantine/core'
import {
  IconAddressBook,
  IconArrowBackUp,
  IconArrowsSplit,
  IconGitMerge,
  IconHistory,
  IconMessage,
  IconMessageX,
  IconPencil,
  IconPlus,
  IconStack2,
  IconTrash,
  IconTrashX,
  type Icon,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Contact, CustomField } from '../../../../../shared/api'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { useCustomFields } from '../../../data/customFields'
import { useOwners } from '../../../data/owners'
import { formatHistoryEntry } from '../historyFormat'
import { useCustomerHistory } from '../hooks/useCustomerHistory'
import { HistoryEntryItem } from './HistoryEntryItem'
import { useCampaignOptions } from '../../../data/campaigns'

export interface HistoryPanelProps {
  customerId: number
  /** The customer's contacts, to name whom a corrected follow-up was with. */
  contacts: readonly Pick<Contact, 'id' | 'name'>[]
}

interface ActionLook {
  icon: Icon
  color: MantineColor
}

const NO_FIELDS: CustomField[] = []
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
  'activity.update': { icon: IconMessage, color: 'blue' },
  'activity.delete': { icon: IconMessageX, color: 'orange' },
  'activity.restore': { icon: IconArrowBackUp, color: 'teal' },
  'contact.delete': { icon: IconAddressBook, color: 'orange' },
  'contact.restore': { icon: IconArrowBackUp, color: 'teal' },
}

/** 变更历史: who changed what and when, each field as "等级：C → A", owners and custom fields by name. */
export function HistoryPanel({ customerId, contacts }: HistoryPanelProps) {
  const { t } = useTranslation()
  const history = useCustomerHistory(customerId)
  const owners = useOwners().data ?? []
  const campaigns = useCampaignOptions().data
  // Inactive fields too: an old change still reads by the field's label.
  const customerFields = useCustomFields('customer').data ?? NO_FIELDS
  const contactFields = useCustomFields('contact').data ?? NO_FIELDS
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
          // A merged record restored by undoing the merge looks like the unmerge itself.
          const action =
            entry.action === 'restore' && entry.changes.mergedInto ? 'unmerge' : entry.action
          const look =
            ACTION_LOOK[action] ?? (action.startsWith('contact.') ? CONTACT_LOOK : UPDATE_LOOK)
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
                formatted={formatHistoryEntry(entry, {
                  t,
                  owners,
                  customFields: [...customerFields, ...contactFields],
                  contacts,
                  ...(campaigns ? { campaigns } : {}),
                })}
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

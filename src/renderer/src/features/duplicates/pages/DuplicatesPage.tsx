import { Alert, Button, Group, ScrollArea, Stack, Text, Title } from '@mantine/core'
import { IconFriendsOff, IconRefresh } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { BackToCustomersButton } from '../../../components/BackToCustomersButton'
import { DuplicateGroupCard } from '../components/DuplicateGroupCard'
import { useDuplicates } from '../hooks/useDuplicates'

export type DuplicatesPageProps = Record<string, never>

/** How many groups are drawn at first; a large scan shows more on request. */
const STEP = 30

/** 查重: groups of customers that look alike (same phone, same email, same name), each with "merge". */
export function DuplicatesPage(_props: DuplicatesPageProps) {
  const { t } = useTranslation()
  const duplicates = useDuplicates()
  const [shown, setShown] = useState(STEP)
  const groups = duplicates.data ?? []

  let content
  if (duplicates.isError) {
    content = (
      <Alert color="red" title={t('common.failed')}>
        {errorMessage(t, duplicates.error)}
      </Alert>
    )
  } else if (duplicates.isPending) {
    content = <PageLoader label={t('merge.scanning')} />
  } else if (groups.length === 0) {
    content = (
      <EmptyMessage
        icon={<IconFriendsOff size={28} />}
        title={t('merge.noneTitle')}
        description={t('merge.noneText')}
        actions={
          <Button component={Link} to="/customers" variant="default">
            {t('customers.backToList')}
          </Button>
        }
      />
    )
  } else {
    content = (
      <Stack gap="sm" pb="md">
        {groups.slice(0, shown).map((group) => (
          <DuplicateGroupCard
            key={`${group.reason}:${group.key}:${group.customers.map((c) => c.id).join(',')}`}
            group={group}
          />
        ))}
        {groups.length > shown && (
          <Button variant="default" onClick={() => setShown((count) => count + STEP)} mx="auto">
            {t('merge.showMore', { count: groups.length - shown })}
          </Button>
        )}
      </Stack>
    )
  }

  return (
    <Stack
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--mantine-spacing-md))"
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="md" align="baseline" wrap="nowrap">
          <Title order={1}>{t('merge.duplicatesTitle')}</Title>
          <Text data-testid="duplicates-total" c="dimmed" size="sm">
            {duplicates.data ? t('merge.groups', { count: groups.length }) : ''}
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            loading={duplicates.isFetching}
            onClick={() => void duplicates.refetch()}
          >
            {t('merge.rescan')}
          </Button>
          <BackToCustomersButton />
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('merge.explain')}
      </Text>
      <ScrollArea flex={1} mih={0} type="auto" offsetScrollbars>
        {content}
      </ScrollArea>
    </Stack>
  )
}

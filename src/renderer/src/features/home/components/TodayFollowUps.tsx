import { Alert, Badge, Button, Card, Group, ScrollArea, Stack, Text, Title } from '@mantine/core'
import { IconCalendarCheck, IconCalendarDue } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { ExportExcelButton } from '../../../components/ExportExcelButton'
import { PageLoader } from '../../../components/PageLoader'
import { OVERDUE_COLOR } from '../../../lib/colors'
import { errorMessage } from '../../../lib/errors'
import { useToday } from '../../../data/today'
import { useDueFollowUps } from '../hooks/useDueFollowUps'
import { DueFollowUpRow } from './DueFollowUpRow'

export type TodayFollowUpsProps = Record<string, never>

/** About twelve rows. */
const DUE_LIST_HEIGHT = 400

/**
 * 今日跟进: customers whose follow-up is due today or overdue (red), each a link to the
 * customer; the header counts both parts ("3 项逾期", "2 项今天到期").
 */
export function TodayFollowUps(_props: TodayFollowUpsProps) {
  const { t } = useTranslation()
  const due = useDueFollowUps()
  const today = useToday()
  const rows = due.data?.pages.flatMap((page) => page.rows) ?? []
  const total = due.data?.pages[0]?.total ?? 0
  const overdue = due.data?.pages[0]?.overdue ?? 0
  const dueToday = total - overdue

  let body
  if (due.isError) body = <Alert color="red">{errorMessage(t, due.error)}</Alert>
  else if (!due.data) body = <PageLoader />
  else if (rows.length === 0)
    body = (
      <EmptyMessage
        icon={<IconCalendarCheck size={28} />}
        title={t('followUps.due.emptyTitle')}
        description={t('followUps.due.emptyText')}
        actions={
          <Button component={Link} to="/customers" variant="default">
            {t('home.overview.viewAll')}
          </Button>
        }
      />
    )
  else
    body = (
      <Stack gap={0}>
        {/* Loading more scrolls inside the card instead of pushing the rest of the page down. */}
        <ScrollArea.Autosize mah={DUE_LIST_HEIGHT} type="auto" offsetScrollbars>
          {rows.map((row) => (
            <DueFollowUpRow key={row.customerId} due={row} today={today} />
          ))}
        </ScrollArea.Autosize>
        {due.hasNextPage && (
          <Button
            variant="subtle"
            size="xs"
            mt="xs"
            loading={due.isFetchingNextPage}
            onClick={() => void due.fetchNextPage()}
          >
            {t('detail.loadMore', { count: total - rows.length })}
          </Button>
        )}
      </Stack>
    )

  return (
    <Card withBorder padding="md" data-testid="home-due" data-total={total} data-overdue={overdue}>
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <IconCalendarDue size={18} />
          <Title order={2}>{t('followUps.due.title')}</Title>
          {overdue > 0 && (
            <Badge variant="light" color={OVERDUE_COLOR} data-testid="home-due-overdue">
              {t('followUps.due.overdueCount', { count: overdue })}
            </Badge>
          )}
          {dueToday > 0 && (
            <Badge variant="light" color="blue" data-testid="home-due-today">
              {t('followUps.due.todayCount', { count: dueToday })}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {today}
          </Text>
          <ExportExcelButton
            size="compact-sm"
            variant="subtle"
            data-testid="follow-ups-export"
            label={t('excel.exportFollowUps')}
            input={() => ({ entity: 'followUps' })}
          />
        </Group>
      </Group>
      {body}
    </Card>
  )
}

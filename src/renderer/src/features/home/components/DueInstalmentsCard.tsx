import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconCalendarDollar } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { DashboardFigures } from '../../../../../shared/api'
import { recordLink } from '../../reports'
import { useReportRecords } from '../../../data/reports'
import { useMoney } from '../../../lib/useMoney'
import { reportLink } from '../../reports'

export interface DueInstalmentsCardProps {
  figures: DashboardFigures
}

const SHOWN = 6

/** 近期到期回款: open instalments due from today to the end of the reminder window. */
export function DueInstalmentsCard({ figures }: DueInstalmentsCardProps) {
  const { t } = useTranslation()
  const { money } = useMoney()
  const records = useReportRecords({
    report: 'receivables',
    dimension: 'dueSoon',
    from: figures.from,
    to: figures.to,
    pageSize: SHOWN,
  })
  const rows = records.data?.rows ?? []
  return (
    <Card withBorder padding="md" data-testid="dash-due-instalments">
      <Group gap="xs" mb={2}>
        <IconCalendarDollar size={18} />
        <Title order={3}>{t('dashboard.dueSoon')}</Title>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t('dashboard.dueSoonHint', {
          until: figures.dueSoon.until,
          count: figures.dueSoon.count,
          amount: money(figures.dueSoon.unpaidCents),
        })}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.noDue')}
        </Text>
      ) : (
        <Stack gap={6}>
          {rows.map((r) => (
            <Group key={r.id} justify="space-between" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Anchor component={Link} to={recordLink(r)} size="sm" lineClamp={1}>
                  {r.customerName}
                </Anchor>
                <Text size="xs" c="dimmed" truncate>
                  {r.date} · {r.reference}
                </Text>
              </div>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {money(r.amountCents ?? 0)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      {figures.dueSoon.count > rows.length && (
        <Button
          component={Link}
          to={reportLink('receivables', { drill: { dimension: 'dueSoon' } })}
          variant="subtle"
          size="xs"
          mt="xs"
        >
          {t('dashboard.viewAll')}
        </Button>
      )}
    </Card>
  )
}

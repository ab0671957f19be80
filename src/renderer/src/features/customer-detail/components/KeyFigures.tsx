import { Divider, Group, Paper } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../shared/api'
import { localDate } from '../../../../../shared/dates'
import { OVERDUE_COLOR } from '../../../lib/colors'
import { moneyOrDash } from '../../../lib/moneyText'
import { daysBetween } from '../../../lib/followUpDates'
import { KeyFigure } from './KeyFigure'

export interface KeyFiguresProps {
  customer: CustomerDetail
  /** Today's local date, 'YYYY-MM-DD'. */
  today: string
}

/**
 * Last contact and next follow-up (red once it has passed), then the money: revenue,
 * received and outstanding, exact to the 分, "—" until the ledger has any.
 */
export function KeyFigures({ customer, today }: KeyFiguresProps) {
  const { t } = useTranslation()
  const last = customer.lastActivityAt === null ? null : localDate(customer.lastActivityAt)
  const next = customer.nextFollowUpDate
  const nextIn = next === null ? null : daysBetween(today, next)
  const overdue = nextIn !== null && nextIn < 0
  let nextNote: string | undefined
  if (nextIn !== null) {
    if (nextIn < 0) nextNote = t('detail.figures.overdueDays', { count: -nextIn })
    else if (nextIn === 0) nextNote = t('detail.figures.today')
    else nextNote = t('detail.figures.inDays', { count: nextIn })
  }
  const lastAgo = last === null ? null : daysBetween(last, today)
  return (
    <Paper withBorder px="md" py="sm" data-testid="detail-figures">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Group gap="xl" wrap="nowrap">
          <KeyFigure
            label={t('detail.figures.lastContact')}
            value={last ?? '—'}
            note={
              lastAgo === null
                ? t('detail.figures.never')
                : lastAgo <= 0
                  ? t('detail.figures.today')
                  : t('detail.figures.daysAgo', { count: lastAgo })
            }
            testId="detail-last-contact"
          />
          <KeyFigure
            label={t('detail.figures.nextFollowUp')}
            value={next ?? '—'}
            note={nextNote ?? t('detail.figures.notPlanned')}
            color={overdue ? OVERDUE_COLOR : undefined}
            testId="detail-next-followup"
          />
        </Group>
        <Divider orientation="vertical" />
        <Group gap="xl" wrap="nowrap">
          <KeyFigure
            label={t('detail.figures.revenue')}
            value={moneyOrDash(customer.lifetimeRevenueCents)}
            align="right"
            testId="detail-revenue"
          />
          <KeyFigure
            label={t('detail.figures.received')}
            value={moneyOrDash(customer.receivedCents)}
            align="right"
            testId="detail-received"
          />
          <KeyFigure
            label={t('detail.figures.outstanding')}
            value={moneyOrDash(customer.outstandingCents)}
            color={customer.outstandingCents < 0 ? 'red' : undefined}
            align="right"
            testId="detail-outstanding"
          />
        </Group>
      </Group>
    </Paper>
  )
}

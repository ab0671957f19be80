import { IconCalendar, IconClockHour4, IconUser } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Deal } from '../../../../../shared/api'
import { formatCents } from '../../../../../shared/money'
import { DealCardMenu } from './DealCardMenu'

export interface DealCardBodyProps {
  deal: Deal
  /** The stage's "too long" threshold, for the warning's explanation. */
  staleDays: number | null
  /** The copy that follows the pointer: no menu, no link. */
  overlay?: boolean
}

/**
 * What a card shows: customer, title, amount, owner, days in stage, expected close,
 * warnings. Plain elements styled in board.css rather than Mantine components: a board
 * draws a few hundred of these at once, and they must be on screen within a second.
 */
export function DealCardBody({ deal, staleDays, overlay = false }: DealCardBodyProps) {
  const { t } = useTranslation()
  const overdue = deal.warnings.includes('overdue')
  return (
    <>
      <div className="kehu-card-line">
        {overlay ? (
          <span className="kehu-deal-customer">{deal.customerName}</span>
        ) : (
          <Link
            to={`/customers/${deal.customerId}`}
            className="kehu-deal-customer"
            tabIndex={-1}
            onClick={(event) => event.stopPropagation()}
            data-testid="deal-card-customer"
          >
            {deal.customerName}
          </Link>
        )}
        {!overlay && <DealCardMenu deal={deal} />}
      </div>
      <div className="kehu-card-title" data-testid="deal-card-title">
        {deal.title}
      </div>
      <div className="kehu-card-line">
        <span className="kehu-card-amount" data-testid="deal-card-amount">
          {formatCents(deal.amountCents)}
        </span>
        {deal.ownerName && (
          <span className="kehu-card-meta kehu-card-owner">
            <IconUser size={12} />
            <span>{deal.ownerName}</span>
          </span>
        )}
      </div>
      <div className="kehu-card-line kehu-card-meta">
        <span className="kehu-card-fact" data-testid="deal-card-days">
          <IconClockHour4 size={12} />
          {t('pipeline.card.days', { count: deal.daysInStage })}
        </span>
        {deal.expectedCloseDate && (
          <span className="kehu-card-fact" data-overdue={overdue}>
            <IconCalendar size={12} />
            {deal.expectedCloseDate}
          </span>
        )}
        <span className="kehu-card-warnings">
          {deal.warnings.map((warning) => (
            <span
              key={warning}
              className="kehu-card-badge"
              data-warning={warning}
              title={t(`pipeline.warnings.${warning}Hint`, {
                date: deal.expectedCloseDate ?? '',
                days: deal.daysInStage,
                limit: staleDays ?? 0,
                stage: deal.stageName,
              })}
              data-testid={`deal-warning-${warning}`}
            >
              {t(`pipeline.warnings.${warning}`)}
            </span>
          ))}
        </span>
      </div>
    </>
  )
}

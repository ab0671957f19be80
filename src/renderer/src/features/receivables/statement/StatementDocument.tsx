import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Statement } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { formatCents } from '../../../../../shared/money'
import { appNow } from '../../../lib/appClock'
import { statementSummary } from './statementText'
import './statement.css'

export interface StatementDocumentProps {
  statement: Statement
}

/** `第 [[page]] 页，共 [[pages]] 页` → the CSS content value with page counters. */
function counterContent(template: string): string {
  return template
    .split(/(\[\[pages?\]\])/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '[[page]]'
        ? 'counter(page)'
        : part === '[[pages]]'
          ? 'counter(pages)'
          : JSON.stringify(part),
    )
    .join(' ')
}

function Money({ cents, dash = false }: { cents: number; dash?: boolean }) {
  if (dash && cents === 0) return <td className="st-money st-dim" />
  return <td className={cents < 0 ? 'st-money st-negative' : 'st-money'}>{formatCents(cents)}</td>
}

/**
 * 对账单 on A4: company, customer, period and print time; opening balance; each contract
 * (debit), payment (credit), reversal and termination with the running balance; totals and
 * the closing balance; a note and signature lines for both parties. Page numbers come from
 * the @page margin boxes; the table header repeats on every page.
 */
export function StatementDocument({ statement }: StatementDocumentProps) {
  const { t } = useTranslation()
  const [printedAt] = useState(() => appNow())
  const pageCss = `@page { size: A4; margin: 14mm 14mm 16mm;
    @bottom-left { content: ${JSON.stringify(
      t('ledger.statement.footer', {
        customer: statement.customerName,
        from: statement.from,
        to: statement.to,
      }),
    )}; font-size: 8pt; color: #666; }
    @bottom-right { content: ${counterContent(t('ledger.statement.pageOf'))}; font-size: 8pt; color: #666; } }`
  const company = statement.companyName || t('ledger.statement.noCompany')
  return (
    <article className="kehu-statement" data-testid="statement-document">
      <style>{pageCss}</style>
      <div className="st-company" data-testid="statement-company">
        {company}
      </div>
      <h1>{t('ledger.statement.docTitle')}</h1>
      <div className="st-meta">
        <div>
          <b>{t('ledger.statement.customer')}</b>
          {statement.customerName}
        </div>
        <div>
          <b>{t('ledger.statement.printedAt')}</b>
          {formatInstant(printedAt)}
        </div>
        <div>
          <b>{t('ledger.statement.period')}</b>
          {t('ledger.statement.range', { from: statement.from, to: statement.to })}
        </div>
        <div>
          <b>{t('ledger.statement.currency')}</b>
          {t('ledger.statement.cny')}
        </div>
      </div>
      <div className="st-summary">
        <div>
          <span>{t('ledger.statement.opening')}</span>
          <strong>{formatCents(statement.openingBalanceCents)}</strong>
        </div>
        <div>
          <span>{t('ledger.statement.debitTotal')}</span>
          <strong>{formatCents(statement.totalDebitCents)}</strong>
        </div>
        <div>
          <span>{t('ledger.statement.creditTotal')}</span>
          <strong>{formatCents(statement.totalCreditCents)}</strong>
        </div>
        <div>
          <span>{t('ledger.statement.closing')}</span>
          <strong data-testid="statement-closing">
            {formatCents(statement.closingBalanceCents)}
          </strong>
        </div>
      </div>
      <table className="st-lines">
        <colgroup>
          <col style={{ width: '24mm' }} />
          <col style={{ width: '27mm' }} />
          <col />
          <col style={{ width: '26mm' }} />
          <col style={{ width: '26mm' }} />
          <col style={{ width: '27mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('ledger.statement.date')}</th>
            <th>{t('ledger.statement.contract')}</th>
            <th>{t('ledger.statement.summary')}</th>
            <th>{t('ledger.statement.debit')}</th>
            <th>{t('ledger.statement.credit')}</th>
            <th>{t('ledger.statement.balance')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="st-strong">
            <td className="st-nowrap">{statement.from}</td>
            <td />
            <td>{t('ledger.statement.opening')}</td>
            <td />
            <td />
            <Money cents={statement.openingBalanceCents} />
          </tr>
          {statement.lines.map((line, index) => (
            <tr key={index} data-testid="statement-line" data-kind={line.kind}>
              <td className="st-nowrap">{line.date}</td>
              <td className="st-nowrap">{line.contractNumber}</td>
              <td>{statementSummary(t, line)}</td>
              <Money cents={line.debitCents} dash />
              <Money cents={line.creditCents} dash />
              <Money cents={line.balanceCents} />
            </tr>
          ))}
          {statement.lines.length === 0 && (
            <tr>
              <td colSpan={6} className="st-dim" style={{ textAlign: 'center' }}>
                {t('ledger.statement.noLines')}
              </td>
            </tr>
          )}
          <tr className="st-strong">
            <td colSpan={3}>{t('ledger.statement.periodTotal')}</td>
            <Money cents={statement.totalDebitCents} />
            <Money cents={statement.totalCreditCents} />
            <td />
          </tr>
          <tr className="st-strong">
            <td className="st-nowrap">{statement.to}</td>
            <td />
            <td>{t('ledger.statement.closing')}</td>
            <td />
            <td />
            <Money cents={statement.closingBalanceCents} />
          </tr>
        </tbody>
      </table>
      <p className="st-note">
        {t(
          statement.closingBalanceCents >= 0
            ? 'ledger.statement.noteOwed'
            : 'ledger.statement.noteCredit',
          {
            amount: formatCents(Math.abs(statement.closingBalanceCents)),
          },
        )}
        {t('ledger.statement.noteConfirm')}
      </p>
      <section className="st-signatures">
        {[
          {
            party: t('ledger.statement.ourSeal', { company }),
            signer: t('ledger.statement.handledBy'),
          },
          {
            party: t('ledger.statement.customerSeal'),
            signer: t('ledger.statement.customerSigner'),
          },
        ].map((side) => (
          <div key={side.party} className="st-party">
            <p className="st-party-name">{side.party}</p>
            <p>
              {side.signer}
              <span className="st-line" />
            </p>
            <p>
              {t('ledger.statement.date')}
              {t('ledger.statement.colon')}
              <span className="st-line" />
            </p>
          </div>
        ))}
      </section>
    </article>
  )
}

import type { TFunction } from 'i18next'
import type { StatementLine } from '../../../../../shared/api'

/** A statement line's 摘要 in words: what happened, how it was paid, why it was reversed. */
export function statementSummary(t: TFunction, line: StatementLine): string {
  const method = line.method ? t(`ledger.method.${line.method}`) : ''
  const reference = line.reference
    ? t('ledger.statement.reference', { reference: line.reference })
    : ''
  switch (line.kind) {
    case 'contract':
      return t('ledger.statement.kind.contract', { title: line.description })
    case 'payment':
      return [t('ledger.statement.kind.payment', { method }), reference, line.description]
        .filter(Boolean)
        .join(' ')
    case 'advance':
      return [t('ledger.statement.kind.advance', { method }), reference, line.description]
        .filter(Boolean)
        .join(' ')
    case 'reversal':
      return t('ledger.statement.kind.reversal', { reason: line.description })
    case 'termination':
      return t('ledger.statement.kind.termination', { reason: line.description })
  }
}

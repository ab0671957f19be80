import { ledgerMethods } from '../../../shared/api/ledger'
import type { ApiDeps } from '../api'
import { AppError } from '../errors'
import type { HandlersOf } from './types'

type LedgerHandlers = HandlersOf<typeof ledgerMethods>

/** Stub while the services land: every method answers NOT_FOUND "not implemented yet". */
export function ledgerHandlers(deps: ApiDeps): LedgerHandlers {
  void deps
  const entries = Object.keys(ledgerMethods).map((method) => [
    method,
    () => {
      throw new AppError('NOT_FOUND', 'errors.notImplemented', `${method} is not implemented yet`, {
        method,
      })
    },
  ])
  return Object.fromEntries(entries) as LedgerHandlers
}

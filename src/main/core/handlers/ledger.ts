import type { ledgerMethods } from '../../../shared/api/ledger'
import type { ApiDeps } from '../api'
import type { HandlersOf } from './types'

export function ledgerHandlers(deps: ApiDeps): HandlersOf<typeof ledgerMethods> {
  void deps
  return {}
}

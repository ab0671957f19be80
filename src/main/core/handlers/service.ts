import type { serviceMethods } from '../../../shared/api/service'
import type { ApiDeps } from '../api'
import { AppError } from '../errors'
import type { HandlersOf } from './types'

// Skeleton: each method is filled in by the after-sales work.
const todo = (): never => {
  throw new AppError('INTERNAL', 'errors.internal', 'Not built yet')
}

export function serviceHandlers(_deps: ApiDeps): HandlersOf<typeof serviceMethods> {
  return {
    'tickets.create': todo,
    'tickets.get': todo,
    'tickets.update': todo,
    'tickets.close': todo,
    'tickets.reopen': todo,
    'tickets.delete': todo,
    'tickets.restore': todo,
    'tickets.list': todo,
    'returnVisits.create': todo,
    'returnVisits.update': todo,
    'returnVisits.complete': todo,
    'returnVisits.delete': todo,
    'returnVisits.list': todo,
    'reports.service': todo,
  }
}

import type { insightMethods } from '../../../shared/api/insight'
import type { ApiDeps } from '../api'
import { AppError } from '../errors'
import type { HandlersOf } from './types'

// Skeleton: each method is filled in by the insight work.
const todo = (): never => {
  throw new AppError('INTERNAL', 'errors.internal', 'Not built yet')
}

export function insightHandlers(_deps: ApiDeps): HandlersOf<typeof insightMethods> {
  return {
    'insight.get': todo,
    'insight.list': todo,
    'insight.summary': todo,
    'insight.refresh': todo,
  }
}

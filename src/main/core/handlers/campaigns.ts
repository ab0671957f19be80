import type { campaignMethods } from '../../../shared/api/campaigns'
import type { ApiDeps } from '../api'
import { AppError } from '../errors'
import type { HandlersOf } from './types'

// Skeleton: each method is filled in by the campaigns work.
const todo = (): never => {
  throw new AppError('INTERNAL', 'errors.internal', 'Not built yet')
}

export function campaignHandlers(_deps: ApiDeps): HandlersOf<typeof campaignMethods> {
  return {
    'campaigns.create': todo,
    'campaigns.get': todo,
    'campaigns.update': todo,
    'campaigns.delete': todo,
    'campaigns.restore': todo,
    'campaigns.list': todo,
    'reports.campaigns': todo,
  }
}

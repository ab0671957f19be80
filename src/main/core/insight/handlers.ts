import type { insightMethods } from '../../../shared/api/insight'
import type { ApiDeps } from '../api'
import { refreshInsight } from './refresh'
import { customerInsight, insightSummary, listInsight } from './read'
import type { HandlersOf } from '../handler-types'

export function insightHandlers(deps: ApiDeps): HandlersOf<typeof insightMethods> {
  const { ctx } = deps
  return {
    'insight.get': (input) => customerInsight(ctx, input.customerId),
    'insight.list': (input) => listInsight(ctx, input),
    'insight.summary': (input) => insightSummary(ctx, input?.ownerId),
    'insight.refresh': (input) => refreshInsight(ctx, input?.full ?? false),
  }
}

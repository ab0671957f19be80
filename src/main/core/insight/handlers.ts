import type { insightMethods } from '../../../shared/api/insight'
import type { CoreDeps, HandlersOf } from '../deps'
import { refreshInsight } from './refresh'
import { customerInsight, insightSummary, listInsight } from './read'

export function insightHandlers(deps: CoreDeps): HandlersOf<typeof insightMethods> {
  const { ctx } = deps
  return {
    'insight.get': (input) => customerInsight(ctx, input.customerId),
    'insight.list': (input) => listInsight(ctx, input),
    'insight.summary': (input) => insightSummary(ctx, input?.ownerId),
    'insight.refresh': (input) => refreshInsight(ctx, input?.full ?? false),
  }
}

import type { pipelineMethods } from '../../../shared/api/pipeline'
import type { ApiDeps } from '../api'
import type { HandlersOf } from './types'

export function pipelineHandlers(deps: ApiDeps): HandlersOf<typeof pipelineMethods> {
  const { ctx } = deps
  void ctx
  return {} as HandlersOf<typeof pipelineMethods>
}

import type { demoMethods } from '../../../shared/api/app'
import type { CoreDeps, HandlersOf } from '../deps'
import { loadDemoData } from './demo'

export function demoHandlers(deps: CoreDeps): HandlersOf<typeof demoMethods> {
  const { ctx } = deps
  return {
    'demo.load': (input) => loadDemoData(ctx, input),
  }
}

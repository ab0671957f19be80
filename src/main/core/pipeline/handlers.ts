import type { pipelineMethods } from '../../../shared/api/pipeline'
import type { CoreDeps, HandlersOf } from '../deps'
import { dealBoard, listDeals } from './deal-list'
import { getDeal } from './deal-rows'
import {
  closeDeal,
  createDeal,
  deleteDeal,
  moveDeal,
  reopenDeal,
  restoreDeal,
  updateDeal,
} from './deals'
import {
  createStage,
  listStages,
  lostReasons,
  removeStage,
  reorderStages,
  setLostReasons,
  updateStage,
} from './stages'

export function pipelineHandlers(deps: CoreDeps): HandlersOf<typeof pipelineMethods> {
  const { ctx } = deps
  return {
    'pipeline.stages': () => listStages(ctx),
    'pipeline.createStage': (input) => createStage(ctx, input),
    'pipeline.updateStage': (input) => updateStage(ctx, input),
    'pipeline.reorderStages': (input) => reorderStages(ctx, input),
    'pipeline.removeStage': (input) => removeStage(ctx, input),
    'pipeline.lostReasons': () => lostReasons(ctx),
    'pipeline.setLostReasons': (input) => setLostReasons(ctx, input),
    'deals.create': (input) => createDeal(ctx, input),
    'deals.get': (input) => getDeal(ctx, input.id),
    'deals.update': (input) => updateDeal(ctx, input),
    'deals.move': (input) => moveDeal(ctx, input),
    'deals.close': (input) => closeDeal(ctx, input),
    'deals.reopen': (input) => reopenDeal(ctx, input),
    'deals.delete': (input) => deleteDeal(ctx, input.id),
    'deals.restore': (input) => restoreDeal(ctx, input.id),
    'deals.list': (input) => listDeals(ctx, input),
    'deals.board': (input) => dealBoard(ctx, input),
  }
}

/** The pipeline domain's surface: what the rest of the core may use of it. */
export { listDeals } from './deal-list'
export { toQuery } from './deal-rows'
export { createDeal, deleteDeal, purgeCustomerDeals, updateDeal } from './deals'
export { pipelineHandlers } from './handlers'
export { DEFAULT_LOST_REASONS, openStages } from './stages'

/** What other features use of pipeline: its only surface. */
export { ConvertToDealAction } from './components/ConvertToDealAction'
export { CustomerDealsPanel } from './components/CustomerDealsPanel'
export { NewDealButton } from './components/NewDealButton'
export { PipelineStagesPanel } from './settings/PipelineStagesPanel'

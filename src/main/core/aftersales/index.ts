/** The aftersales domain's surface: what the rest of the core may use of it. */
export { serviceSheets } from './export'
export { openTicketsFigure } from './figures'
export { aftersalesHandlers } from './handlers'
export { noteContractCompletion, sweepCompletedContracts } from './visits'

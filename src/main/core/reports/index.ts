/** The reports domain's surface: what the rest of the core may use of it. */
export { reportsHandlers } from './handlers'

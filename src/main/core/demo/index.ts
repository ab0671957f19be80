/** The demo domain's surface: what the rest of the core may use of it. */
export { loadDemoData } from './demo'
export { demoHandlers } from './handlers'

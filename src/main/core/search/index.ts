/** The search domain's surface: what the rest of the core may use of it. */
export {
  customerSearchSource,
  ensureSearchIndex,
  normaliseQuery,
  reindexCustomer,
  searchCondition,
  searchTexts,
  unindexCustomer,
  writeSearchRows,
} from './search'
export type { SearchSource } from './search'

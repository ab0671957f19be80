/** The customers domain's surface: what the rest of the core may use of it. */
export {
  createActivity,
  deleteActivity,
  dueFollowUps,
  listActivities,
  restoreActivity,
  updateActivity,
} from './activities'
export { bulkDeleteCustomers, bulkRestoreCustomers, bulkUpdateCustomers } from './bulk'
export {
  createContact,
  deleteContact,
  listContacts,
  newContactRow,
  restoreContact,
  updateContact,
} from './contacts'
export { createCustomField, listCustomFields, updateCustomField } from './custom-fields'
export { customerListQueries, listCustomers } from './customer-list'
export {
  customersByIds,
  findCustomerRow,
  getCustomer,
  requireLiveCustomer,
  toContact,
} from './customer-rows'
export {
  createCustomer,
  createdChangesOfRow,
  deleteCustomer,
  newCustomerRow,
  purgeCustomer,
  purgeCustomers,
  restoreCustomer,
  snapshot,
  updateCustomer,
} from './customers'
export { findDuplicates, normaliseCompanyName } from './duplicates'
export { mergeCustomers, unmergeCustomers } from './merge'
export { ensureTags, listTags } from './tags'
export { deleteView, listViews, saveView } from './views'
export { customerHandlers } from './handlers'

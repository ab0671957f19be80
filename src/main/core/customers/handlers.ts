import type { activityMethods } from '../../../shared/api/activities'
import type { contactMethods } from '../../../shared/api/contacts'
import type { customFieldMethods } from '../../../shared/api/custom-fields'
import type { customerMethods } from '../../../shared/api/customers'
import { listHistory } from '../db/audit'
import type { CoreDeps, HandlersOf } from '../deps'
import {
  createActivity,
  deleteActivity,
  dueFollowUps,
  listActivities,
  restoreActivity,
  updateActivity,
} from './activities'
import { bulkDeleteCustomers, bulkRestoreCustomers, bulkUpdateCustomers } from './bulk'
import { createContact, deleteContact, listContacts, restoreContact, updateContact } from './contacts'
import { createCustomField, listCustomFields, updateCustomField } from './custom-fields'
import { listCustomers } from './customer-list'
import { getCustomer } from './customer-rows'
import {
  createCustomer,
  deleteCustomer,
  purgeCustomer,
  purgeCustomers,
  restoreCustomer,
  updateCustomer,
} from './customers'
import { findDuplicates } from './duplicates'
import { mergeCustomers, unmergeCustomers } from './merge'
import { listTags } from './tags'
import { deleteView, listViews, saveView } from './views'

export function customerHandlers(
  deps: CoreDeps,
): HandlersOf<
  typeof customerMethods &
    typeof customFieldMethods &
    typeof contactMethods &
    typeof activityMethods
> {
  const { ctx } = deps
  return {
    'tags.list': () => listTags(ctx),
    'customers.create': (input) => createCustomer(ctx, input),
    'customers.get': (input) => getCustomer(ctx, input.id),
    'customers.update': (input) => updateCustomer(ctx, input),
    'customers.list': (input) => listCustomers(ctx, input),
    'customers.delete': (input) => deleteCustomer(ctx, input.id),
    'customers.restore': (input) => restoreCustomer(ctx, input.id),
    'customers.purge': (input) => purgeCustomer(ctx, input.id),
    'customers.bulkPurge': (input) => purgeCustomers(ctx, input.ids),
    'customers.duplicates': () => findDuplicates(ctx),
    'customers.merge': (input) => mergeCustomers(ctx, input),
    'customers.unmerge': (input) => unmergeCustomers(ctx, input.mergeId),
    'customers.history': (input) => listHistory(ctx, 'customer', input),
    'customers.bulkUpdate': (input) => bulkUpdateCustomers(ctx, input),
    'customers.bulkDelete': (input) => bulkDeleteCustomers(ctx, input.ids),
    'customers.bulkRestore': (input) => bulkRestoreCustomers(ctx, input.ids),
    'customFields.list': (input) => listCustomFields(ctx, input?.entity),
    'customFields.create': (input) => createCustomField(ctx, input),
    'customFields.update': (input) => updateCustomField(ctx, input),
    'views.list': (input) => listViews(ctx, input.entity),
    'views.save': (input) => saveView(ctx, input),
    'views.delete': (input) => deleteView(ctx, input.id),
    'contacts.create': (input) => createContact(ctx, input),
    'contacts.update': (input) => updateContact(ctx, input),
    'contacts.delete': (input) => deleteContact(ctx, input.id),
    'contacts.restore': (input) => restoreContact(ctx, input.id),
    'contacts.list': (input) => listContacts(ctx, input.customerId),
    'activities.create': (input) => createActivity(ctx, input),
    'activities.list': (input) => listActivities(ctx, input),
    'activities.update': (input) => updateActivity(ctx, input),
    'activities.delete': (input) => deleteActivity(ctx, input.id),
    'activities.restore': (input) => restoreActivity(ctx, input.id),
    'activities.due': (input) => dueFollowUps(ctx, input),
  }
}

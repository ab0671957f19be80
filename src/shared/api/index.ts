import { z } from 'zod'
import { method } from './method'
import { pipelineMethods } from './pipeline'
import { ledgerMethods } from './ledger'
import { productMethods } from './products'
import { receivableMethods } from './receivables'
import { reportsMethods } from './reports'
import { safetyMethods } from './safety'
import { excelMethods } from './excel'
import { reminderMethods } from './reminders'
import { insightMethods } from './insight'
import { serviceMethods } from './service'
import { campaignMethods } from './campaigns'
import {
  demoLoadInput,
  ownerCreateInput,
  ownerUpdateInput,
  settingsUpdateInput,
  type AppInfo,
  type DemoLoadResult,
  type Owner,
  type Settings,
} from './app'
import {
  activityCreateInput,
  activityDueInput,
  activityListInput,
  activityUpdateInput,
  type Activity,
  type DueFollowUps,
} from './activities'
import { backupIdInput, type Backup } from './backups'
import { id, noInput, type ListResult } from './common'
import {
  customFieldCreateInput,
  customFieldListInput,
  customFieldUpdateInput,
  savedViewSaveInput,
  type CustomField,
  type SavedView,
} from './custom-fields'
import {
  contactCreateInput,
  contactIdInput,
  contactListInput,
  contactUpdateInput,
} from './contacts'
import {
  customerBulkUpdateInput,
  customerCreateInput,
  customerHistoryInput,
  customerIdsInput,
  customerIdInput,
  customerMergeInput,
  customerListInput,
  customerUpdateInput,
  type Contact,
  type Customer,
  type CustomerDetail,
  type DuplicateGroup,
  type HistoryEntry,
  type MergeResult,
  type Tag,
} from './customers'

export * from './result'
export * from './common'
export * from './app'
export * from './customers'
export * from './contacts'
export * from './activities'
export * from './custom-fields'
export * from './backups'
export * from './pipeline'
export * from './products'
export * from './ledger'
export * from './receivables'
export * from './reports'
export * from './safety'
export * from './excel'
export * from './reminders'
export * from './insight'
export * from './service'
export * from './campaigns'

/**
 * The contract of docs/API.md: one entry per `domain.verb`. Both hosts and
 * the renderer's client are typed from this table, so they cannot drift.
 */
export const methods = {
  'app.info': method<AppInfo>()(noInput),
  'settings.get': method<Settings>()(noInput),
  'settings.update': method<Settings>()(settingsUpdateInput),
  'owners.list': method<Owner[]>()(noInput),
  'owners.create': method<Owner>()(ownerCreateInput),
  'owners.update': method<Owner>()(ownerUpdateInput),
  'tags.list': method<Tag[]>()(noInput),
  'customers.create': method<CustomerDetail>()(customerCreateInput),
  'customers.get': method<CustomerDetail>()(customerIdInput),
  'customers.update': method<CustomerDetail>()(customerUpdateInput),
  'customers.list': method<ListResult<Customer>>()(customerListInput),
  'customers.delete': method<null>()(customerIdInput),
  'customers.restore': method<null>()(customerIdInput),
  'customers.purge': method<null>()(customerIdInput),
  'customers.bulkPurge': method<{ purged: number }>()(customerIdsInput),
  'customers.duplicates': method<DuplicateGroup[]>()(noInput),
  'customers.merge': method<MergeResult>()(customerMergeInput),
  'customers.unmerge': method<CustomerDetail>()(z.strictObject({ mergeId: id })),
  'customers.history': method<ListResult<HistoryEntry>>()(customerHistoryInput),
  'customers.bulkUpdate': method<{ updated: number }>()(customerBulkUpdateInput),
  'customers.bulkDelete': method<{ deleted: number }>()(customerIdsInput),
  'customers.bulkRestore': method<{ restored: number }>()(customerIdsInput),
  'customFields.list': method<CustomField[]>()(customFieldListInput),
  'customFields.create': method<CustomField>()(customFieldCreateInput),
  'customFields.update': method<CustomField>()(customFieldUpdateInput),
  'views.list': method<SavedView[]>()(z.strictObject({ entity: z.enum(['customers']) })),
  'views.save': method<SavedView>()(savedViewSaveInput),
  'views.delete': method<null>()(z.strictObject({ id })),
  'contacts.create': method<Contact>()(contactCreateInput),
  'contacts.update': method<Contact>()(contactUpdateInput),
  'contacts.delete': method<null>()(contactIdInput),
  'contacts.restore': method<Contact>()(contactIdInput),
  'contacts.list': method<Contact[]>()(contactListInput),
  'activities.create': method<Activity>()(activityCreateInput),
  'activities.list': method<ListResult<Activity>>()(activityListInput),
  'activities.update': method<Activity>()(activityUpdateInput),
  'activities.delete': method<null>()(z.strictObject({ id })),
  'activities.restore': method<Activity>()(z.strictObject({ id })),
  'activities.due': method<DueFollowUps>()(activityDueInput),
  'demo.load': method<DemoLoadResult>()(demoLoadInput),
  'backups.create': method<Backup>()(noInput),
  'backups.list': method<Backup[]>()(noInput),
  'backups.restore': method<Backup>()(backupIdInput),
  ...pipelineMethods,
  ...productMethods,
  ...ledgerMethods,
  ...receivableMethods,
  ...reportsMethods,
  ...safetyMethods,
  ...excelMethods,
  ...reminderMethods,
  ...insightMethods,
  ...serviceMethods,
  ...campaignMethods,
} as const

export type Methods = typeof methods
export type MethodName = keyof Methods
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>
export type MethodOutput<M extends MethodName> = Methods[M]['output']

export const METHOD_NAMES = Object.keys(methods) as MethodName[]

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name)
}

/** A progress event of a long job (import, export, backup, big report). */
export interface JobEvent {
  job: string
  done: number
  total: number
  phase: string
}

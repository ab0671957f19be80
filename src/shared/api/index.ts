import type { z } from 'zod'
import type { MethodTraits } from './method'
import { pipelineMethods } from './pipeline'
import { ledgerMethods } from './ledger'
import { productMethods } from './products'
import { receivableMethods } from './receivables'
import { reportsMethods } from './reports'
import { safetyMethods } from './safety'
import { excelMethods } from './excel'
import { reminderMethods } from './reminders'
import { insightMethods } from './insight'
import { aftersalesMethods } from './aftersales'
import { campaignMethods } from './campaigns'
import { appMethods, demoMethods } from './app'
import { activityMethods } from './activities'
import { backupMethods } from './backups'
import { customFieldMethods } from './custom-fields'
import { contactMethods } from './contacts'
import { customerMethods } from './customers'

export * from './result'
export { DATA_AREAS, TOUCHES, type DataArea, type MethodTraits } from './method'
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
export * from './aftersales'
export * from './campaigns'

/**
 * The contract of docs/API.md: one entry per `domain.verb`. Both hosts and
 * the renderer's client are typed from this table, so they cannot drift.
 */
export const methods = {
  ...appMethods,
  ...demoMethods,
  ...customerMethods,
  ...customFieldMethods,
  ...contactMethods,
  ...activityMethods,
  ...backupMethods,
  ...pipelineMethods,
  ...productMethods,
  ...ledgerMethods,
  ...receivableMethods,
  ...reportsMethods,
  ...safetyMethods,
  ...excelMethods,
  ...reminderMethods,
  ...insightMethods,
  ...aftersalesMethods,
  ...campaignMethods,
} as const

export type Methods = typeof methods
export type MethodName = keyof Methods
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>
export type MethodOutput<M extends MethodName> = Methods[M]['output']

export const METHOD_NAMES = Object.keys(methods) as MethodName[]

/** The names of the methods that declare a trait (method.ts), in the table's order. */
type NamesWith<T extends keyof MethodTraits> = {
  [M in MethodName]: Methods[M] extends Record<T, true> ? M : never
}[MethodName]
function namesWith<T extends keyof MethodTraits>(trait: T): readonly NamesWith<T>[] {
  return METHOD_NAMES.filter((m) => (methods[m] as MethodTraits)[trait] === true) as NamesWith<T>[]
}

/**
 * Methods that take a filesystem path. The HTTP host and the IPC host refuse them from
 * their callers (the HTTP host never reads or writes a path given by a caller); the
 * Electron main process calls them itself with a folder the user picked in a native
 * dialog, and `kehu serve --backup-dir` through the CLI.
 */
export const HOST_ONLY_METHODS: readonly string[] = namesWith('hostOnly')
/** Methods the Electron main process answers itself instead of the core. */
export const DESKTOP_METHODS = namesWith('desktop')
export type DesktopMethod = NamesWith<'desktop'>
export function isDesktopMethod(name: string): name is DesktopMethod {
  return (DESKTOP_METHODS as readonly string[]).includes(name)
}
/** What a locked core still answers: enough to show the lock screen in the owner's language. */
export const METHODS_WHILE_LOCKED: readonly string[] = namesWith('whileLocked')
/** What a core in recovery mode answers: the recovery screen's needs. */
export const METHODS_IN_RECOVERY: readonly string[] = namesWith('inRecovery')
export type RecoveryMethod = NamesWith<'inRecovery'>
/** Methods that reach a running job while it holds the connection. */
export const JOB_STEERING_METHODS: readonly string[] = namesWith('steersJobs')

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

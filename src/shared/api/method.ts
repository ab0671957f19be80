import type { z } from 'zod'

/**
 * What a method is beyond its input and output, declared on the method itself; the lists
 * the hosts and the core use (METHODS_WHILE_LOCKED, HOST_ONLY_METHODS, …) are derived from
 * these in index.ts.
 */
export interface MethodTraits {
  /** A long job: async, with progress events and cancel; called through dispatchAsync. */
  job?: true
  /** Answers while a job holds the connection (it steers the job or shows the app). */
  steersJobs?: true
  /** Answers while the password lock is closed. */
  whileLocked?: true
  /** Answers when the database is damaged and the recovery screen is up. */
  inRecovery?: true
  /** Takes a filesystem path: refused from the hosts' callers, called by the host itself. */
  hostOnly?: true
  /** Carried out by the Electron main process itself (native dialogs, the updater). */
  desktop?: true
  /**
   * What a successful call changes, as the areas of data the renderer caches (the first
   * element of its query keys): the renderer refreshes exactly these after it. Reads touch
   * nothing.
   */
  touches?: readonly DataArea[]
}

/** The areas of data the renderer caches; a query key starts with one of them. */
export const DATA_AREAS = [
  'app',
  'settings',
  'owners',
  'customFields',
  'views',
  'tags',
  'customers',
  'duplicates',
  'deals',
  'pipeline',
  'ledger',
  'reports',
  'reminders',
  'service',
  'imports',
  'backups',
  'company',
] as const
export type DataArea = (typeof DATA_AREAS)[number]

/** What a write changes, by kind; each method's `touches` names one of these. */
export const TOUCHES = {
  everything: DATA_AREAS,
  /** A customer's name, grade and stage show on its deals, contracts, tickets and reports. */
  customer: [
    'customers',
    'duplicates',
    'tags',
    'deals',
    'ledger',
    'reports',
    'reminders',
    'service',
  ],
  contact: ['customers', 'duplicates', 'reminders'],
  followUp: ['customers', 'reminders', 'reports'],
  customFields: ['customFields', 'customers'],
  views: ['views'],
  owner: ['owners', 'customers', 'deals', 'ledger', 'reports', 'reminders', 'service'],
  deal: ['deals', 'pipeline', 'customers', 'reports', 'reminders'],
  stages: ['pipeline', 'deals', 'reports'],
  /** A contract, payment or invoice: sums, statuses, aging, the home page, the badge, visits. */
  ledger: ['ledger', 'customers', 'deals', 'reports', 'reminders', 'service'],
  product: ['ledger', 'reports'],
  reminder: ['reminders'],
  service: ['service', 'reports', 'reminders', 'customers'],
  campaign: ['customers', 'deals', 'reports'],
  insight: ['customers', 'reports'],
  targets: ['reports'],
  lock: ['app'],
  backups: ['backups'],
  logo: ['company'],
  templates: ['imports'],
} as const satisfies Record<string, readonly DataArea[]>

/** A method: its input schema (runtime), its output type (compile time only), its traits. */
export function method<Output>() {
  return <Input extends z.ZodType, const Traits extends MethodTraits = object>(
    input: Input,
    traits?: Traits,
  ) => ({
    input,
    output: undefined as unknown as Output,
    ...(traits as Traits),
  })
}

/** A method that runs as a job: its handler is async and it reports progress events. */
export function job<Output>() {
  return <Input extends z.ZodType, const Traits extends MethodTraits = object>(
    input: Input,
    traits?: Traits,
  ) => method<Output>()(input, { ...(traits as Traits), job: true as const })
}

/** A domain's slice of the contract table. */
export type MethodTable = Record<string, { input: z.ZodType; output: unknown } & MethodTraits>

import { z } from 'zod'
import { id } from './common'
import type { RecoveryInfo } from './safety'
import { method, type MethodTable, TOUCHES } from './method'
import { noInput } from './common'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const THEMES = ['light', 'dark', 'auto'] as const
export type Theme = (typeof THEMES)[number]

export interface AppInfo {
  version: string
  dataDir: string
  schemaVersion: number
  locale: Locale
  /** Optional (so older hosts and fixtures still type-check). */
  theme?: Theme
  /** A password is set and has not been entered yet: only app.info and app.unlock answer. */
  locked?: boolean
  passwordSet?: boolean
  /** Set when the database could not be opened at start: the renderer shows the recovery screen. */
  recovery?: RecoveryInfo | null
  /** The folder of the log file ("report a problem"). */
  logDir?: string
  /**
   * `kehu serve --today`: ms the core's clock runs ahead of the real one (absent: none).
   * The renderer's "today" follows it.
   */
  clockOffsetMs?: number
}

/** Currencies the home currency may be (amounts are stored in its minor unit, 分 for CNY). */
export const CURRENCIES = ['CNY', 'HKD', 'USD', 'EUR', 'GBP', 'SGD'] as const
export type Currency = (typeof CURRENCIES)[number]

export interface Settings {
  locale: Locale
  theme: Theme
  companyName: string
  /** false until the owner has chosen how to start (empty, demo data or import). */
  onboarded: boolean
  /** Ledger: an instalment due within this many days is 待回款 "due" (default 7). */
  reminderWindowDays: number
  /** Ledger: contracts ending within this many days are listed for renewal (default 30). */
  renewalWindowDays: number
  /** Company details for print headers (the logo is company.logo). */
  companyAddress: string
  companyPhone: string
  /** Show large amounts in 万元 (¥12.35万) in lists and reports. */
  amountsInWan: boolean
  homeCurrency: Currency
  /** Churn risk (客户分析): at risk when no order for more than this × the customer's usual interval. */
  churnIntervalFactor: number
  /** Churn risk of a one-time buyer: no second order this many days after the first. */
  churnSingleOrderDays: number
  /** Churn risk: no follow-up logged for this many days (customers who have bought). */
  churnNoContactDays: number
  /** CLV = average order × orders per year × this many years. */
  clvYears: number
  /** Return visit (回访) this many days after a contract completes or a ticket closes. */
  returnVisitDays: number
  /** The daily desktop notification of the reminder centre: on/off and its time 'HH:MM'. */
  notifyDaily: boolean
  notifyTime: string
}

export const settingsUpdateInput = z.strictObject({
  locale: z.enum(LOCALES).optional(),
  theme: z.enum(THEMES).optional(),
  companyName: z.string().trim().max(100).optional(),
  onboarded: z.boolean().optional(),
  reminderWindowDays: z.number().int().min(0).max(365).optional(),
  renewalWindowDays: z.number().int().min(0).max(3650).optional(),
  companyAddress: z.string().trim().max(200).optional(),
  companyPhone: z.string().trim().max(50).optional(),
  amountsInWan: z.boolean().optional(),
  homeCurrency: z.enum(CURRENCIES).optional(),
  churnIntervalFactor: z.number().min(1.2).max(10).optional(),
  churnSingleOrderDays: z.number().int().min(30).max(3650).optional(),
  churnNoContactDays: z.number().int().min(7).max(3650).optional(),
  clvYears: z.number().int().min(1).max(20).optional(),
  returnVisitDays: z.number().int().min(0).max(365).optional(),
  notifyDaily: z.boolean().optional(),
  notifyTime: z
    .string()
    .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), {
      message: 'Expected a time HH:MM',
      params: { key: 'errors.time' },
    })
    .optional(),
})

export interface Owner {
  id: number
  name: string
  active: boolean
}

export const ownerCreateInput = z.strictObject({ name: z.string().trim().min(1).max(50) })
export const ownerUpdateInput = z.strictObject({
  id,
  name: z.string().trim().min(1).max(50).optional(),
  active: z.boolean().optional(),
})

export const demoLoadInput = z.strictObject({
  customers: z.number().int().min(1).max(200_000).optional(),
  /** Average contacts per customer (default 2). */
  contactsPerCustomer: z.number().int().min(0).max(10).optional(),
  /** Average follow-ups per customer (default 3). */
  activitiesPerCustomer: z.number().int().min(0).max(20).optional(),
  /** Demo deals in all (default 30 per 100 customers; 0 for none). */
  deals: z.number().int().min(0).max(100_000).optional(),
  /** Demo contracts in all, with plans, payments and invoices (default 30 per 100 customers; 0 for none). */
  contracts: z.number().int().min(0).max(200_000).optional(),
})
export type DemoLoadInput = z.input<typeof demoLoadInput>
export interface DemoLoadResult {
  customers: number
  owners: number
  contacts: number
  activities: number
  deals: number
  /** The ledger: products ensured, contracts, payment rows (reversals included), invoices. */
  products: number
  contracts: number
  payments: number
  invoices: number
}

export const appMethods = {
  'app.info': method<AppInfo>()(noInput, { whileLocked: true, inRecovery: true, steersJobs: true }),
  'settings.get': method<Settings>()(noInput),
  'settings.update': method<Settings>()(settingsUpdateInput, { touches: TOUCHES.everything }),
  'owners.list': method<Owner[]>()(noInput),
  'owners.create': method<Owner>()(ownerCreateInput, { touches: TOUCHES.owner }),
  'owners.update': method<Owner>()(ownerUpdateInput, { touches: TOUCHES.owner }),
} satisfies MethodTable

export const demoMethods = {
  'demo.load': method<DemoLoadResult>()(demoLoadInput, { touches: TOUCHES.everything }),
} satisfies MethodTable

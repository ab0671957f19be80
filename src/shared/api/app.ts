import { z } from 'zod'
import { id } from './common'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const THEMES = ['light', 'dark', 'auto'] as const
export type Theme = (typeof THEMES)[number]

export interface AppInfo {
  version: string
  dataDir: string
  schemaVersion: number
  locale: Locale
}

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
}

export const settingsUpdateInput = z.strictObject({
  locale: z.enum(LOCALES).optional(),
  theme: z.enum(THEMES).optional(),
  companyName: z.string().trim().max(100).optional(),
  onboarded: z.boolean().optional(),
  reminderWindowDays: z.number().int().min(0).max(365).optional(),
  renewalWindowDays: z.number().int().min(0).max(3650).optional(),
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
})
export type DemoLoadInput = z.input<typeof demoLoadInput>
export interface DemoLoadResult {
  customers: number
  owners: number
  contacts: number
  activities: number
}

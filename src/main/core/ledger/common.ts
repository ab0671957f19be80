import type { MessageParams } from '../../../shared/api'
import { formatCents } from '../../../shared/money'
import { getSettings } from '../app'
import { today } from '../clock'
import type { Ctx } from '../context'
import { AppError } from '../errors'

/**
 * Small helpers the ledger services share: errors with a translatable key that also
 * point at the field, money params given formatted and in 分, and "as of" defaults.
 */
export function ledgerError(
  code: 'VALIDATION' | 'CONFLICT',
  key: string,
  message: string,
  params?: MessageParams,
  path?: string,
): AppError {
  const details = path ? [{ path, key, message, params }] : undefined
  return new AppError(code, key, message, params, details)
}

/** { outstanding: '¥1,234.56', outstandingCents: 123456 } */
export function moneyParam(name: string, cents: number): MessageParams {
  return { [name]: formatCents(cents), [`${name}Cents`]: cents }
}

export interface LedgerDates {
  asOf: string
  reminderWindowDays: number
  renewalWindowDays: number
}

export function ledgerDates(ctx: Ctx, asOf?: string): LedgerDates {
  const settings = getSettings(ctx)
  return {
    asOf: asOf ?? today(ctx.clock),
    reminderWindowDays: settings.reminderWindowDays,
    renewalWindowDays: settings.renewalWindowDays,
  }
}

/** '' and null mean "empty" in optional text; store NULL. */
export function blank(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value
}

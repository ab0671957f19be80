import { AppError } from '../errors'
import type { SheetsBuilder } from './reports-export'

/** Skeleton: the campaigns report's sheets (reports.export), filled in by the campaigns work. */
export const campaignSheets: SheetsBuilder = () => {
  throw new AppError('INTERNAL', 'errors.internal', 'Not built yet')
}

import { AppError } from '../errors'
import type { SheetsBuilder } from './reports-export'

/** Skeleton: the insight report's sheets (reports.export), filled in by the insight work. */
export const insightSheets: SheetsBuilder = () => {
  throw new AppError('INTERNAL', 'errors.internal', 'Not built yet')
}

import { AppError } from '../errors'
import type { SheetsBuilder } from './reports-export'

/** Skeleton: the after-sales report's sheets (reports.export), filled in by the after-sales work. */
export const serviceSheets: SheetsBuilder = () => {
  throw new AppError('INTERNAL', 'errors.internal', 'Not built yet')
}

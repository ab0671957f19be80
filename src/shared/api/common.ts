import { z } from 'zod'
import { isCalendarDate } from '../dates'

/**
 * Building blocks shared by every domain's schemas. A refinement carries its
 * translation key in `params.key` so the core can pass it to the renderer.
 */
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

export const calendarDate = z
  .string()
  .refine(isCalendarDate, { message: 'Expected a date YYYY-MM-DD', params: { key: 'errors.date' } })

/** Optional free text: trimmed, bounded; '' and null both mean "empty". */
export const optionalText = (max: number) => z.string().trim().max(max).nullable().optional()

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
export const optionalEmail = z
  .string()
  .trim()
  .max(200)
  .refine((v) => v === '' || EMAIL.test(v), {
    message: 'Not a valid email address',
    params: { key: 'errors.email' },
  })
  .nullable()
  .optional()

export const optionalDate = z
  .union([calendarDate, z.literal('')])
  .nullable()
  .optional()

/** No-argument methods accept nothing, `{}` or `null`. */
export const noInput = z.strictObject({}).nullish()

export const sortDir = z.enum(['asc', 'desc'])

/** List input of API.md "Conventions", parameterised by the domain's sort fields and filter. */
export function listInput<F extends z.ZodType, S extends [string, ...string[]]>(
  filter: F,
  sortFields: S,
) {
  return z.strictObject({
    q: z.string().trim().max(200).optional(),
    filter: filter.optional(),
    sort: z.strictObject({ field: z.enum(sortFields), dir: sortDir }).optional(),
    page: z.number().int().min(1).max(1_000_000).optional(),
    pageSize: z.number().int().min(1).max(500).optional(),
  })
}

export interface ListResult<T> {
  rows: T[]
  total: number
}

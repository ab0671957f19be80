import type { z } from 'zod'
import type { DuplicatePolicy } from '../../../shared/api/excel'
import { invalidInput } from '../errors'
import { invalidField, type AppError } from '../errors'
import { problemsOf } from './problems'
import type { DuplicateMatch, FieldSpec, RowOutcome, RowValues, UndoCounts } from './registry'

/**
 * What the importers of the pipeline and the ledger share, each a thin entry over its own
 * services: deals (deal-import.ts: deals.create, undo = deals.delete), products
 * (product-import.ts: products.create / update; products are never deleted, so undo
 * deactivates what the import created) and payments (payment-import.ts: payments.create;
 * the ledger deletes nothing, so undo reverses them — 红冲 — with a reason). Contracts
 * (lines and a payment plan per contract) are not importable yet.
 */

export function field(
  key: string,
  kind: FieldSpec['kind'],
  labelKey: string,
  synonyms: string[],
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  return { key, labelKey, required: false, kind, synonyms: [key, ...synonyms], ...extra }
}

export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input)
  if (!parsed.success) throw invalidInput(parsed.error)
  return parsed.data
}

/** A row naming something Kehu does not have (a stage, an owner, a contract). */
export function refused(path: string, key: string, value: string): AppError {
  return invalidField(path, key, `Not found: ${value}`, { value })
}

/** A service-backed writer: build the input, find a duplicate, create or update. */
export interface Entry<Input> {
  input(values: RowValues): Input
  duplicate(input: Input): DuplicateMatch | null
  create(input: Input): number
  update?(id: number, input: Input): RowOutcome
}

export function entryWriter<Input>(
  mapping: (string | null)[],
  entry: Entry<Input>,
  fieldOf: (path: string) => string,
) {
  return {
    check(values: RowValues) {
      try {
        entry.input(values)
        return []
      } catch (error) {
        return problemsOf(error, mapping, fieldOf)
      }
    },
    findDuplicate(values: RowValues) {
      try {
        return entry.duplicate(entry.input(values))
      } catch {
        return null
      }
    },
    write(
      values: RowValues,
      duplicate: DuplicateMatch | null,
      policy: DuplicatePolicy,
    ): RowOutcome {
      const input = entry.input(values)
      if (duplicate && policy === 'skip') return { action: 'skipped', recordId: duplicate.id }
      if (duplicate && policy === 'update' && entry.update) return entry.update(duplicate.id, input)
      return { action: 'created', recordId: entry.create(input) }
    },
    flush() {},
  }
}

export const none = (): UndoCounts => ({ removed: 0, binned: 0, restored: 0, keptFields: 0 })

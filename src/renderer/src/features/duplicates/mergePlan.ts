import {
  MERGEABLE_FIELDS,
  type Customer,
  type CustomerMergeInput,
  type MergeableField,
} from '../../../../shared/api'

/** The fields whose surviving value the merge screen picks: the contract's list, shared with the core. */
export const MERGE_FIELDS = MERGEABLE_FIELDS
export type MergeField = MergeableField

export type MergeRecord = Pick<Customer, 'id' | MergeField>

/** Per field, the record whose value the user chose (explicit picks only). */
export type MergePicks = Partial<Record<MergeField, number>>

/** '' and null are both "empty". */
function valueOf(record: MergeRecord, field: MergeField): unknown {
  const value = record[field]
  return value === '' || value === undefined ? null : value
}

/** The fields on which the records do not all agree: only these offer a choice. */
export function differingFields(records: readonly MergeRecord[]): MergeField[] {
  const [first, ...rest] = records
  if (!first) return []
  return MERGE_FIELDS.filter((field) =>
    rest.some((record) => valueOf(record, field) !== valueOf(first, field)),
  )
}

/**
 * What the core keeps when not told (merge.ts pickValues): the kept record's value,
 * or, when that is empty, the first merged record that has one.
 */
export function defaultSource(
  records: readonly MergeRecord[],
  keepId: number,
  field: MergeField,
): number {
  const keep = records.find((record) => record.id === keepId)
  if (keep && valueOf(keep, field) !== null) return keepId
  const other = records.find((record) => record.id !== keepId && valueOf(record, field) !== null)
  return other?.id ?? keepId
}

/** The record each differing field's value comes from: the user's pick, else the default. */
export function chosenSources(
  records: readonly MergeRecord[],
  keepId: number,
  picks: MergePicks,
): Partial<Record<MergeField, number>> {
  const ids = new Set(records.map((record) => record.id))
  const sources: Partial<Record<MergeField, number>> = {}
  for (const field of differingFields(records)) {
    const picked = picks[field]
    sources[field] =
      picked !== undefined && ids.has(picked) ? picked : defaultSource(records, keepId, field)
  }
  return sources
}

/**
 * The customers.merge input: the kept record, every other record to merge into it,
 * and for each field that differs the record whose value survives.
 */
export function mergeRequest(
  records: readonly MergeRecord[],
  keepId: number,
  picks: MergePicks,
): CustomerMergeInput {
  return {
    keepId,
    mergeIds: records.filter((record) => record.id !== keepId).map((record) => record.id),
    fields: chosenSources(records, keepId, picks),
  }
}

/** The ids to merge from ?ids=3,7 (at most 21: one kept and the contract's 20 merged). */
export function parseMergeIds(raw: string | null): number[] {
  const ids = (raw ?? '')
    .split(',')
    .filter((part) => /^\d+$/.test(part))
    .map(Number)
    .filter((id) => Number.isSafeInteger(id) && id > 0)
  return [...new Set(ids)].slice(0, 21)
}

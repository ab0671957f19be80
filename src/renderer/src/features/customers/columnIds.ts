/**
 * Which columns the customer list shows. A column is named by an id: a built-in
 * one ('code', 'phone', …) or `custom.<key>` for a custom field. The chosen set
 * lives in the URL (?cols=code,name,custom.cf2) and in saved views; no `cols`
 * means the default set, so an untouched list keeps a clean address.
 */
export const BUILTIN_COLUMNS = [
  'code',
  'name',
  'grade',
  'stage',
  'owner',
  'region',
  'phone',
  'email',
  'wechat',
  'industry',
  'source',
  'campaign',
  'tags',
  'nextFollowUpDate',
  'lastActivityAt',
  'createdAt',
  'updatedAt',
] as const

export const DEFAULT_COLUMNS: readonly string[] = [
  'code',
  'name',
  'grade',
  'stage',
  'owner',
  'region',
  'phone',
  'tags',
  'updatedAt',
]

/** Always shown: a row without its name means nothing. */
export const FIXED_COLUMNS: readonly string[] = ['name']

export const COLUMN_ID = /^(?:[A-Za-z]{1,40}|custom\.[A-Za-z0-9_]{1,60})$/

export const CUSTOM_COLUMN_PREFIX = 'custom.'

export function customColumnId(key: string): string {
  return `${CUSTOM_COLUMN_PREFIX}${key}`
}

/** The ids to show, from the URL's list (null = the defaults). */
export function shownColumns(columns: readonly string[] | null): Set<string> {
  return new Set([...FIXED_COLUMNS, ...(columns ?? DEFAULT_COLUMNS)])
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id))
}

/**
 * Shows or hides one column. `allIds` is every column the chooser offers, in table
 * order; the result follows that order, and is null when it equals the default set.
 */
export function setColumnShown(
  columns: readonly string[] | null,
  id: string,
  shown: boolean,
  allIds: readonly string[],
): string[] | null {
  if (FIXED_COLUMNS.includes(id)) return columns === null ? null : [...columns]
  const next = shownColumns(columns)
  if (shown) next.add(id)
  else next.delete(id)
  if (sameSet(next, shownColumns(null))) return null
  const ordered = allIds.filter((candidate) => next.has(candidate))
  // Ids the chooser does not offer right now (a deactivated custom field) stay chosen.
  const kept = [...next].filter((candidate) => !allIds.includes(candidate))
  return [...ordered, ...kept]
}

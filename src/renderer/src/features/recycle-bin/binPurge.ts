import { api } from '../../lib/api'

/** The most customers.list returns in one page. */
export const BIN_PAGE_SIZE = 500
/** The most ids customers.bulkPurge takes in one call (the contract's limit). */
export const PURGE_CHUNK = 10_000

/**
 * Every id in the recycle bin, read a page of 500 at a time, latest deleted first (the
 * core orders ties by id, so pages do not overlap while nothing else changes the bin).
 */
export async function allBinIds(): Promise<number[]> {
  const ids = new Set<number>()
  for (let page = 1; ; page += 1) {
    const { rows, total } = await api.call('customers.list', {
      filter: { deleted: true },
      sort: { field: 'deletedAt', dir: 'desc' },
      page,
      pageSize: BIN_PAGE_SIZE,
    })
    for (const row of rows) ids.add(row.id)
    if (rows.length < BIN_PAGE_SIZE || page * BIN_PAGE_SIZE >= total) return [...ids]
  }
}

/** Deletes for good, at most 10,000 ids a call; resolves to how many the core purged. */
export async function purgeInChunks(ids: readonly number[]): Promise<number> {
  let purged = 0
  for (let start = 0; start < ids.length; start += PURGE_CHUNK) {
    const chunk = ids.slice(start, start + PURGE_CHUNK)
    purged += (await api.call('customers.bulkPurge', { ids: chunk })).purged
  }
  return purged
}

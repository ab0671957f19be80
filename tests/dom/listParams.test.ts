import { describe, expect, it } from 'vitest'
import {
  clearFilter,
  nextSort,
  parseListParams,
  patchListParams,
  toListInput,
  writeListParams,
} from '../../src/renderer/src/features/customers/listParams'

const parse = (search: string) => parseListParams(new URLSearchParams(search))

describe('customer list state in the URL', () => {
  it('reads filters, sort and page, ignoring values the contract does not know', () => {
    const params = parse(
      'q=北京&stage=lead&grade=Z&owner=3&sort=name&dir=desc&page=4&custom.cf2=VIP&custom.bad%20key=x&cols=code,name,custom.cf2,no%20such',
    )
    expect(params).toEqual({
      q: '北京',
      stage: 'lead',
      grade: null,
      ownerId: 3,
      campaignId: null,
      custom: { cf2: 'VIP' },
      columns: ['code', 'name', 'custom.cf2'],
      sort: { field: 'name', dir: 'desc' },
      page: 4,
    })
    expect(parse('sort=password&page=-2').sort).toBeNull()
    expect(parse('page=abc').page).toBe(1)
  })

  it('writes back only what is set and keeps unrelated params such as the open form', () => {
    const written = writeListParams(new URLSearchParams('customer=12&stage=lead'), {
      ...parse(''),
      grade: 'A',
      page: 2,
    })
    expect(written.toString()).toBe('customer=12&grade=A&page=2')
  })

  it('goes back to page 1 when a filter changes, but not when paging', () => {
    const onPage3 = parse('stage=lead&page=3')
    expect(patchListParams(onPage3, { grade: 'B' }).page).toBe(1)
    expect(patchListParams(onPage3, { page: 5 }).page).toBe(5)
    expect(clearFilter(onPage3, 'stage')).toMatchObject({ stage: null, page: 1 })
  })

  it('builds the customers.list input with page size 50, custom filters and the recycle-bin flag', () => {
    expect(toListInput(parse('q=bjzs&owner=2&page=2&custom.cf1=华东'), { deleted: true })).toEqual({
      q: 'bjzs',
      filter: { ownerId: 2, custom: { cf1: '华东' }, deleted: true },
      page: 2,
      pageSize: 50,
    })
  })

  it('writes custom filters and columns, and a removed custom chip clears only that filter', () => {
    const params = parse('custom.cf1=华东&custom.cf2=VIP&cols=code,name')
    const cleared = clearFilter(params, 'custom.cf1')
    expect(cleared.custom).toEqual({ cf2: 'VIP' })
    const written = writeListParams(new URLSearchParams('custom.cf1=华东&customer=3'), cleared)
    expect(written.get('custom.cf1')).toBeNull()
    expect(written.get('custom.cf2')).toBe('VIP')
    expect(written.get('cols')).toBe('code,name')
    expect(written.get('customer')).toBe('3')
  })

  it('cycles a header: ascending, descending, then the default order', () => {
    const first = nextSort(parse(''), 'name')
    expect(first).toEqual({ field: 'name', dir: 'asc' })
    const second = nextSort(parse('sort=name&dir=asc'), 'name')
    expect(second).toEqual({ field: 'name', dir: 'desc' })
    expect(nextSort(parse('sort=name&dir=desc'), 'name')).toBeNull()
    // updatedAt is the default (newest first), so its first click flips it.
    expect(nextSort(parse(''), 'updatedAt')).toEqual({ field: 'updatedAt', dir: 'asc' })
  })
})

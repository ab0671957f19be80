import { describe, expect, it } from 'vitest'
import { parseListParams } from '../../src/renderer/src/features/customers/listParams'
import {
  fromViewState,
  isCurrentView,
  toViewState,
} from '../../src/renderer/src/features/customers/viewState'

const parse = (search: string) => parseListParams(new URLSearchParams(search))

describe('saved view state', () => {
  it('keeps filters, columns and sort, not the page, and comes back the same', () => {
    const params = parse(
      'q=北京&grade=A&custom.cf2=VIP&custom.cf1=华东&cols=code,name&sort=name&dir=desc&page=3',
    )
    const state = toViewState(params)
    expect(state).toEqual({
      q: '北京',
      stage: null,
      grade: 'A',
      ownerId: null,
      custom: { cf1: '华东', cf2: 'VIP' },
      columns: ['code', 'name'],
      sort: { field: 'name', dir: 'desc' },
    })
    expect(fromViewState(state)).toEqual({ ...params, page: 1 })
    expect(isCurrentView(state, params)).toBe(true)
    expect(isCurrentView(state, { ...params, grade: 'B' })).toBe(false)
  })

  it('reads a damaged or foreign state without trusting it', () => {
    expect(
      fromViewState({
        stage: 'nope',
        ownerId: '3',
        columns: 'code',
        sort: { field: 'x' },
        custom: [],
      }),
    ).toEqual(parse(''))
  })
})

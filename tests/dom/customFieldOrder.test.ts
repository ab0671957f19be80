import { describe, expect, it } from 'vitest'
import { moveField } from '../../src/renderer/src/features/settings/customFieldOrder'

describe('custom field order', () => {
  it('swaps a field with its neighbour and sends only the positions that change', () => {
    const fields = [
      { id: 4, position: 0 },
      { id: 9, position: 1 },
      { id: 2, position: 2 },
    ]
    expect(moveField(fields, 2, -1)).toEqual([
      { id: 2, position: 1 },
      { id: 9, position: 2 },
    ])
    expect(moveField(fields, 4, -1)).toEqual([])
    expect(moveField(fields, 2, 1)).toEqual([])
  })

  it('renumbers positions shared across entities (the core numbers them globally)', () => {
    const fields = [
      { id: 1, position: 0 },
      { id: 5, position: 4 },
      { id: 7, position: 6 },
    ]
    expect(moveField(fields, 1, 1)).toEqual([
      { id: 5, position: 0 },
      { id: 1, position: 1 },
      { id: 7, position: 2 },
    ])
  })
})

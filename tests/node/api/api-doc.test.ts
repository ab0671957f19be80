import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { METHOD_NAMES } from '../../../src/shared/api'

describe('docs/API.md', () => {
  it('names every method of the contract, and none it does not have', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/API.md'), 'utf8')
    const index = doc.slice(doc.indexOf('## Methods'))
    const named = new Set([...index.matchAll(/`([a-zA-Z]+\.[a-zA-Z]+)`/g)].map((m) => m[1]!))
    expect(METHOD_NAMES.filter((m) => !named.has(m))).toEqual([])
    const known = new Set<string>(METHOD_NAMES)
    expect([...named].filter((m) => !known.has(m))).toEqual([])
  })
})

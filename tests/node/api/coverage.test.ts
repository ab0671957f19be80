import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { METHOD_NAMES } from '../../../src/shared/api'

const TESTS = join(__dirname, '../..')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(ts|tsx)$/.test(name) && path !== __filename ? [path] : []
  })
}

describe('the contract is exercised', () => {
  it('every method is called by name in some test', () => {
    const named = new Set<string>()
    for (const file of sources(TESTS))
      for (const match of readFileSync(file, 'utf8').matchAll(/'([a-zA-Z]+\.[a-zA-Z]+)'/g))
        named.add(match[1]!)
    expect(METHOD_NAMES.filter((m) => !named.has(m))).toEqual([])
  })
})

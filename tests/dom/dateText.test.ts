import { describe, expect, it } from 'vitest'
import { normalizeDateText } from '../../src/renderer/src/lib/dateText'

describe('normalizeDateText', () => {
  it.each([
    ['2026-11-23', '2026-11-23'],
    ['2026/1/5', '2026-01-05'],
    ['2026.01.05', '2026-01-05'],
    ['20260105', '2026-01-05'],
    ['2026年1月5日', '2026-01-05'],
    ['２０２６-０１-０５', '2026-01-05'],
    [' 1985-3-7 ', '1985-03-07'],
  ])('reads %s as %s', (text, expected) => {
    expect(normalizeDateText(text)).toBe(expected)
  })

  it.each(['2026-02-30', '2026-13-01', '23/11/2026', 'tomorrow', ''])('rejects %s', (text) => {
    expect(normalizeDateText(text)).toBeNull()
  })
})

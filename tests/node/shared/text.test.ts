import { describe, expect, it } from 'vitest'
import { formatCents, parseYuan } from '../../../src/shared/money'
import { phoneDigits } from '../../../src/shared/text'

describe('phone digits', () => {
  it.each([
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['0086-13800138000', '13800138000'],
    ['８６１３８００１３８０００', '13800138000'],
    ['+86 １３８-0013-8000', '13800138000'],
    ['0571-8888 1234', '057188881234'],
    ['+86 571 8888 1234', '057188881234'],
    ['+86 (0571) 8888-1234', '057188881234'],
    ['138-0013-8000，010 6552 1234', '13800138000 01065521234'],
    ['无', null],
    ['', null],
  ])('%s → %s', (text, digits) => {
    expect(phoneDigits(text)).toBe(digits)
  })
})

describe('money', () => {
  it('formats cents with ¥, separators and a sign, without floats', () => {
    expect(formatCents(123456789)).toBe('¥1,234,567.89')
    expect(formatCents(-5)).toBe('-¥0.05')
    expect(formatCents(0)).toBe('¥0.00')
  })

  it('parses what people type into exact cents', () => {
    expect(parseYuan('1,234.56')).toBe(123456)
    expect(parseYuan('¥0.1')).toBe(10)
    expect(parseYuan('４.３５')).toBe(435)
    expect(parseYuan('-3.07')).toBe(-307)
    expect(parseYuan('1.005')).toBeNull()
    expect(parseYuan('abc')).toBeNull()
  })
})

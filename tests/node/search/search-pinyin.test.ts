import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  computePinyinKeys,
  nameSortKey,
  pinyinEntries,
  pinyinKeys,
  pinyinProKeys,
  primePinyin,
} from '../../../src/main/core/pinyin'

/**
 * The search index's pinyin comes from one pinyin-pro pass with tones, stripped here, and
 * the initials are read off the same syllables (computePinyinKeys). Both must be what
 * pinyin-pro's own `toneType: 'none'` and `pattern: 'first'` give, on names of every
 * script people type into a customer list.
 */
const PIECES = [
  // Polyphones whose reading depends on the word: the segmentation must be the same.
  '重庆',
  '重要',
  '银行',
  '行业',
  '长城',
  '长大',
  '乐天',
  '音乐',
  '都市',
  '首都',
  '单于',
  '曾经',
  '朝阳',
  '还是',
  '调度',
  '一不',
  '有限公司',
  '（北京）',
  '贸易',
  '科技',
  // Latin, digits, full-width, punctuation, spaces, a name with ü.
  'Apple',
  '3M',
  'ABC厂',
  'ａｂｃ１２３',
  '，',
  '、',
  ' ',
  ' · ',
  '(ltd)',
  '吕',
  '绿',
  'lv',
  'ü',
  'Ü',
  'Café',
  'Zoë',
  'e\u0301',
  'ê',
  '欸',
  '哼',
  '噷',
  '嘸',
  '女',
  '略',
  '虐',
  // Single characters: rare, astral (CJK Extension B), interjections, kana, emoji.
  '𠀋',
  '𪚥',
  '〇',
  '々',
  'ー',
  'カ',
  '😀',
  '啊',
  '呒',
  '嗯',
  '王',
  '张',
] as const

describe('pinyin keys', () => {
  it('full pinyin and initials equal pinyin-pro\'s (tone "none", pattern "first") for any mix of scripts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.join('')
        expect(computePinyinKeys(text)).toEqual(pinyinProKeys(text))
      }),
      { numRuns: 2000 },
    )
  })

  it("equal pinyin-pro's on arbitrary unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (text) => {
        expect(computePinyinKeys(text)).toEqual(pinyinProKeys(text))
      }),
      { numRuns: 1000 },
    )
  })

  it('reads words, not characters, and keeps other text', () => {
    expect(pinyinKeys('重庆银行')).toEqual({ full: 'chongqingyinhang', initials: 'cqyh' })
    expect(pinyinKeys('3M中国(ltd)')).toEqual({ full: '3mzhongguo(ltd)', initials: '3mzg(ltd)' })
    expect(nameSortKey('吕梁')).toBe('lvliang')
  })

  it('keys primed from a reader thread are the ones used; once forgotten, they are worked out again', () => {
    const names = ['重庆银行', '吕梁市绿化有限公司', '3M中国(ltd)']
    const entries = pinyinEntries([...names, '重庆银行', ''])
    // One entry per distinct name, none for an empty cell, each what pinyin-pro gives.
    expect(entries.map(([text]) => text)).toEqual(names)
    for (const [text, full, initials] of entries)
      expect({ full, initials }).toEqual(pinyinProKeys(text))
    // A primed name is not converted again: whatever was primed is what it reads.
    primePinyin([['预置客户甲', 'primed', 'p']])
    expect(pinyinKeys('预置客户甲')).toEqual({ full: 'primed', initials: 'p' })
    expect(nameSortKey('预置客户甲')).toBe('primed')
    // More names than are remembered: the primed one is forgotten and converted as usual.
    for (let i = 0; i < 6_000; i++) pinyinKeys(`客户${i}`)
    expect(pinyinKeys('预置客户甲')).toEqual(pinyinProKeys('预置客户甲'))
  })
})

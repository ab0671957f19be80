import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  computePinyinKeys,
  firstLettersByPinyinPro,
  nameSortKey,
  pinyinKeys,
} from '../../src/main/core/services/search'

/**
 * The search index's initials come from the same pinyin-pro pass as the full pinyin
 * (computePinyinKeys reads them off the syllables). They must be what pinyin-pro's own
 * `pattern: 'first'` gives, on names of every script people type into a customer list.
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
  it('initials equal pinyin-pro pattern "first" for any mix of scripts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.join('')
        expect(computePinyinKeys(text).initials).toBe(firstLettersByPinyinPro(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('initials equal pinyin-pro on arbitrary unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (text) => {
        expect(computePinyinKeys(text).initials).toBe(firstLettersByPinyinPro(text))
      }),
      { numRuns: 1000 },
    )
  })

  it('reads words, not characters, and keeps other text', () => {
    expect(pinyinKeys('重庆银行')).toEqual({ full: 'chongqingyinhang', initials: 'cqyh' })
    expect(pinyinKeys('3M中国(ltd)')).toEqual({ full: '3mzhongguo(ltd)', initials: '3mzg(ltd)' })
    expect(nameSortKey('吕梁')).toBe('lvliang')
  })
})

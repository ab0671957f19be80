import { pinyin } from 'pinyin-pro'

/**
 * The pinyin of names: sort keys ("上海" → "shanghai") and the search index's full and
 * initial forms. Pure (pinyin-pro alone), so an import's reader thread can work names out
 * alongside the reading and hand the keys over (primePinyin): the core's thread then finds
 * them remembered instead of converting them itself.
 */

export type PinyinKeys = Readonly<{ full: string; initials: string }>

/** Recent names' pinyin: a name is converted for its sort key and again for its search text. */
const pinyinMemo = new Map<string, PinyinKeys>()
const PINYIN_MEMO_SIZE = 5000

/** Pinyin of Chinese text: full syllables joined, and initials; other characters kept. */
export function pinyinKeys(text: string): PinyinKeys {
  const known = pinyinMemo.get(text)
  if (known) return known
  const keys = Object.freeze(computePinyinKeys(text))
  if (pinyinMemo.size >= PINYIN_MEMO_SIZE) pinyinMemo.clear()
  pinyinMemo.set(text, keys)
  return keys
}

const FULL = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const

/** A syllable without its tone marks, ü as v: 'lǜ' → 'lv'. Syllables are few; kept. */
const toneless = new Map<string, string>()
function withoutTone(syllable: string): string {
  let plain = toneless.get(syllable)
  if (plain === undefined) {
    plain = syllable
      .normalize('NFD')
      .replace(/u\u0308/g, 'v')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
    toneless.set(syllable, plain)
  }
  return plain
}

/**
 * One pinyin-pro pass (word segmentation and tone removal are what cost), as it returns
 * syllables with tone marks, each run of other characters kept whole as one item. Tones
 * come off here (pinyin-pro's own `toneType: 'none'` took 3× as long), and the initials
 * are read off the same items — a syllable gives its first letter, a kept run stays as it
 * is. That is what pinyin-pro gives with `toneType: 'none'` and `pattern: 'first'`, at a
 * quarter of the cost of those two calls (a 100k import spent 3.7 s in them);
 * tests/node/search/search-pinyin.test.ts holds the two equal. Should the items not line up with
 * the text, pinyin-pro's own calls decide.
 */
export function computePinyinKeys(text: string): { full: string; initials: string } {
  const items = pinyin(text, { type: 'array', nonZh: 'consecutive' })
  let full = ''
  let initials = ''
  let at = 0
  for (const item of items) {
    if (item !== '' && text.startsWith(item, at)) {
      full += item
      initials += item
      at += item.length
    } else {
      const syllable = withoutTone(item)
      full += syllable
      initials += syllable.charAt(0)
      at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1
    }
  }
  if (at !== text.length) return pinyinProKeys(text)
  return {
    full: full.replace(/\s+/g, '').toLowerCase(),
    initials: initials.replace(/\s+/g, '').toLowerCase(),
  }
}

/** pinyin-pro's own keys, two calls: what computePinyinKeys is held equal to. */
export function pinyinProKeys(text: string): { full: string; initials: string } {
  const keys = (items: string[]) => items.join('').replace(/\s+/g, '').toLowerCase()
  return {
    full: keys(pinyin(text, FULL)),
    initials: keys(pinyin(text, { ...FULL, pattern: 'first' })),
  }
}

/** The key a name sorts by: its full pinyin, lower case ("上海" → "shanghai"). */
export function nameSortKey(name: string): string {
  return pinyinKeys(name).full
}

/** A name and its keys, as a reader thread hands them over. */
export type PinyinEntry = [text: string, full: string, initials: string]

/**
 * Keys worked out elsewhere (a reader thread), remembered as if converted here. Only ever
 * a shortcut: a name not primed, or forgotten since, is converted as before.
 */
export function primePinyin(entries: readonly PinyinEntry[]): void {
  if (pinyinMemo.size + entries.length > PINYIN_MEMO_SIZE) pinyinMemo.clear()
  for (const [text, full, initials] of entries.slice(0, PINYIN_MEMO_SIZE))
    pinyinMemo.set(text, Object.freeze({ full, initials }))
}

/** Each distinct name's entry: what a reader thread sends with a batch of rows. */
export function pinyinEntries(texts: Iterable<string>): PinyinEntry[] {
  const entries = new Map<string, PinyinEntry>()
  for (const text of texts) {
    if (text === '' || entries.has(text)) continue
    const { full, initials } = pinyinKeys(text)
    entries.set(text, [text, full, initials])
  }
  return [...entries.values()]
}

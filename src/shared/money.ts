/**
 * Money is integer 分 (cents) everywhere. Display and parsing happen only at the edges.
 * A `Cents` is a branded number so a float yuan value cannot be passed by mistake.
 */
export type Cents = number & { readonly __brand: 'Cents' }

export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer number of cents: ${value}`)
  return value as Cents
}

/** ¥1,234.56 (negative as -¥1,234.56). Pure integer arithmetic: no float rounding. */
export function formatCents(value: number, symbol = '¥'): string {
  const negative = value < 0
  const abs = Math.abs(value)
  const yuan = Math.floor(abs / 100)
  const fen = abs % 100
  const grouped = yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${negative ? '-' : ''}${symbol}${grouped}.${fen.toString().padStart(2, '0')}`
}

/** 12,345.6 万 style for summaries where a Chinese reader expects 万元. */
export function formatWan(value: number): string {
  const wan = value / 1_000_000
  return `${wan.toFixed(2)}万`
}

/**
 * Parses what a person types ("1,234.5", "¥12", "-3.07", "１２３") into cents, or null.
 * Works on the decimal string, never through a float multiply.
 */
export function parseYuan(text: string): Cents | null {
  const normalised = text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[¥￥,，\s]/g, '')
    .replace('．', '.')
  const match = /^(-)?(\d+)(?:\.(\d{0,2}))?$/.exec(normalised)
  if (!match) return null
  const [, sign, whole = '0', frac = ''] = match
  const value = Number(whole) * 100 + Number(frac.padEnd(2, '0'))
  if (!Number.isSafeInteger(value)) return null
  return cents(sign ? -value : value)
}

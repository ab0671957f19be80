/** Text normalisation shared by the core (matching) and the renderer (display hints). */

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/

/** Full-width digits and letters (１２３, ＡＢ) to ASCII. */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
}

/**
 * The digits of each phone number in a field, for matching; shown values stay as entered.
 * "+86 138-0013-8000，010 6552 1234" → "13800138000 01065521234". The country code goes;
 * a landline written internationally gets its trunk 0 back ("+86 571 8888 1234" →
 * "057188881234"), so both spellings of one number match.
 */
export function phoneDigits(text: string | null | undefined): string | null {
  if (!text) return null
  const numbers = toHalfWidth(text)
    .split(/[,;/、，；|]+/)
    .map((part) => {
      const international = /^\s*(?:\+|00)\s*86/.test(part)
      const digits = part
        .replace(/^\s*(?:\+|00)\s*86/, '')
        .replace(/\D/g, '')
        .replace(/^86(1\d{10})$/, '$1')
      return international && !/^[01]/.test(digits) ? `0${digits}` : digits
    })
    .filter((digits) => digits.length >= 3)
  return numbers.length > 0 ? numbers.join(' ') : null
}

/**
 * The renderer is served from app://kehu/ (a privileged standard scheme, see protocol.ts)
 * rather than file://, so it has a real origin: the CSP's 'self', relative URLs and the
 * IPC sender check all rest on it. No electron import: the IPC host and tests use it too.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'kehu'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/** True when `url` is a page of our own renderer. Compares parts, since Node gives custom schemes the origin "null". */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      !parsed.username &&
      !parsed.password
    )
  } catch {
    return false
  }
}

const PHONE = /^\+?[0-9][0-9 ()-]{2,30}$/
const MAILBOX = /^[^\s@/?#:]+@[^\s@/?#:]+\.[^\s@/?#:]+$/

function decoded(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return ''
  }
}

/**
 * The only URLs shell.openExternal is given (Electron security checklist #15): a web page
 * (http/https, with a host and no credentials), an email address (mailto:) or a phone
 * number (tel:), each parsed and checked. file:, javascript:, custom schemes, UNC paths
 * and anything unparsable are dropped.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  switch (parsed.protocol) {
    case 'https:':
    case 'http:':
      return parsed.hostname !== '' && !parsed.username && !parsed.password
    case 'mailto:':
      return MAILBOX.test(decoded(parsed.pathname))
    case 'tel:':
      return PHONE.test(decoded(parsed.pathname))
    default:
      return false
  }
}

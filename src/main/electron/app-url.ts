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

/** Links the user may follow in their own browser. Anything else (file:, javascript:, custom) is dropped. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}

import { protocol } from 'electron'
import { readFile, stat } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../hosts/http'
import { APP_HOST, APP_SCHEME } from './app-url'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

/**
 * Must run before app 'ready'. standard: relative URLs and a real origin; secure: treated
 * like https (no mixed-content downgrades); supportFetchAPI: the page may fetch its own assets.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

/**
 * Serves the built renderer for app://kehu/… . Independent of Electron (a Request in,
 * a Response out) so the traversal guard is tested under plain Node.
 */
export function createAppRequestHandler(
  rendererDir: string,
): (request: Request) => Promise<Response> {
  const root = resolve(rendererDir)
  return async (request) => {
    const url = new URL(request.url)
    if (url.host !== APP_HOST) return plain(404, 'Not found')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return plain(400, 'Bad request')
    }
    // URL parsing already folds "..", but "%2e%2e%2f" or "..%5c" only appear after decoding.
    const file = resolve(root, `.${pathname}`)
    const inside = relative(root, file)
    if (pathname.includes('\0') || inside.startsWith('..') || isAbsolute(inside))
      return plain(404, 'Not found')

    let target = file
    if (!(await isFile(target))) {
      // Client-side routes (no extension) get the app's page; a missing asset is a real 404.
      if (extname(pathname) && extname(pathname) !== '.html') return plain(404, 'Not found')
      target = join(root, 'index.html')
      if (!(await isFile(target)))
        return plain(503, 'The renderer is not built. Run `npm run build` first.')
    }
    const type = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream'
    const headers: Record<string, string> = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
    }
    if (type.startsWith('text/html')) {
      headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY
      headers['Cache-Control'] = 'no-store'
    }
    return new Response(new Uint8Array(await readFile(target)), { status: 200, headers })
  }
}

/** Must run after app 'ready', on the default session the window uses. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir))
}

import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { HOST_ONLY_METHODS, HTTP_STATUS, type JobEvent, type Result } from '../../shared/api'
import type { Api } from '../core/api'

export interface HttpHostOptions {
  api: Api
  /** Built renderer (index.html and assets); GET / serves it. */
  rendererDir: string
  port?: number
  token?: string
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number
}

export interface HttpHost {
  server: Server
  port: number
  token: string
  url: string
  /** Sends a job event to every open /api/events stream. */
  broadcast(event: JobEvent): void
  close(): Promise<void>
}

/** Files cross the API as base64 inside JSON: leave room for a large workbook. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024 * 1024

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** The page may talk only to its own origin; no remote content, no eval. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  res.end(text)
}

function refusal(res: ServerResponse, status: number, key: string, message: string): void {
  const code =
    status === 404 ? 'NOT_FOUND' : status === 400 || status === 413 ? 'VALIDATION' : 'INTERNAL'
  sendJson(res, status, { ok: false, error: { code, key, message } } satisfies Result<never>)
}

function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

class BodyTooLarge extends Error {}

/** decodeURIComponent throws on a malformed escape (`/%ff`); an uncaught throw would end the host. */
function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

function badPath(res: ServerResponse): void {
  refusal(res, 400, 'errors.badPath', 'The address is not valid')
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > limit) {
      reject(new BodyTooLarge())
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        // Stop buffering; the caller answers 413 and then closes the connection.
        req.removeAllListeners('data')
        reject(new BodyTooLarge())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolveBody(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/**
 * The loopback host of API.md "Transports": 127.0.0.1 only, a bearer token on
 * every /api call, and a Host-header check against DNS rebinding.
 */
export function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const rendererDir = resolve(options.rendererDir)
  const streams = new Set<ServerResponse>()
  let port = 0

  function hostAllowed(req: IncomingMessage): boolean {
    const host = req.headers.host
    return host === `127.0.0.1:${port}` || host === `localhost:${port}`
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    const decoded = decodePath(pathname)
    if (decoded === null) {
      badPath(res)
      return
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '')
    let file = join(rendererDir, relative)
    if (!file.startsWith(rendererDir + sep) && file !== rendererDir) {
      refusal(res, 404, 'errors.notFound', 'Not found')
      return
    }
    // Client-side routes (and /) fall back to the app's page.
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(rendererDir, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('The renderer is not built. Run `npm run build` first.')
      return
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'
    const headers: Record<string, string> = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    }
    if (type.startsWith('text/html')) {
      headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY
      headers['Cache-Control'] = 'no-store'
    } else {
      headers['Cache-Control'] = 'public, max-age=31536000, immutable'
    }
    res.writeHead(200, headers)
    createReadStream(file).pipe(res)
  }

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
  ): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST')
      refusal(res, 405, 'errors.methodNotAllowed', 'Use POST')
      return
    }
    // No path input over HTTP (API.md): a backup folder is named on the command line instead.
    if (HOST_ONLY_METHODS.includes(method)) {
      refusal(
        res,
        403,
        'errors.hostOnly',
        'This method takes a file path and is not served over HTTP',
      )
      return
    }
    let body: Buffer
    try {
      body = await readBody(req, limit)
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close')
        res.on('finish', () => req.destroy())
        refusal(res, 413, 'errors.bodyTooLarge', `The request is larger than ${limit} bytes`)
        return
      }
      throw error
    }
    let input: unknown
    try {
      input = body.length === 0 ? undefined : (JSON.parse(body.toString('utf8')) as unknown)
    } catch {
      refusal(res, 400, 'errors.badJson', 'The request body is not valid JSON')
      return
    }
    // dispatchAsync: job methods (imports, exports) answer when done, and a cancel gets in meanwhile.
    const result = await options.api.dispatchAsync(method, input)
    sendJson(res, result.ok ? 200 : HTTP_STATUS[result.error.code], result)
  }

  function openEvents(res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    res.write(': connected\n\n')
    streams.add(res)
    res.on('close', () => streams.delete(res))
  }

  const server = createServer((req, res) => {
    try {
      route(req, res)
    } catch (error) {
      // Whatever a request holds, the host answers and carries on (a running import is not lost).
      console.error(error)
      if (!res.headersSent) refusal(res, 500, 'errors.internal', 'Internal error')
      else res.destroy()
    }
  })

  function route(req: IncomingMessage, res: ServerResponse): void {
    if (!hostAllowed(req)) {
      refusal(res, 403, 'errors.forbiddenHost', 'This address is not allowed')
      return
    }
    let url: URL
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    } catch {
      badPath(res)
      return
    }
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        refusal(res, 405, 'errors.methodNotAllowed', 'Method not allowed')
        return
      }
      serveStatic(url.pathname, res)
      return
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    // EventSource cannot send headers, so the event stream also takes ?token=.
    const given =
      url.pathname === '/api/events' ? (bearer ?? url.searchParams.get('token')) : bearer
    if (!tokenMatches(token, given)) {
      refusal(res, 401, 'errors.unauthorized', 'Missing or wrong token')
      return
    }
    if (url.pathname === '/api/events') {
      openEvents(res)
      return
    }
    const method = decodePath(url.pathname.slice('/api/'.length))
    if (method === null) {
      badPath(res)
      return
    }
    handleApi(req, res, method).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) refusal(res, 500, 'errors.internal', 'Internal error')
    })
  }

  return new Promise((resolveHost, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port
      resolveHost({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        broadcast(event) {
          const frame = `event: job\ndata: ${JSON.stringify(event)}\n\n`
          for (const stream of streams) stream.write(frame)
        },
        close() {
          for (const stream of streams) stream.end()
          return new Promise((done) => {
            server.close(() => done())
            server.closeAllConnections()
          })
        },
      })
    })
  })
}

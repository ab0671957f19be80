import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { connect } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startHttpHost, type HttpHost } from '../../../src/main/hosts/http'
import { bigSheet, file } from '../excel/helpers'
import { openTestCore, snapshotDatabase, tempDir, type TestCore } from '../helpers'

interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A request with full control of headers (fetch will not let a test forge Host). */
function raw(
  port: number,
  options: {
    method?: string
    path: string
    headers?: Record<string, string>
    body?: string | Buffer
  },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    req.on('error', reject)
    if (options.body) req.write(options.body)
    req.end()
  })
}

let host: HttpHost | undefined
let core: TestCore | undefined
afterEach(async () => {
  await host?.close()
  core?.close()
  host = undefined
  core = undefined
})

async function start(maxBodyBytes?: number) {
  core = openTestCore()
  const rendererDir = join(tempDir(), 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Kehu</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  host = await startHttpHost({ api: core.api, rendererDir, token: 'secret', maxBodyBytes })
  return { host, core, auth: { Authorization: 'Bearer secret', Host: `127.0.0.1:${host.port}` } }
}

describe('the loopback HTTP host', () => {
  it('listens on 127.0.0.1 and prints a URL with the token', async () => {
    const { host } = await start()
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=secret`)
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' })
  })

  it('refuses API calls without the token or with a wrong one (401)', async () => {
    const { host } = await start()
    const host_ = `127.0.0.1:${host.port}`
    const none = await raw(host.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { Host: host_ },
    })
    const wrong = await raw(host.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { Host: host_, Authorization: 'Bearer nope' },
    })
    const right = await raw(host.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { Host: host_, Authorization: 'Bearer secret' },
    })
    expect([none.status, wrong.status, right.status]).toEqual([401, 401, 200])
    expect(JSON.parse(none.body)).toMatchObject({
      ok: false,
      error: { key: 'errors.unauthorized' },
    })
  })

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    const { host } = await start()
    const evil = await raw(host.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { Host: `evil.example:${host.port}`, Authorization: 'Bearer secret' },
    })
    const page = await raw(host.port, { path: '/', headers: { Host: 'evil.example' } })
    const localhost = await raw(host.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { Host: `localhost:${host.port}`, Authorization: 'Bearer secret' },
    })
    expect([evil.status, page.status, localhost.status]).toEqual([403, 403, 200])
  })

  it('refuses a body over the limit (413) and changes nothing', async () => {
    const { host, core, auth } = await start(1024)
    const before = snapshotDatabase(core.dataDir)
    const response = await raw(host.port, {
      method: 'POST',
      path: '/api/customers.create',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: '大客户', notes: 'x'.repeat(5000) }),
    })
    expect(response.status).toBe(413)
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { key: 'errors.bodyTooLarge' },
    })
    expect(snapshotDatabase(core.dataDir)).toBe(before)
  })

  it('takes no file path from a caller: backups.setFolder is refused (403) and nothing changes', async () => {
    const { host, core, auth } = await start()
    const response = await raw(host.port, {
      method: 'POST',
      path: '/api/backups.setFolder',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ dir: tempDir() }),
    })
    expect(response.status).toBe(403)
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { key: 'errors.hostOnly' },
    })
    expect(core.ok('backups.config', {}).isDefault).toBe(true)
  })

  it('answers malformed JSON with VALIDATION (400) and GET on a method with 405', async () => {
    const { host, auth } = await start()
    const bad = await raw(host.port, {
      method: 'POST',
      path: '/api/customers.create',
      headers: auth,
      body: '{"name": ',
    })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', key: 'errors.badJson' },
    })
    const get = await raw(host.port, { path: '/api/app.info', headers: auth })
    expect(get.status).toBe(405)
  })

  it('serves the renderer with a CSP, falls back to index.html and never leaves its folder', async () => {
    const { host } = await start()
    const headers = { Host: `127.0.0.1:${host.port}` }
    const page = await raw(host.port, { path: '/?token=secret', headers })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Kehu</title>')
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'")
    const asset = await raw(host.port, { path: '/assets/app.js', headers })
    expect(asset.headers['content-type']).toMatch(/javascript/)
    const traversal = await raw(host.port, { path: '/..%2f..%2f..%2fetc%2fpasswd', headers })
    expect(traversal.body).not.toContain('root:')
    expect(traversal.body).toContain('<title>Kehu</title>')
  })

  it('streams job events over SSE to a client with the token', async () => {
    const { host } = await start()
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/events?token=secret',
          headers: { Host: `127.0.0.1:${host.port}` },
        },
        (res) => {
          expect(res.headers['content-type']).toBe('text/event-stream')
          let text = ''
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8')
            if (text.includes('\n\n') && !text.includes('"job"')) {
              host.broadcast({ job: 'import-1', done: 5, total: 10, phase: 'rows' })
            }
            if (text.includes('"job"')) {
              resolve(text)
              req.destroy()
            }
          })
        },
      )
      req.on('error', reject)
      req.end()
    })
    expect(await received).toContain('data: {"job":"import-1","done":5,"total":10,"phase":"rows"}')
    const refused = await raw(host.port, {
      path: '/api/events?token=wrong',
      headers: { Host: `127.0.0.1:${host.port}` },
    })
    expect(refused.status).toBe(401)
  })
})

/** Bytes written straight to the socket, for requests no HTTP client would form. */
function rawSocket(port: number, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes))
    const chunks: Buffer[] = []
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')))
    socket.on('error', () => resolve(Buffer.concat(chunks).toString('latin1')))
  })
}

describe('the host under malformed requests', () => {
  it('answers every one (400 for a bad escape) and an import running meanwhile commits', async () => {
    const { host, core, auth } = await start()
    const hostHeader = `127.0.0.1:${host.port}`
    const sheet = await bigSheet(2000)
    const importing = raw(host.port, {
      method: 'POST',
      path: '/api/imports.commit',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        entity: 'customers',
        file: file('big.xlsx', sheet),
        onDuplicate: 'skip',
      }),
    })

    const badPaths = ['/%ff', '/%', '/%E0%A4%A', '/assets/%zz.js', '/api/%ff', '/api/%']
    for (const path of badPaths) {
      for (const method of ['GET', 'HEAD', 'POST']) {
        const answer = await raw(host.port, { method, path, headers: auth })
        // The page's files take GET and HEAD only: a POST there is refused before the path is read.
        const expected = method === 'POST' && !path.startsWith('/api/') ? 405 : 400
        expect([path, method, answer.status]).toEqual([path, method, expected])
        if (expected === 400 && method !== 'HEAD')
          expect(JSON.parse(answer.body)).toMatchObject({
            ok: false,
            error: { code: 'VALIDATION', key: 'errors.badPath' },
          })
      }
    }
    // A NUL decodes fine: it names no file, so the page is served, as for any client route.
    const nul = await raw(host.port, { path: '/%00', headers: auth })
    expect(nul.status).toBe(200)
    // Without the token too: any page the owner opens could send these.
    const noToken = await raw(host.port, { path: '/%ff', headers: { Host: hostHeader } })
    expect(noToken.status).toBe(400)

    const odd = [
      `BREW / HTTP/1.1\r\nHost: ${hostHeader}\r\n\r\n`,
      `GET http://[::1 HTTP/1.1\r\nHost: ${hostHeader}\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: ${hostHeader}\r\nBad Header\r\n\r\n`,
      `POST /api/app.info HTTP/1.1\r\nHost: ${hostHeader}\r\nAuthorization: Bearer secret\r\nContent-Length: 100\r\n\r\n{"a":`,
      `POST /api/app.info HTTP/1.1\r\nHost: ${hostHeader}\r\nContent-Length: -5\r\n\r\n`,
      'garbage\r\n\r\n',
    ]
    for (const bytes of odd) await rawSocket(host.port, bytes)

    const summary = JSON.parse((await importing).body) as {
      ok: boolean
      value: { created: number }
    }
    expect(summary).toMatchObject({ ok: true, value: { created: 2000 } })
    const after = await raw(host.port, { method: 'POST', path: '/api/app.info', headers: auth })
    expect(after.status).toBe(200)
    expect(core.ok('customers.list', {}).total).toBe(2000)
  })
})

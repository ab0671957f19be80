import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/hosts/http'
import {
  createAppRequestHandler,
  handleAppProtocol,
  registerAppScheme,
} from '../../../src/main/electron/protocol'
import { tempDir } from '../helpers'
import { protocol, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

/** A built renderer next to a file it must never serve. */
function renderer() {
  const root = tempDir()
  const dir = join(root, 'renderer')
  mkdirSync(join(dir, 'assets'), { recursive: true })
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Kehu</title>')
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(dir, 'assets', 'style.css'), 'body{}')
  writeFileSync(join(root, 'secret.txt'), 'customer list')
  return { handler: createAppRequestHandler(dir), dir }
}

function get(handler: (request: Request) => Promise<Response>, url: string) {
  // Only `url` is read; Electron passes a full Request.
  return handler({ url } as Request)
}

beforeEach(() => resetFakeElectron())

describe('the app:// protocol', () => {
  it('registers app as a privileged standard, secure scheme (before ready)', () => {
    registerAppScheme()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }) as unknown,
      },
    ])
  })

  it('handles the app scheme with the request handler', () => {
    handleAppProtocol(tempDir())
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('serves index.html with the same CSP as the browser-mode host', async () => {
    const { handler } = renderer()
    const response = await get(handler, 'app://kehu/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toContain('<title>Kehu</title>')
  })

  it('serves assets with their content types', async () => {
    const { handler } = renderer()
    const script = await get(handler, 'app://kehu/assets/app.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log(1)')
    expect((await get(handler, 'app://kehu/assets/style.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    )
  })

  it('answers client-side routes and / with index.html, but a missing asset with 404', async () => {
    const { handler } = renderer()
    expect(await (await get(handler, 'app://kehu/')).text()).toContain('Kehu')
    expect(await (await get(handler, 'app://kehu/customers/12')).text()).toContain('Kehu')
    expect((await get(handler, 'app://kehu/assets/missing.js')).status).toBe(404)
  })

  it.each([
    'app://kehu/..%2fsecret.txt',
    'app://kehu/%2e%2e%2fsecret.txt',
    'app://kehu/assets/..%2f..%2fsecret.txt',
    'app://kehu/..%5csecret.txt',
    'app://kehu/%2e%2e/secret.txt',
    'app://kehu/../secret.txt',
    'app://kehu/index.html%00.js',
  ])('refuses path traversal: %s', async (url) => {
    const { handler } = renderer()
    const response = await get(handler, url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('customer list')
  })

  it('refuses another host and malformed escapes', async () => {
    const { handler } = renderer()
    expect((await get(handler, 'app://other/index.html')).status).toBe(404)
    expect((await get(handler, 'app://kehu/%E0%A4%A.js')).status).toBe(400)
  })
})

import { describe, expect, it, vi } from 'vitest'
import { api, ApiClientError, captureToken } from '../../src/renderer/src/lib/api'
import type { JobEvent, Result } from '../../src/shared/api'
import { callsOf, stubHost } from './render'

function headersOf(init: RequestInit | undefined): Record<string, string> {
  return (init?.headers ?? {}) as Record<string, string>
}

describe('api client over HTTP (browser mode)', () => {
  it('takes the token from the page URL, keeps it in sessionStorage, hides it and sends it as Bearer', async () => {
    window.history.replaceState(null, '', '/?token=s3cret#/customers?stage=lead')
    const fetchMock = stubHost({
      'settings.get': () => ({
        ok: true,
        value: { locale: 'en', theme: 'dark', companyName: '', onboarded: true },
      }),
    })

    const settings = await api.call('settings.get')

    expect(settings.theme).toBe('dark')
    expect(window.sessionStorage.getItem('kehu.token')).toBe('s3cret')
    expect(window.location.search).toBe('')
    expect(window.location.hash).toBe('#/customers?stage=lead')
    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/settings.get')
    expect(init?.method).toBe('POST')
    expect(headersOf(init).Authorization).toBe('Bearer s3cret')
  })

  it('keeps using the stored token after the URL no longer has it (a reload)', async () => {
    window.history.replaceState(null, '', '/?token=first')
    captureToken()
    window.history.replaceState(null, '', '/#/settings')
    const fetchMock = stubHost({ 'owners.list': () => ({ ok: true, value: [] }) })

    await api.call('owners.list')

    expect(headersOf(fetchMock.mock.calls[0]![1]).Authorization).toBe('Bearer first')
  })

  it('sends the input as the JSON body', async () => {
    const fetchMock = stubHost({ 'customers.get': () => ({ ok: true, value: { id: 7 } }) })
    await api.call('customers.get', { id: 7 })
    expect(callsOf(fetchMock, 'customers.get')).toEqual([{ id: 7 }])
  })

  it('throws ApiClientError carrying code, key, params and details of a failed Result', async () => {
    stubHost({
      'customers.create': () => ({
        ok: false,
        error: {
          code: 'CONFLICT',
          key: 'errors.customerCodeTaken',
          message: 'Code KH1 is already used by 甲',
          params: { code: 'KH1', name: '甲', id: 3 },
        },
      }),
    })
    const failure = await api
      .call('customers.create', { name: '乙', code: 'KH1' })
      .catch((error: unknown) => error)

    expect(failure).toBeInstanceOf(ApiClientError)
    const error = failure as ApiClientError
    expect(error.code).toBe('CONFLICT')
    expect(error.key).toBe('errors.customerCodeTaken')
    expect(error.params).toEqual({ code: 'KH1', name: '甲', id: 3 })
    expect(error.message).toBe('Code KH1 is already used by 甲')
  })

  it('turns a network failure into errors.network', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    )
    const failure = await api.call('app.info').catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiClientError)
    expect((failure as ApiClientError).key).toBe('errors.network')
  })

  it('turns an answer that is not a Result (e.g. a text error page) into errors.network', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('The renderer is not built', { status: 503 }))),
    )
    const failure = await api.call('app.info').catch((error: unknown) => error)
    expect((failure as ApiClientError).key).toBe('errors.network')
  })
})

describe('job progress in browser mode', () => {
  it('listens on /api/events with the session token and closes the stream after the last listener leaves', () => {
    window.history.replaceState(null, '', '/?token=tok%2B1')
    const opened: FakeEventSource[] = []
    class FakeEventSource extends EventTarget {
      closed = false
      constructor(readonly url: string) {
        super()
        opened.push(this)
      }
      close() {
        this.closed = true
      }
    }
    vi.stubGlobal('EventSource', FakeEventSource)
    const seen: JobEvent[] = []
    const stop = api.onJob((event) => seen.push(event))

    const source = opened[0]!
    source.dispatchEvent(
      new MessageEvent('job', {
        data: JSON.stringify({ job: 'export', done: 1, total: 4, phase: 'rows' }),
      }),
    )
    stop()

    expect(source.url).toBe('/api/events?token=tok%2B1')
    expect(seen).toEqual([{ job: 'export', done: 1, total: 4, phase: 'rows' }])
    expect(source.closed).toBe(true)
  })
})

describe('api client over the Electron bridge', () => {
  it('uses window.kehu.invoke and never fetch', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const invoke = vi.fn((_method: string, _input?: unknown): Promise<Result<unknown>> =>
      Promise.resolve({ ok: true, value: [{ id: 1, name: '李娜', active: true }] }),
    )
    window.kehu = { invoke, on: vi.fn(() => () => undefined) }

    const owners = await api.call('owners.list')

    expect(owners).toEqual([{ id: 1, name: '李娜', active: true }])
    expect(invoke).toHaveBeenCalledWith('owners.list', undefined)
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('throws ApiClientError with the VALIDATION details', async () => {
    const details = [{ path: 'email', message: 'Not a valid email address', key: 'errors.email' }]
    window.kehu = {
      invoke: () =>
        Promise.resolve({
          ok: false,
          error: {
            code: 'VALIDATION',
            key: 'errors.validation',
            message: 'Some fields are not valid',
            details,
          },
        }),
      on: () => () => undefined,
    }
    const failure = await api
      .call('customers.create', { name: 'x', email: 'y' })
      .catch((error: unknown) => error)
    expect((failure as ApiClientError).details).toEqual(details)
  })

  it('subscribes to job progress through window.kehu.on', () => {
    let listener: ((event: JobEvent) => void) | undefined
    const unsubscribe = vi.fn()
    window.kehu = {
      invoke: vi.fn(),
      on: (_event, callback) => {
        listener = callback as (event: JobEvent) => void
        return unsubscribe
      },
    }
    const seen: JobEvent[] = []
    const stop = api.onJob((event) => seen.push(event))
    listener?.({ job: 'import', done: 5, total: 10, phase: 'rows' })
    stop()

    expect(seen).toEqual([{ job: 'import', done: 5, total: 10, phase: 'rows' }])
    expect(unsubscribe).toHaveBeenCalled()
  })
})

import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { isAppUrl } from '../../../src/main/electron/app-url'
import { forwardJobEvents, registerIpc } from '../../../src/main/hosts/electron-ipc'
import type { Result } from '../../../src/shared/api'

type Handler = (
  event: IpcMainInvokeEvent,
  method: unknown,
  input?: unknown,
) => Promise<Result<unknown>>

/** Registers the host on a fake ipcMain and returns the handler Electron would call. */
function setup(answer: Result<unknown> = { ok: true, value: { id: 1, name: '客户' } }) {
  const handle = vi.fn()
  const removeHandler = vi.fn()
  const invoke = vi.fn((_method: string, _input: unknown) => Promise.resolve(answer))
  const unregister = registerIpc({
    ipcMain: { handle, removeHandler },
    invoke,
    isTrustedSender: isAppUrl,
  })
  expect(handle).toHaveBeenCalledTimes(1)
  const [channel, handler] = handle.mock.calls[0] as [string, Handler]
  return { channel, handler, invoke, unregister, removeHandler }
}

function from(url: string | null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url } } as unknown as IpcMainInvokeEvent
}

const forbidden = {
  ok: false,
  error: expect.objectContaining({ code: 'INTERNAL', key: 'errors.forbiddenSender' }) as unknown,
}

describe('the Electron IPC host', () => {
  it('listens on kehu:invoke only, and can be removed', () => {
    const { channel, unregister, removeHandler } = setup()
    expect(channel).toBe('kehu:invoke')
    unregister()
    expect(removeHandler).toHaveBeenCalledWith('kehu:invoke')
  })

  it('forwards a call from our renderer and returns the Result unchanged', async () => {
    const answer: Result<unknown> = {
      ok: false,
      error: { code: 'VALIDATION', key: 'errors.validation', message: 'x', details: [] },
    }
    const { handler, invoke } = setup(answer)
    const result = await handler(from('app://kehu/index.html#/customers'), 'customers.create', {
      name: '',
    })
    expect(invoke).toHaveBeenCalledWith('customers.create', { name: '' })
    expect(result).toBe(answer)
  })

  it.each([
    ['another origin', 'https://evil.example/'],
    ['another app:// host', 'app://other/index.html'],
    ['a file: page', 'file:///work/main/out/renderer/index.html'],
    ['the browser-mode host', 'http://127.0.0.1:5173/'],
    ['credentials in the URL', 'app://user:pw@kehu/'],
    ['an unparsable URL', 'not a url'],
  ])('refuses a frame from %s and does not forward', async (_label, url) => {
    const { handler, invoke } = setup()
    await expect(handler(from(url), 'customers.list', {})).resolves.toEqual(forbidden)
    expect(invoke).not.toHaveBeenCalled()
  })

  it('refuses a call whose frame is gone (navigated or destroyed)', async () => {
    const { handler, invoke } = setup()
    await expect(handler(from(null), 'customers.list', {})).resolves.toEqual(forbidden)
    expect(invoke).not.toHaveBeenCalled()
  })

  it('refuses a method name that is not a string', async () => {
    const { handler, invoke } = setup()
    const result = await handler(from('app://kehu/'), { toString: () => 'customers.list' }, {})
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', key: 'errors.badMethod' },
    })
    expect(invoke).not.toHaveBeenCalled()
  })

  it('never forwards a method that takes a file path; desktop commands run in the main process', async () => {
    const handle = vi.fn()
    const invoke = vi.fn(() => Promise.resolve({ ok: true, value: null } as Result<unknown>))
    const openFolder = vi.fn(() => Promise.resolve({ ok: true, value: null } as Result<unknown>))
    registerIpc({
      ipcMain: { handle, removeHandler: vi.fn() },
      invoke,
      isTrustedSender: isAppUrl,
      desktop: {
        'desktop.openFolder': openFolder,
        'desktop.chooseBackupFolder': vi.fn(),
        'desktop.checkForUpdates': vi.fn(),
        'desktop.savePdf': vi.fn(),
      },
    })
    const handler = handle.mock.calls[0]![1] as Handler
    await expect(
      handler(from('app://kehu/'), 'backups.setFolder', { dir: '/etc' }),
    ).resolves.toMatchObject({
      ok: false,
      error: { key: 'errors.hostOnly' },
    })
    await handler(from('app://kehu/'), 'desktop.openFolder', { folder: 'logs' })
    expect(openFolder).toHaveBeenCalledWith({ folder: 'logs' })
    // The sender check comes first for desktop commands too.
    await expect(handler(from('https://evil.example/'), 'desktop.openFolder', {})).resolves.toEqual(
      forbidden,
    )
    expect(openFolder).toHaveBeenCalledTimes(1)
    expect(invoke).not.toHaveBeenCalled()
  })

  it('turns a transport failure into INTERNAL instead of a rejected promise', async () => {
    const handle = vi.fn()
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    registerIpc({
      ipcMain: { handle, removeHandler: vi.fn() },
      invoke: () => Promise.reject(new Error('gone')),
      isTrustedSender: isAppUrl,
    })
    const handler = handle.mock.calls[0]![1] as Handler
    await expect(handler(from('app://kehu/'), 'app.info')).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    })
    quiet.mockRestore()
  })

  it('sends job events on kehu:job while the window lives', () => {
    const send = vi.fn()
    let destroyed = false
    const forward = forwardJobEvents({ send, isDestroyed: () => destroyed })
    const event = { job: 'import', done: 5, total: 10, phase: 'rows' }
    forward(event)
    destroyed = true
    forward(event)
    expect(send).toHaveBeenCalledTimes(1)
    expect(send).toHaveBeenCalledWith('kehu:job', event)
  })
})

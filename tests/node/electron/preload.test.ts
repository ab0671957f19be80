import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { KehuBridge } from '../../../src/preload/kehu'

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(() => Promise.resolve({ ok: true, value: 'pong' })),
  on: vi.fn(),
  removeListener: vi.fn(),
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: electron.invoke,
    on: electron.on,
    removeListener: electron.removeListener,
  },
}))

let bridge: KehuBridge

beforeAll(async () => {
  await import('../../../src/preload/index')
  expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [name, exposed] = electron.exposeInMainWorld.mock.calls[0] as unknown as [
    string,
    KehuBridge,
  ]
  expect(name).toBe('kehu')
  bridge = exposed
})

describe('the preload bridge', () => {
  it('exposes window.kehu with exactly invoke and on', () => {
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on'])
    expect(typeof bridge.invoke).toBe('function')
    expect(typeof bridge.on).toBe('function')
  })

  it('invoke goes to kehu:invoke with the method and input', async () => {
    await expect(bridge.invoke('app.info', { a: 1 })).resolves.toEqual({ ok: true, value: 'pong' })
    expect(electron.invoke).toHaveBeenCalledWith('kehu:invoke', 'app.info', { a: 1 })
  })

  it("on('job') hands the listener only the event, and the returned function unsubscribes", () => {
    const listener = vi.fn()
    const unsubscribe = bridge.on('job', listener)
    expect(electron.on).toHaveBeenCalledTimes(1)
    const [channel, relay] = electron.on.mock.calls[0] as unknown as [
      string,
      (event: unknown, payload: unknown) => void,
    ]
    expect(channel).toBe('kehu:job')
    const ipcEvent = { sender: { send: () => undefined }, senderId: 0 }
    const job = { job: 'import', done: 1, total: 2, phase: 'rows' }
    relay(ipcEvent, job)
    expect(listener).toHaveBeenCalledWith(job)
    expect(listener.mock.calls[0]).toHaveLength(1)
    unsubscribe()
    expect(electron.removeListener).toHaveBeenCalledWith('kehu:job', relay)
  })

  it("on('command') relays only the menu's known commands", () => {
    const listener = vi.fn()
    const before = electron.on.mock.calls.length
    const unsubscribe = bridge.on('command', listener)
    const [channel, relay] = electron.on.mock.calls[before] as unknown as [
      string,
      (event: unknown, payload: unknown) => void,
    ]
    expect(channel).toBe('kehu:command')
    relay({}, 'newCustomer')
    relay({}, 'rm -rf')
    relay({}, { command: 'print' })
    expect(listener.mock.calls).toEqual([['newCustomer']])
    unsubscribe()
    expect(electron.removeListener).toHaveBeenCalledWith('kehu:command', relay)
  })

  it('refuses any other event name', () => {
    const sneaky = bridge.on as (event: string, listener: () => void) => () => void
    const subscriptions = electron.on.mock.calls.length
    expect(() => sneaky('kehu:invoke', () => undefined)).toThrow(/Unknown event/)
    expect(() => sneaky('ping', () => undefined)).toThrow(/Unknown event/)
    expect(electron.on.mock.calls.length).toBe(subscriptions)
  })
})

import { Worker } from 'node:worker_threads'
import { describe, expect, it, vi } from 'vitest'
import { createCoreClient } from '../../../src/main/electron/core-client'
import type { JobEvent } from '../../../src/shared/api'

/**
 * Real worker threads running tiny scripts that speak the worker protocol, so the
 * client's ids, pending map and death handling are exercised on a real thread.
 */
function thread(body: string): Worker {
  return new Worker(`const { parentPort } = require('node:worker_threads');\n${body}`, {
    eval: true,
  })
}

const ECHO = `
parentPort.postMessage({ ready: true, schemaVersion: 3 })
parentPort.on('message', (message) => {
  if (message.type === 'close') { parentPort.postMessage({ closed: true }); parentPort.close(); return }
  parentPort.postMessage({ event: { job: 'echo', done: 1, total: 1, phase: message.method } })
  // Answer out of order to prove replies are matched by id, not by arrival.
  setTimeout(() => parentPort.postMessage({ id: message.id, result: { ok: true, value: { method: message.method, input: message.input } } }), message.input.delay)
})`

describe('the core client over a worker thread', () => {
  it('reports ready and matches each reply to its call by id', async () => {
    const jobs: JobEvent[] = []
    const client = createCoreClient(thread(ECHO), { onJob: (event) => jobs.push(event) })
    await expect(client.ready).resolves.toEqual({ ok: true, schemaVersion: 3 })
    const [slow, fast] = await Promise.all([
      client.invoke('customers.list', { delay: 50 }),
      client.invoke('app.info', { delay: 0 }),
    ])
    expect(slow).toEqual({ ok: true, value: { method: 'customers.list', input: { delay: 50 } } })
    expect(fast).toEqual({ ok: true, value: { method: 'app.info', input: { delay: 0 } } })
    expect(jobs.map((job) => job.phase).sort()).toEqual(['app.info', 'customers.list'])
    await client.close()
  })

  it('passes a fatal start on as { ok: false, fatal }', async () => {
    const client = createCoreClient(
      thread(
        `parentPort.postMessage({ fatal: { key: 'errors.databaseTooNew', message: 'newer' } }); parentPort.on('message', () => {})`,
      ),
    )
    await expect(client.ready).resolves.toEqual({
      ok: false,
      fatal: { key: 'errors.databaseTooNew', message: 'newer' },
    })
    await client.close(200)
  })

  it('resolves every pending call to INTERNAL when the worker exits, and later calls too', async () => {
    const logError = vi.fn()
    const client = createCoreClient(
      thread(`parentPort.postMessage({ ready: true, schemaVersion: 1 })
let seen = 0
parentPort.on('message', () => { seen += 1; if (seen === 2) process.exit(3) })`),
      { logError },
    )
    await client.ready
    const first = client.invoke('customers.list', {})
    const second = client.invoke('customers.get', { id: 1 })
    const internal = {
      ok: false,
      error: expect.objectContaining({ code: 'INTERNAL', key: 'errors.internal' }) as unknown,
    }
    await expect(first).resolves.toEqual(internal)
    await expect(second).resolves.toEqual(internal)
    await expect(client.invoke('app.info', undefined)).resolves.toEqual(internal)
    expect(logError).toHaveBeenCalledWith(expect.stringContaining('code 3'))
  })

  it('resolves pending calls to INTERNAL when the worker throws', async () => {
    const logError = vi.fn()
    const client = createCoreClient(
      thread(`parentPort.on('message', () => { throw new Error('boom') })`),
      { logError },
    )
    await expect(client.invoke('app.info', undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    })
    // A worker that dies before saying ready also settles `ready`, so nobody waits forever.
    await expect(client.ready).resolves.toMatchObject({
      ok: false,
      fatal: { key: 'errors.internal' },
    })
    expect(logError).toHaveBeenCalledWith('The core worker failed', expect.any(Error))
  })

  it('answers INTERNAL for input that cannot cross to the thread, without killing it', async () => {
    const client = createCoreClient(thread(ECHO), { logError: () => undefined })
    await client.ready
    await expect(client.invoke('app.info', { callback: () => 1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    })
    await expect(client.invoke('app.info', { delay: 0 })).resolves.toMatchObject({ ok: true })
    await client.close()
  })

  it('close() asks the worker to close and waits for it; a stuck worker is terminated', async () => {
    const polite = createCoreClient(thread(ECHO))
    await polite.ready
    await polite.close()
    await expect(polite.invoke('app.info', undefined)).resolves.toMatchObject({
      ok: false,
      error: { key: 'errors.coreClosed' },
    })

    const stuck = createCoreClient(
      thread(`parentPort.on('message', () => {}); setInterval(() => {}, 1000)`),
    )
    const started = Date.now()
    await stuck.close(100)
    expect(Date.now() - started).toBeLessThan(5000)
    await expect(stuck.invoke('app.info', undefined)).resolves.toMatchObject({ ok: false })
  })
})

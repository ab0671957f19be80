import { parentPort, workerData } from 'node:worker_threads'
import { startWorkerSession, type WorkerData } from './worker-session'

/**
 * Entry of the core's worker thread (built to out/main/worker.js). The database lives
 * here, off the Electron main thread, so a long import never freezes the window.
 * Everything it does is in worker-session.ts; this file only wires the port.
 */
const port = parentPort
if (port) {
  const session = startWorkerSession(workerData as WorkerData, (reply) => port.postMessage(reply))
  port.on('message', (message: unknown) => {
    // Closing the port leaves the thread with nothing to do, so it exits on its own.
    if (session.handle(message) === 'closed') port.close()
  })
}

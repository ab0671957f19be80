import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { JobEvent, Result } from '../shared/api'
import { IPC_CHANNELS } from '../shared/ipc'
import type { KehuBridge } from './kehu'

/**
 * window.kehu, exactly as kehu.d.ts declares it. The page gets two functions and never
 * ipcRenderer itself, so a bug in the renderer cannot reach any other channel.
 */
const bridge: KehuBridge = {
  invoke(method: string, input?: unknown): Promise<Result<unknown>> {
    return ipcRenderer.invoke(IPC_CHANNELS.invoke, method, input) as Promise<Result<unknown>>
  },
  on(event: 'job', listener: (event: JobEvent) => void): () => void {
    // The type says 'job' only; the page is still untrusted at run time.
    if (event !== 'job') throw new Error(`Unknown event "${String(event)}"`)
    // Wrapped so the IpcRendererEvent (with its sender) never reaches the page.
    const relay = (_event: IpcRendererEvent, payload: JobEvent): void => listener(payload)
    ipcRenderer.on(IPC_CHANNELS.job, relay)
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.job, relay)
    }
  },
}

contextBridge.exposeInMainWorld('kehu', bridge)

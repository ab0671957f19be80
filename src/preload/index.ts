import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { JobEvent, Result } from '../shared/api'
import { IPC_CHANNELS, isRendererCommand, type RendererCommand } from '../shared/ipc'
import type { KehuBridge } from './kehu'

const CHANNEL_OF = { job: IPC_CHANNELS.job, command: IPC_CHANNELS.command } as const

/**
 * window.kehu, exactly as kehu.d.ts declares it. The page gets two functions and never
 * ipcRenderer itself, so a bug in the renderer cannot reach any other channel.
 */
const bridge: KehuBridge = {
  invoke(method: string, input?: unknown): Promise<Result<unknown>> {
    return ipcRenderer.invoke(IPC_CHANNELS.invoke, method, input) as Promise<Result<unknown>>
  },
  on(
    event: 'job' | 'command',
    listener: ((event: JobEvent) => void) & ((command: RendererCommand) => void),
  ): () => void {
    // The type names the events; the page is still untrusted at run time.
    if (event !== 'job' && event !== 'command') throw new Error(`Unknown event "${String(event)}"`)
    const channel = CHANNEL_OF[event]
    // Wrapped so the IpcRendererEvent (with its sender) never reaches the page.
    const relay = (_event: IpcRendererEvent, payload: unknown): void => {
      if (event === 'command' && !isRendererCommand(payload)) return
      listener(payload as JobEvent & RendererCommand)
    }
    ipcRenderer.on(channel, relay)
    return () => {
      ipcRenderer.removeListener(channel, relay)
    }
  },
}

contextBridge.exposeInMainWorld('kehu', bridge)

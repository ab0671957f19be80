import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { Result } from '../shared/api'
import { IPC_CHANNELS, isRendererCommand } from '../shared/ipc'
import type { BridgeEvents, KehuBridge } from './kehu'

const CHANNEL_OF = { job: IPC_CHANNELS.job, command: IPC_CHANNELS.command } as const

/**
 * window.kehu, exactly as kehu.d.ts declares it. The page gets two functions and never
 * ipcRenderer itself, so a bug in the renderer cannot reach any other channel.
 */
const bridge: KehuBridge = {
  invoke(method: string, input?: unknown): Promise<Result<unknown>> {
    return ipcRenderer.invoke(IPC_CHANNELS.invoke, method, input) as Promise<Result<unknown>>
  },
  on<E extends keyof BridgeEvents>(
    event: E,
    listener: (payload: BridgeEvents[E]) => void,
  ): () => void {
    // The type names the events; the page is still untrusted at run time.
    if (event !== 'job' && event !== 'command') throw new Error(`Unknown event "${String(event)}"`)
    const channel = CHANNEL_OF[event]
    // Wrapped so the IpcRendererEvent (with its sender) never reaches the page.
    const relay = (_event: IpcRendererEvent, payload: unknown): void => {
      if (event === 'command' && !isRendererCommand(payload)) return
      listener(payload as BridgeEvents[E])
    }
    ipcRenderer.on(channel, relay)
    return () => {
      ipcRenderer.removeListener(channel, relay)
    }
  },
}

contextBridge.exposeInMainWorld('kehu', bridge)

import type { JobEvent, Result } from '../shared/api'
import type { RendererCommand } from '../shared/ipc'

/**
 * What the preload exposes in Electron, and nothing more. In browser mode
 * `window.kehu` is undefined and the renderer's client uses fetch instead.
 */
export interface KehuBridge {
  invoke(method: string, input?: unknown): Promise<Result<unknown>>
  /**
   * Subscribes to job progress ('job') or to the native menu's commands ('command': new
   * customer, find, print, palette, settings); returns the unsubscribe function.
   */
  on<E extends keyof BridgeEvents>(
    event: E,
    listener: (payload: BridgeEvents[E]) => void,
  ): () => void
}

/** What each event hands its listener. */
export interface BridgeEvents {
  job: JobEvent
  command: RendererCommand
}

declare global {
  interface Window {
    kehu?: KehuBridge
  }
}

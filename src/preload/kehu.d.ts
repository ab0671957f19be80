import type { JobEvent, Result } from '../shared/api'
import type { RendererCommand } from '../shared/ipc'

/**
 * What the preload exposes in Electron, and nothing more. In browser mode
 * `window.kehu` is undefined and the renderer's client uses fetch instead.
 */
export interface KehuBridge {
  invoke(method: string, input?: unknown): Promise<Result<unknown>>
  /** Subscribes to job progress; returns the unsubscribe function. */
  on(event: 'job', listener: (event: JobEvent) => void): () => void
  /** Subscribes to the native menu's commands (new customer, find, print, palette, settings). */
  on(event: 'command', listener: (command: RendererCommand) => void): () => void
}

declare global {
  interface Window {
    kehu?: KehuBridge
  }
}

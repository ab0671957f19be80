import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import {
  HOST_ONLY_METHODS,
  isDesktopMethod,
  type DesktopMethod,
  type JobEvent,
  type Result,
} from '../../shared/api'
import { IPC_CHANNELS } from '../../shared/ipc'

/** The desktop commands the main process carries out itself (dialogs, file manager, updater). */
export type DesktopCommands = Record<DesktopMethod, (input: unknown) => Promise<Result<unknown>>>

export interface IpcHostOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>
  /** Forwards to the core (the worker); must not reject. */
  invoke(method: string, input: unknown): Promise<Result<unknown>>
  /** True only for a frame showing our own renderer (app://kehu/…). */
  isTrustedSender(url: string): boolean
  /** desktop.* methods; without them those calls go to the core (which answers errors.desktopOnly). */
  desktop?: DesktopCommands
}

const HOST_ONLY: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    key: 'errors.hostOnly',
    message: 'This method takes a file path and is not accepted from the window',
  },
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    key: 'errors.forbiddenSender',
    message: 'This page may not talk to Kehu',
  },
}

const BAD_METHOD: Result<never> = {
  ok: false,
  error: {
    code: 'VALIDATION',
    key: 'errors.badMethod',
    message: 'The method name must be a string',
  },
}

const FAILED: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    key: 'errors.internal',
    message: 'Something went wrong inside Kehu. The details are in the log.',
  },
}

/**
 * The Electron transport of API.md: one channel, `kehu:invoke`. Every call is checked
 * against the frame that sent it (Electron's security checklist, "validate the sender
 * of all IPC messages"): a frame that navigated elsewhere, an iframe from another
 * origin or a destroyed frame is refused and the core never sees the call.
 * Returns the function that removes the handler.
 */
export function registerIpc(options: IpcHostOptions): () => void {
  options.ipcMain.handle(
    IPC_CHANNELS.invoke,
    async (
      event: IpcMainInvokeEvent,
      method: unknown,
      input: unknown,
    ): Promise<Result<unknown>> => {
      const frame = event.senderFrame
      if (!frame || !options.isTrustedSender(frame.url)) return FORBIDDEN
      if (typeof method !== 'string') return BAD_METHOD
      // A path comes from a native dialog in the main process, never from the page.
      if (HOST_ONLY_METHODS.includes(method)) return HOST_ONLY
      try {
        if (options.desktop && isDesktopMethod(method)) return await options.desktop[method](input)
        return await options.invoke(method, input)
      } catch (error) {
        console.error(`Kehu: ${method} failed in transit:`, error)
        return FAILED
      }
    },
  )
  return () => options.ipcMain.removeHandler(IPC_CHANNELS.invoke)
}

/** Sends job progress to one window's renderer; silently drops events once it is gone. */
export function forwardJobEvents(
  webContents: Pick<WebContents, 'send' | 'isDestroyed'>,
): (event: JobEvent) => void {
  return (event) => {
    if (!webContents.isDestroyed()) webContents.send(IPC_CHANNELS.job, event)
  }
}

import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const LOG_FOLDER = 'logs'
export const LOG_FILE = 'kehu.log'
const MAX_BYTES = 2 * 1024 * 1024

export interface FileLogger {
  readonly dir: string
  readonly file: string
  info(message: string): void
  error(message: string, error?: unknown): void
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`
  return typeof error === 'string' ? error : JSON.stringify(error)
}

/**
 * The local log both hosts and the Electron main process write (`<data folder>/logs/kehu.log`,
 * one older file kept as kehu.1.log). Nothing leaves the machine: "report a problem"
 * opens this folder so the owner can look and send it themselves. Logging never throws.
 */
export function createFileLogger(
  dir: string,
  options: { echo?: boolean; maxBytes?: number; now?: () => number } = {},
): FileLogger {
  const file = join(dir, LOG_FILE)
  const maxBytes = options.maxBytes ?? MAX_BYTES
  const now = options.now ?? (() => Date.now())

  function write(level: 'INFO' | 'ERROR', text: string): void {
    const line = `${new Date(now()).toISOString()} ${level} ${text.replace(/\n/g, '\n    ')}\n`
    try {
      mkdirSync(dir, { recursive: true })
      try {
        if (statSync(file).size + line.length > maxBytes) renameSync(file, join(dir, 'kehu.1.log'))
      } catch {
        // No file yet.
      }
      appendFileSync(file, line)
    } catch {
      // A full or read-only disk must not turn a logged problem into a crash.
    }
  }

  return {
    dir,
    file,
    info(message) {
      write('INFO', message)
    },
    error(message, error) {
      const text = error === undefined ? message : `${message}: ${describe(error)}`
      write('ERROR', text)
      if (options.echo) console.error(`Kehu: ${text}`)
    },
  }
}

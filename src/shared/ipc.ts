/**
 * The IPC channels between the Electron main process and the preload. They live in
 * src/shared so both sides spell them from one place; nothing else crosses IPC.
 */
export const IPC_CHANNELS = {
  /** renderer → main: `invoke(method, input)` → Result. */
  invoke: 'kehu:invoke',
  /** main → renderer: job progress (JobEvent). */
  job: 'kehu:job',
  /** main → renderer: a menu command (RendererCommand) the page carries out. */
  command: 'kehu:command',
} as const

/** What the native menu asks of the page (its shortcut in brackets). */
export const RENDERER_COMMANDS = [
  'newCustomer', // Ctrl/⌘+N
  'find', // Ctrl/⌘+F
  'print', // Ctrl/⌘+P
  'palette', // Ctrl/⌘+K
  'settings', // Ctrl/⌘+,
] as const
export type RendererCommand = (typeof RENDERER_COMMANDS)[number]

export function isRendererCommand(value: unknown): value is RendererCommand {
  return typeof value === 'string' && (RENDERER_COMMANDS as readonly string[]).includes(value)
}

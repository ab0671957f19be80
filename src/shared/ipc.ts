/**
 * The two IPC channels between the Electron main process and the preload. They live in
 * src/shared so both sides spell them from one place; nothing else crosses IPC.
 */
export const IPC_CHANNELS = {
  /** renderer → main: `invoke(method, input)` → Result. */
  invoke: 'kehu:invoke',
  /** main → renderer: job progress (JobEvent). */
  job: 'kehu:job',
} as const

import { z } from 'zod'

/** A backup file: `id` is its creation instant (ms), which also names the file. */
export interface Backup {
  id: number
  createdAt: number
  sizeBytes: number
  /** Why it was made: manual, start, migration, import, restore. */
  reason: string
}

export const backupIdInput = z.strictObject({ id: z.number().int().positive() })

import { z } from 'zod'
import { method, type MethodTable, TOUCHES } from './method'
import { noInput } from './common'

/** A backup file: `id` is its creation instant (ms), which also names the file. */
export interface Backup {
  id: number
  createdAt: number
  sizeBytes: number
  /** Why it was made: manual, start, migration, import, restore. */
  reason: string
}

export const backupIdInput = z.strictObject({ id: z.number().int().positive() })

export const backupMethods = {
  'backups.create': method<Backup>()(noInput, { touches: TOUCHES.backups }),
  'backups.list': method<Backup[]>()(noInput, { inRecovery: true }),
  'backups.restore': method<Backup>()(backupIdInput, {
    inRecovery: true,
    touches: TOUCHES.everything,
  }),
} satisfies MethodTable

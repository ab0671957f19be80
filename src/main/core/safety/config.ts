import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { BACKUP_LIMITS, LOCALES, THEMES } from '../../../shared/api'

/**
 * Data-safety settings live in a small JSON file beside the database, not in it:
 * they must be readable when the database is damaged (where are the backups? is
 * there a password?), and a restore must not silently change them (a restored old
 * file would otherwise bring back an old backup folder or remove the password).
 */
export const CONFIG_FILE = 'kehu-config.json'

const intIn = (limits: { min: number; max: number }, fallback: number) =>
  z.number().int().min(limits.min).max(limits.max).catch(fallback)

const passwordHash = z.object({
  algorithm: z.literal('scrypt'),
  salt: z.string(),
  hash: z.string(),
  N: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
})
export type PasswordHash = z.infer<typeof passwordHash>

// Each field falls back on its own: one bad value never loses the others.
const configSchema = z.object({
  backupDir: z.string().min(1).nullable().catch(null),
  keepLast: intIn(BACKUP_LIMITS.keepLast, 10),
  keepDays: intIn(BACKUP_LIMITS.keepDays, 30),
  autoBackupHours: intIn(BACKUP_LIMITS.autoBackupHours, 24),
  password: passwordHash.nullable().catch(null),
  /** The last language and theme, for the recovery screen (the database may be unreadable). */
  appearance: z
    .object({ locale: z.enum(LOCALES), theme: z.enum(THEMES) })
    .nullable()
    .catch(null),
  /** Overrides electron-builder.yml's publish url (a generic provider folder, https). */
  updateUrl: z.string().startsWith('https://').max(500).nullable().catch(null),
})
export type SafetyConfig = z.infer<typeof configSchema>

export const DEFAULT_CONFIG: SafetyConfig = configSchema.parse({})

export interface ConfigStore {
  readonly file: string
  read(): SafetyConfig
  update(patch: Partial<SafetyConfig>): SafetyConfig
}

/** Reads the file leniently: missing or unreadable means the defaults. */
export function readConfigFile(file: string): SafetyConfig {
  let raw: unknown = {}
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    raw = {}
  }
  const parsed = configSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {})
  return parsed.success ? parsed.data : DEFAULT_CONFIG
}

/** Write-to-temporary, fsync, rename: a crash leaves the old file or the new one, never half. */
export function writeFileAtomic(file: string, text: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true })
  const temporary = `${file}.tmp`
  const fd = openSync(temporary, 'w')
  try {
    writeSync(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, file)
}

export function openConfigStore(dataDir: string): ConfigStore {
  const file = join(dataDir, CONFIG_FILE)
  let current = readConfigFile(file)
  return {
    file,
    read: () => current,
    update(patch) {
      const next = { ...current, ...patch }
      writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`)
      current = next
      return current
    },
  }
}

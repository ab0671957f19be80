import { z } from 'zod'
import type { Backup } from './backups'
import { method, TOUCHES } from './method'
import { noInput } from './common'

/**
 * Data safety and the desktop program: backup settings, the integrity check,
 * the optional password lock, the company logo and the few commands only the desktop
 * app can carry out (native dialogs, opening folders, updates).
 */

/** Where backups go and how many are kept. Stored beside the database, not in it (see README). */
export interface BackupConfig {
  /** The folder backups are written to now. */
  dir: string
  /** `<data folder>/backups`, used unless the owner chose another folder. */
  defaultDir: string
  isDefault: boolean
  /** The folder exists and can be written (a USB disk may be unplugged). */
  available: boolean
  /** Always keep the newest N backups… */
  keepLast: number
  /** …plus the newest of each day for this many days. */
  keepDays: number
  /** A backup at start, and while Kehu runs, when the newest is older than this. */
  autoBackupHours: number
}

export const BACKUP_LIMITS = {
  keepLast: { min: 1, max: 100 },
  keepDays: { min: 0, max: 365 },
  autoBackupHours: { min: 1, max: 720 },
} as const

const bounded = (limits: { min: number; max: number }) =>
  z.number().int().min(limits.min).max(limits.max).optional()

export const backupConfigureInput = z.strictObject({
  keepLast: bounded(BACKUP_LIMITS.keepLast),
  keepDays: bounded(BACKUP_LIMITS.keepDays),
  autoBackupHours: bounded(BACKUP_LIMITS.autoBackupHours),
})

/** A path: accepted only from the desktop app's native folder dialog or the CLI (see HOST_ONLY_METHODS). */
export const backupFolderInput = z.strictObject({ dir: z.string().trim().min(1).max(1000) })

/** The backup folder changed. Nothing is moved: the backups already written stay where they are. */
export interface BackupFolderChange {
  config: BackupConfig
  previousDir: string
  /** How many backups stay behind in the previous folder. */
  leftBehind: number
}

export interface IntegrityReport {
  ok: boolean
  /** SQLite's own lines (English) when something is wrong: for a support request, not for the owner. */
  problems: string[]
  foreignKeyProblems: number
  checkedAt: number
  durationMs: number
}

/** The database could not be opened at start: the app shows a recovery screen instead. */
export interface RecoveryInfo {
  reason: 'damaged'
  /** The database file that could not be opened. */
  file: string
  /** Every backup, newest first. */
  backups: Backup[]
  /** The newest backup that passed quick_check, or null when none did. */
  newestGoodId: number | null
}

export interface LockStatus {
  /** A password is set. */
  enabled: boolean
  /** The core refuses everything but app.info and app.unlock. */
  locked: boolean
}

const password = z.string().min(1).max(200)

export const PASSWORD_MIN_LENGTH = 4

export const unlockInput = z.strictObject({ password })
export const setPasswordInput = z.strictObject({
  /** Required when a password is already set. */
  current: password.optional(),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(200),
})
export const removePasswordInput = z.strictObject({ current: password })

/** Company logo for print headers: PNG, JPEG, GIF or WebP, at most 1 MB. */
export const LOGO_MAX_BYTES = 1024 * 1024
export interface CompanyLogo {
  name: string
  base64: string
  mimeType: string
}
export const logoInput = z.strictObject({
  logo: z
    .strictObject({
      name: z.string().trim().min(1).max(200),
      // base64 of 1 MB is 1.4 M characters.
      base64: z
        .string()
        .min(1)
        .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 4),
    })
    .nullable(),
})

export const DATA_FOLDERS = ['data', 'backups', 'logs'] as const

export interface UpdateCheck {
  status: 'disabled' | 'none' | 'available' | 'downloaded' | 'error'
  version?: string
}

export const safetyMethods = {
  'app.unlock': method<LockStatus>()(unlockInput, {
    whileLocked: true,
    inRecovery: true,
    touches: TOUCHES.lock,
  }),
  'app.lock': method<LockStatus>()(noInput, { touches: TOUCHES.lock }),
  'app.setPassword': method<LockStatus>()(setPasswordInput, { touches: TOUCHES.lock }),
  'app.removePassword': method<LockStatus>()(removePasswordInput, { touches: TOUCHES.lock }),
  'app.integrityCheck': method<IntegrityReport>()(noInput),
  'backups.config': method<BackupConfig>()(noInput, { inRecovery: true }),
  'backups.configure': method<BackupConfig>()(backupConfigureInput, { touches: TOUCHES.backups }),
  /** Takes a path: from the desktop app's native folder dialog or the CLI only. */
  'backups.setFolder': method<BackupFolderChange>()(backupFolderInput, {
    hostOnly: true,
    touches: TOUCHES.backups,
  }),
  'backups.useDefaultFolder': method<BackupFolderChange>()(noInput, { touches: TOUCHES.backups }),
  'company.logo': method<CompanyLogo | null>()(noInput),
  'company.setLogo': method<CompanyLogo | null>()(logoInput, { touches: TOUCHES.logo }),
  /**
   * Carried out by the Electron main process (native dialog, file manager, updater);
   * the core itself answers them with errors.desktopOnly (browser mode).
   */
  'desktop.chooseBackupFolder': method<BackupFolderChange | null>()(noInput, { desktop: true }),
  'desktop.openFolder': method<null>()(z.strictObject({ folder: z.enum(DATA_FOLDERS) }), {
    desktop: true,
  }),
  'desktop.checkForUpdates': method<UpdateCheck>()(noInput, { desktop: true }),
  /**
   * 保存为 PDF in the desktop app: the page as it is (a print layout) through printToPDF, to
   * a file the owner names in the native save dialog (`saved: false` when cancelled).
   */
  'desktop.savePdf': method<{ saved: boolean }>()(
    z.strictObject({
      /** The suggested file name, without .pdf. */
      title: z.string().trim().min(1).max(200),
      landscape: z.boolean().optional(),
    }),
    { desktop: true },
  ),
} as const

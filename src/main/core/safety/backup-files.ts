import Database from 'better-sqlite3'
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { join } from 'node:path'

/**
 * The files a backup needs beside its database: the contract attachments its
 * contract_attachments rows name, in a sibling folder `kehu-<ms>-<reason>.files/`.
 * Attachment files are never rewritten (each upload gets a new generated name), so a hard
 * link is a faithful copy that costs no space; where the backup folder is on another disk
 * (a USB drive) the file is copied — linked from the previous backup's folder when it
 * already has it, so only new files are copied. Restoring puts back the files the data
 * folder lacks; rotation removes the folder with its database.
 */

/** Generated stored names (`<contract>-<uuid>.<ext>`); anything else is never a path we follow. */
const STORED_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/

/** `kehu-1.db` → `kehu-1.files` (beside it). */
export function backupFilesDir(databaseFile: string): string {
  return databaseFile.replace(/\.db$/, '.files')
}

/** The stored names of the attachments a database refers to (none before the ledger existed). */
export function referencedAttachments(databaseFile: string): string[] {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const table = db
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'contract_attachments'")
      .get()
    if (!table) return []
    const names = db
      .prepare('SELECT DISTINCT stored_name FROM contract_attachments')
      .pluck()
      .all() as string[]
    return names.filter((name) => STORED_NAME.test(name))
  } finally {
    db.close()
  }
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** A hard link where the disk allows one, else a copy that is on the disk before we go on. */
function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target)
  } catch {
    copyFileSync(source, target)
    fsyncFile(target)
  }
}

/**
 * Writes the attachments a backup being written (`written`, still under its partial name)
 * refers to into the folder beside its final name `databaseFile`: built as
 * `.files.partial`, renamed when complete. `reuse` are folders of earlier backups in the
 * same place to link from first. A file missing from the data folder (already lost before
 * this backup) is left out. Returns how many files the folder holds.
 */
export function writeBackupFiles(options: {
  written: string
  databaseFile: string
  attachmentsDir: string
  reuse?: string[]
}): number {
  const { attachmentsDir, reuse = [] } = options
  const names = referencedAttachments(options.written)
  const target = backupFilesDir(options.databaseFile)
  const partial = `${target}.partial`
  rmSync(partial, { recursive: true, force: true })
  rmSync(target, { recursive: true, force: true })
  if (names.length === 0) return 0
  mkdirSync(partial, { recursive: true })
  let count = 0
  for (const name of names) {
    const earlier = reuse.map((dir) => join(dir, name)).find((file) => existsSync(file))
    const source = earlier ?? join(attachmentsDir, name)
    if (!existsSync(source)) continue
    linkOrCopy(source, join(partial, name))
    count += 1
  }
  renameSync(partial, target)
  return count
}

/**
 * Before a backup's database replaces the live one: every file of its folder that the
 * data folder's attachments lack is put back (written beside, then renamed). Files the
 * restored database no longer names stay where they are (nothing is deleted).
 */
export function restoreBackupFiles(databaseFile: string, attachmentsDir: string): number {
  const source = backupFilesDir(databaseFile)
  if (!existsSync(source)) return 0
  mkdirSync(attachmentsDir, { recursive: true })
  let restored = 0
  for (const name of readdirSync(source)) {
    if (!STORED_NAME.test(name)) continue
    const target = join(attachmentsDir, name)
    if (existsSync(target)) continue
    const incoming = `${target}.restoring`
    rmSync(incoming, { force: true })
    linkOrCopy(join(source, name), incoming)
    renameSync(incoming, target)
    restored += 1
  }
  return restored
}

/** A backup's folder goes with it. */
export function removeBackupFiles(databaseFile: string): void {
  rmSync(backupFilesDir(databaseFile), { recursive: true, force: true })
}

/** Folders of backups a crash interrupted, or whose database is gone. */
export function removeOrphanBackupFiles(dir: string): void {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    if (!name.startsWith('kehu-')) continue
    if (name.endsWith('.files.partial')) rmSync(join(dir, name), { recursive: true, force: true })
    else if (name.endsWith('.files') && !names.includes(name.replace(/\.files$/, '.db')))
      rmSync(join(dir, name), { recursive: true, force: true })
  }
}

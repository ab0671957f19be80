import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import {
  METHODS_WHILE_LOCKED,
  type ApiError,
  type MethodOutput,
  type MethodParsedInput,
  type RecoveryMethod,
  type Result,
} from '../../shared/api'
import { createApi, createDispatcher, type Api, type ApiDeps, type HandlerTable } from './api'
import { createBackupManager, type BackupTarget } from './safety'
import { systemClock, type Clock } from './clock'
import { writeBackup } from './safety'
import { knownSchemaVersion, openDatabase } from './db/open'
import { AppError } from './errors'
import { changeBackupFolder } from './safety'
import type { SafetyDeps } from './safety'
import { createFileLogger, LOG_FOLDER } from './log'
import { DATABASE_FILE } from './paths'
import {
  backupConfig,
  backupDirOf,
  defaultBackupDir,
  folderProblem,
  folderUnavailable,
} from './safety'
import { openConfigStore } from './safety'
import { createPasswordLock } from './safety'
import { recoveryInfo, restoreOverDamaged } from './safety'
import { attachmentsDir } from './ledger'
import { ensureSearchIndex } from './search'
import { readerPool, readerThread } from './excel'
import { createCtx } from './domain-wiring'

/** How often a running Kehu looks whether the automatic backup is due. */
const AUTO_BACKUP_CHECK_MS = 10 * 60_000

export interface CoreOptions {
  dataDir: string
  migrationsFolder: string
  version: string
  clock?: Clock
  nativeBinding?: string
  emit?: ApiDeps['emit']
  logError?: ApiDeps['logError']
  /** 0 turns the timer off (the check at start still runs). */
  autoBackupCheckMs?: number
  /** The built .xlsx reader thread (out/main/xlsx-reader.js); from source it is found alone. */
  xlsxReaderFile?: string
}

export interface Core {
  api: Api
  /** 'recovery' when the database could not be opened and a backup must be restored. */
  mode(): 'normal' | 'recovery'
  close(): void
}

interface Mode {
  kind: 'normal' | 'recovery'
  api: Api
  close(): void
}

const LOCKED: ApiError = {
  code: 'CONFLICT',
  key: 'errors.locked',
  message: 'Kehu is locked: enter the password first',
}

const IN_RECOVERY: ApiError = {
  code: 'CONFLICT',
  key: 'errors.recoveryMode',
  message: 'The database is damaged: restore a backup first',
}

function isDamaged(error: unknown): error is AppError {
  return error instanceof AppError && error.key === 'errors.databaseDamaged'
}

/**
 * Opens the data folder's database and returns the dispatcher over it. Used by every host.
 * A damaged database does not stop the start: the core comes up in recovery mode, where
 * app.info reports it and only the recovery screen's methods answer. A password lock,
 * when set, holds every method but app.info and app.unlock until it is opened.
 */
export function openCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true })
  const { dataDir } = options
  const file = join(dataDir, DATABASE_FILE)
  const clock = options.clock ?? systemClock
  const log = createFileLogger(join(dataDir, LOG_FOLDER))
  const logError = (method: string, error: unknown) => {
    log.error(`${method} failed`, error)
    options.logError?.(method, error)
  }
  const store = openConfigStore(dataDir)
  const lock = createPasswordLock(store, clock)
  let mode: Mode
  let inRecovery = false

  const target: BackupTarget = {
    dir: () => backupDirOf(dataDir, store),
    assertWritable(dir) {
      // The default folder is ours to create; a chosen one (a USB disk) must be there already.
      if (store.read().backupDir === null) mkdirSync(dir, { recursive: true })
      else if (folderProblem(dir) !== null) throw folderUnavailable(dir)
    },
    policy: () => ({ keepLast: store.read().keepLast, keepDays: store.read().keepDays }),
  }

  const safety: SafetyDeps = {
    dataDir,
    logDir: log.dir,
    store,
    lock,
    info: () => {
      const status = lock.status()
      const locked = status.locked
      return {
        locked,
        passwordSet: status.enabled,
        // Which backups exist is data too: the recovery details wait for the password.
        recovery: inRecovery && !locked ? recoveryInfo(file, target.dir()) : null,
        logDir: log.dir,
      }
    },
  }

  /** The recovery screen speaks the owner's language even when the database cannot be read. */
  function rememberAppearance(api: Api): void {
    const info = api.dispatch('app.info', undefined)
    if (!info.ok || !info.value.theme) return
    const appearance = { locale: info.value.locale, theme: info.value.theme }
    const saved = store.read().appearance
    if (saved?.locale !== appearance.locale || saved.theme !== appearance.theme)
      store.update({ appearance })
  }

  function openNormal(): Mode {
    const open = {
      migrationsFolder: options.migrationsFolder,
      nativeBinding: options.nativeBinding,
      logError,
      // A schema change is the moment most likely to go wrong: keep the state before it.
      // Should the chosen folder be missing (USB disk), the data folder's own takes it.
      beforeMigrate: (sqlite: Parameters<typeof writeBackup>[0]) => {
        let dir = target.dir()
        if (store.read().backupDir !== null && folderProblem(dir) !== null) {
          log.error(
            `backup folder ${dir} unavailable; the migration backup goes to the data folder`,
          )
          dir = defaultBackupDir(dataDir)
        }
        writeBackup(sqlite, dir, clock.now(), 'migration', attachmentsDir(dataDir))
      },
    }
    const database = { current: openDatabase({ ...open, file }) }
    const ctx = createCtx({ db: database.current.db, sqlite: database.current.sqlite, clock })
    ensureSearchIndex(ctx)
    const backups = createBackupManager({
      ctx,
      clock,
      database,
      open,
      file,
      target,
      attachmentsDir: attachmentsDir(dataDir),
    })
    const autoBackup = (reason: string) => {
      if (lock.isLocked() && reason !== 'start') return
      try {
        backups.due(store.read().autoBackupHours, reason)
      } catch (error) {
        // A missing USB disk must not stop Kehu; the backups screen shows the folder as unavailable.
        logError(`automatic backup (${reason})`, error)
      }
    }
    autoBackup('start')
    const checkMs = options.autoBackupCheckMs ?? AUTO_BACKUP_CHECK_MS
    const timer = checkMs > 0 ? setInterval(() => autoBackup('auto'), checkMs) : null
    timer?.unref()
    const thread = readerThread(options.xlsxReaderFile)
    const readers = thread ? readerPool(thread) : null
    const api = createApi({
      ctx,
      backups,
      safety,
      dataDir,
      version: options.version,
      schemaVersion: database.current.schemaVersion,
      emit: options.emit,
      logError,
      readers,
    })
    rememberAppearance(api)
    return {
      kind: 'normal',
      api,
      close() {
        if (timer) clearInterval(timer)
        void readers?.close()
        database.current.close()
      },
    }
  }

  function openRecovery(): Mode {
    const knownSchema = knownSchemaVersion(options.migrationsFolder)
    const appearance = store.read().appearance
    // Exactly the methods the contract marks inRecovery (a missing or extra one is a type error).
    const table: { [M in RecoveryMethod]: (input: MethodParsedInput<M>) => MethodOutput<M> } = {
      'app.info': () => ({
        version: options.version,
        dataDir,
        schemaVersion: knownSchema,
        locale: appearance?.locale ?? 'zh-CN',
        theme: appearance?.theme ?? 'auto',
        ...safety.info(),
      }),
      'app.unlock': (input) => lock.unlock(input.password),
      'backups.list': () => recoveryInfo(file, target.dir()).backups,
      'backups.config': () => backupConfig(dataDir, store),
      'backups.restore': (input) => {
        const restored = restoreOverDamaged({
          file,
          dataDir,
          backupDir: target.dir(),
          id: input.id,
          knownSchema,
          clock,
          attachmentsDir: attachmentsDir(dataDir),
        })
        log.info(`restored backup ${restored.id} over the damaged database`)
        mode = openNormal()
        inRecovery = false
        return restored
      },
    }
    return {
      kind: 'recovery',
      api: createDispatcher(table as HandlerTable, {
        logError,
        unavailable: () => IN_RECOVERY,
      }),
      close: () => undefined,
    }
  }

  try {
    mode = openNormal()
  } catch (error) {
    if (!isDamaged(error)) throw error
    log.error('the database could not be opened; starting in recovery mode', error.cause ?? error)
    inRecovery = true
    mode = openRecovery()
  }

  const api: Api = {
    dispatch(method: string, input: unknown): Result<unknown> {
      if (lock.isLocked() && !METHODS_WHILE_LOCKED.includes(method))
        return { ok: false, error: LOCKED }
      const result = mode.api.dispatch(method, input)
      if (method === 'settings.update' && result.ok) rememberAppearance(mode.api)
      return result
    },
    dispatchAsync(method: string, input: unknown): Promise<Result<unknown>> {
      if (lock.isLocked() && !METHODS_WHILE_LOCKED.includes(method))
        return Promise.resolve({ ok: false, error: LOCKED })
      return mode.api.dispatchAsync(method, input).then((result) => {
        if (method === 'settings.update' && result.ok) rememberAppearance(mode.api)
        return result
      })
    },
  }

  return {
    api,
    mode: () => mode.kind,
    close: () => mode.close(),
  }
}

/** For `kehu serve --backup-dir`: the CLI, not an HTTP caller, may name a folder. */
export function setBackupFolder(dataDir: string, dir: string) {
  return changeBackupFolder(dataDir, openConfigStore(dataDir), dir)
}

import { join } from 'node:path'

/** Where each piece of the desktop app lives, in development and when packaged. */
export interface DesktopPaths {
  /** The database and backups: userData, the folder `kehu serve` also uses by default. */
  dataDir: string
  migrationsFolder: string
  rendererDir: string
  preloadFile: string
  workerFile: string
  /** An import's .xlsx reader thread, started by the core's worker (core/excel/xlsx-thread.ts). */
  xlsxReaderFile: string
  /** The Electron-ABI build of better-sqlite3 (never the Node one in node_modules). */
  nativeBinding: string
  windowStateFile: string
}

export interface DesktopEnvironment {
  /** app.getAppPath(): the repository in development, resources/app.asar when packaged. */
  appPath: string
  isPackaged: boolean
  /** process.resourcesPath: electron-builder's extraResources land here. */
  resourcesPath: string
  userData: string
  /** KEHU_DATA_DIR, as for the CLI (defaultDataDir in core/paths.ts). */
  dataDirOverride?: string
}

/**
 * electron-builder.yml copies migrations/ and build/native/electron/ next to app.asar
 * (extraResources): SQL files and a .node library must be real files on disk.
 */
export function desktopPaths(env: DesktopEnvironment): DesktopPaths {
  const out = join(env.appPath, 'out')
  return {
    dataDir: env.dataDirOverride || env.userData,
    migrationsFolder: env.isPackaged
      ? join(env.resourcesPath, 'migrations')
      : join(env.appPath, 'migrations'),
    rendererDir: join(out, 'renderer'),
    preloadFile: join(out, 'preload', 'index.cjs'),
    workerFile: join(out, 'main', 'worker.js'),
    xlsxReaderFile: join(out, 'main', 'xlsx-reader.js'),
    nativeBinding: env.isPackaged
      ? join(env.resourcesPath, 'native', 'better_sqlite3.node')
      : join(env.appPath, 'build', 'native', 'electron', 'better_sqlite3.node'),
    windowStateFile: join(env.userData, 'window-state.json'),
  }
}

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { desktopPaths } from '../../../src/main/electron/desktop-paths'
import { ensureNativeBinding, missingNativeMessage } from '../../../src/main/electron/native'
import { tempDir } from '../helpers'
import { dialog, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

beforeEach(() => resetFakeElectron())

describe('desktop paths', () => {
  const common = {
    appPath: '/repo',
    resourcesPath: '/opt/Kehu/resources',
    userData: '/home/u/.config/Kehu',
  }

  it('in development uses the repository: migrations/ and build/native/electron/', () => {
    const paths = desktopPaths({ ...common, isPackaged: false })
    expect(paths).toEqual({
      dataDir: '/home/u/.config/Kehu',
      migrationsFolder: join('/repo', 'migrations'),
      rendererDir: join('/repo', 'out', 'renderer'),
      preloadFile: join('/repo', 'out', 'preload', 'index.cjs'),
      workerFile: join('/repo', 'out', 'main', 'worker.js'),
      xlsxReaderFile: join('/repo', 'out', 'main', 'xlsx-reader.js'),
      nativeBinding: join('/repo', 'build', 'native', 'electron', 'better_sqlite3.node'),
      windowStateFile: join('/home/u/.config/Kehu', 'window-state.json'),
    })
  })

  it('when packaged takes migrations and the native module from resources (extraResources)', () => {
    const paths = desktopPaths({
      ...common,
      appPath: '/opt/Kehu/resources/app.asar',
      isPackaged: true,
    })
    expect(paths.migrationsFolder).toBe(join('/opt/Kehu/resources', 'migrations'))
    expect(paths.nativeBinding).toBe(join('/opt/Kehu/resources', 'native', 'better_sqlite3.node'))
    expect(paths.workerFile).toBe(join('/opt/Kehu/resources/app.asar', 'out', 'main', 'worker.js'))
  })

  it('honours KEHU_DATA_DIR like the CLI', () => {
    expect(
      desktopPaths({ ...common, isPackaged: false, dataDirOverride: '/data/kehu' }).dataDir,
    ).toBe('/data/kehu')
  })
})

describe('the Electron build of better-sqlite3', () => {
  it('is accepted when the file exists, without a dialog', () => {
    const file = join(tempDir(), 'better_sqlite3.node')
    writeFileSync(file, '')
    expect(ensureNativeBinding(file, 'zh-CN', false)).toBe(true)
    expect(dialog.showErrorBox).not.toHaveBeenCalled()
  })

  it('when missing, says so in plain words with the fix, and refuses to go on', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(ensureNativeBinding('/nowhere/better_sqlite3.node', 'en-US', false)).toBe(false)
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Kehu cannot start',
      expect.stringContaining('/nowhere/better_sqlite3.node'),
    )
    expect(dialog.showErrorBox.mock.calls[0]![1]).toContain(
      'node scripts/build-electron-native.mjs',
    )
    quiet.mockRestore()
  })

  it('tells a user of the installed app to reinstall rather than build', () => {
    expect(missingNativeMessage('/x', 'zh-CN', true).content).toContain('重新安装')
    expect(missingNativeMessage('/x', 'en', true).content).toContain('reinstall')
  })
})

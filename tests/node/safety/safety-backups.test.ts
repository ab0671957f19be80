import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { setBackupFolder } from '../../../src/main/core'
import { NOW, openTestCore, tempDir } from '../helpers'

const HOUR = 3_600_000

function errorOf(result: { ok: boolean; error?: unknown }) {
  return result.ok
    ? null
    : (result.error as { code: string; key: string; details?: { key: string }[] })
}

describe('backup settings', () => {
  it('defaults to <data folder>/backups, 10 newest, 30 days, every 24 hours', () => {
    const core = openTestCore()
    expect(core.ok('backups.config', {})).toEqual({
      dir: join(core.dataDir, 'backups'),
      defaultDir: join(core.dataDir, 'backups'),
      isDefault: true,
      available: true,
      keepLast: 10,
      keepDays: 30,
      autoBackupHours: 24,
    })
    core.close()
  })

  it('changes rotation and interval within bounds, and keeps them beside the database', () => {
    const core = openTestCore()
    const config = core.ok('backups.configure', { keepLast: 3, keepDays: 0, autoBackupHours: 6 })
    expect(config).toMatchObject({ keepLast: 3, keepDays: 0, autoBackupHours: 6 })
    const bad = errorOf(core.call('backups.configure', { keepLast: 0, autoBackupHours: 0.5 }))
    expect(bad?.code).toBe('VALIDATION')
    expect(core.ok('backups.config', {}).keepLast).toBe(3)

    // Rotation keeps the newest three (no daily copies with keepDays 0).
    core.ok('customers.create', { name: '轮换' })
    for (let i = 0; i < 5; i++) {
      core.ok('backups.create', {})
      core.clock.advance(60_000)
    }
    expect(core.ok('backups.list', {})).toHaveLength(3)
    const dir = core.dataDir
    core.close()
    // The settings survive a restart (kehu-config.json, not the database).
    const again = openTestCore(dir)
    expect(again.ok('backups.config', {})).toMatchObject({ keepLast: 3, autoBackupHours: 6 })
    again.close()
  })

  it('the interval decides the automatic backup at start', () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '间隔' })
    core.ok('backups.configure', { autoBackupHours: 2 })
    core.ok('backups.create', {})
    const dir = core.dataDir
    core.close()
    expect(reasonsAfterStartAt(dir, NOW + HOUR)).toEqual(['manual'])
    expect(reasonsAfterStartAt(dir, NOW + 3 * HOUR)).toEqual(['start', 'manual'])
  })

  it('moves to a folder the owner chose, moves nothing, and says how many stayed behind', () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '换文件夹' })
    core.ok('backups.create', {})
    core.clock.advance(1000)
    core.ok('backups.create', {})
    const usb = join(tempDir(), 'U盘', 'Kehu 备份')
    mkdirSync(usb, { recursive: true })
    // The hosts refuse this method from their callers; the desktop main process calls it after a folder dialog.
    const change = core.ok('backups.setFolder', { dir: usb })
    expect(change).toMatchObject({ previousDir: join(core.dataDir, 'backups'), leftBehind: 2 })
    expect(change.config).toMatchObject({ dir: usb, isDefault: false, available: true })
    core.clock.advance(1000)
    const written = core.ok('backups.create', {})
    expect(readdirSync(usb)).toEqual([`kehu-${written.createdAt}-manual.db`])
    expect(core.ok('backups.list', {})).toHaveLength(1)
    expect(readdirSync(join(core.dataDir, 'backups'))).toHaveLength(2)

    const back = core.ok('backups.useDefaultFolder', {})
    expect(back).toMatchObject({ previousDir: usb, leftBehind: 1, config: { isDefault: true } })
    expect(core.ok('backups.list', {})).toHaveLength(2)
    core.close()
  })

  it('kehu serve --backup-dir sets the folder before the core opens', () => {
    const dataDir = tempDir()
    const usb = tempDir()
    expect(setBackupFolder(dataDir, usb).config).toMatchObject({ dir: usb, isDefault: false })
    const core = openTestCore(dataDir)
    expect(core.ok('backups.config', {}).dir).toBe(usb)
    core.close()
  })

  it('refuses a relative path, a missing folder and a file, changing nothing', () => {
    const core = openTestCore()
    const file = join(tempDir(), 'a-file.txt')
    writeFileSync(file, 'x')
    for (const dir of ['backups', join(tempDir(), 'no', 'such', 'folder'), file]) {
      const refused = errorOf(core.call('backups.setFolder', { dir }))
      expect(refused?.code).toBe('VALIDATION')
      expect(['errors.backupFolderRelative', 'errors.backupFolderNotWritable']).toContain(
        refused?.key,
      )
    }
    expect(core.ok('backups.config', {}).isDefault).toBe(true)
    core.close()
  })

  it('when the chosen folder is gone (USB disk unplugged): a clear error, no folder made, start still works', () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '拔掉U盘' })
    const usb = join(tempDir(), 'usb')
    mkdirSync(usb)
    core.ok('backups.setFolder', { dir: usb })
    rmSync(usb, { recursive: true })
    expect(core.ok('backups.config', {}).available).toBe(false)
    const failed = errorOf(core.call('backups.create', {}))
    expect(failed).toMatchObject({ code: 'CONFLICT', key: 'errors.backupFolderUnavailable' })
    expect(existsSync(usb)).toBe(false)
    const dir = core.dataDir
    core.close()
    // The start backup is due (data, no backup) but cannot be written: Kehu starts anyway.
    const again = openTestCore(dir)
    expect(again.ok('customers.list', {}).total).toBe(1)
    expect(existsSync(usb)).toBe(false)
    again.close()
  })
})

function reasonsAfterStartAt(dir: string, now: number): string[] {
  const core = openTestCore(dir, now)
  const reasons = core.ok('backups.list', {}).map((b) => b.reason)
  core.close()
  return reasons
}

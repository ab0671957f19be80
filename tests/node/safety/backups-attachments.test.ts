import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Backup, ContractAttachment } from '../../../src/shared/api'
import { NOW, openTestCore, tempDir, type TestCore } from '../helpers'
import { ledgerSetup, newContract } from '../ledger/helpers'

/**
 * Backups keep the contract attachments their database names (a `.files` folder beside
 * each backup: hard links on the same disk, copies on another), restores put them back,
 * rotation removes them with their backup.
 */

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`)

function attach(core: TestCore, contractId: number, name: string, bytes: Buffer) {
  return core.ok('contracts.attach', {
    contractId,
    file: { name, base64: bytes.toString('base64') },
  })
}

function storedNames(core: TestCore): string[] {
  const dir = join(core.dataDir, 'attachments')
  return existsSync(dir) ? readdirSync(dir).sort() : []
}

const filesDir = (dir: string, backup: Backup) =>
  join(dir, `kehu-${backup.createdAt}-${backup.reason}.files`)

const download = (core: TestCore, attachment: ContractAttachment) =>
  Buffer.from(core.ok('contracts.attachment', { id: attachment.id }).base64, 'base64')

const otherDisks: string[] = []
afterEach(() => {
  for (const dir of otherDisks.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('backups and attachments', () => {
  it('keep the files a backup names, restore them with it, and undo the restore', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const contract = newContract(core, customer.id)
    const scan = attach(core, contract.id, '合同扫描件.pdf', pdf('scan'))
    const [scanFile] = storedNames(core)
    const first = core.ok('backups.create', {})
    const backups = join(core.dataDir, 'backups')
    // Beside the backup, the file it names: a hard link on the same disk (no space used).
    expect(readdirSync(filesDir(backups, first))).toEqual([scanFile])
    const kept = join(filesDir(backups, first), scanFile!)
    expect(readFileSync(kept)).toEqual(pdf('scan'))
    expect(statSync(kept).ino).toBe(statSync(join(core.dataDir, 'attachments', scanFile!)).ino)

    // The scan is removed and a signed copy attached: the next backup names only that one.
    core.clock.advance(60_000)
    core.ok('contracts.detach', { id: scan.id })
    const signed = attach(core, contract.id, '盖章版.pdf', pdf('signed'))
    const [signedFile] = storedNames(core)
    expect(storedNames(core)).toEqual([signedFile])
    const second = core.ok('backups.create', {})
    expect(readdirSync(filesDir(backups, second))).toEqual([signedFile])
    // The first backup's copy outlives the removed file.
    expect(readFileSync(kept)).toEqual(pdf('scan'))

    // Restoring the first backup brings the scan back and it downloads again.
    core.clock.advance(60_000)
    const safety = core.ok('backups.restore', { id: first.id })
    expect(core.ok('contracts.get', { id: contract.id }).attachments.map((a) => a.name)).toEqual([
      '合同扫描件.pdf',
    ])
    expect(download(core, scan)).toEqual(pdf('scan'))
    // Nothing is deleted: the signed copy's file stays (its row is not in this database).
    expect(storedNames(core)).toEqual([scanFile, signedFile].sort())
    // The backup taken before the restore holds the signed copy: undoing brings it back.
    expect(readdirSync(filesDir(backups, safety))).toEqual([signedFile])
    core.clock.advance(60_000)
    core.ok('backups.restore', { id: safety.id })
    expect(download(core, signed)).toEqual(pdf('signed'))
    core.close()
  })

  it('puts a file back that was lost from the data folder', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const contract = newContract(core, customer.id)
    const scan = attach(core, contract.id, 'scan.pdf', pdf('scan'))
    const backup = core.ok('backups.create', {})
    rmSync(join(core.dataDir, 'attachments'), { recursive: true })
    expect(core.call('contracts.attachment', { id: scan.id }).ok).toBe(false)
    core.clock.advance(60_000)
    core.ok('backups.restore', { id: backup.id })
    expect(download(core, scan)).toEqual(pdf('scan'))
    core.close()
  })

  it('rotation removes a backup with its files; leftovers of a crash are tidied', () => {
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    attach(core, newContract(core, customer.id).id, 'scan.pdf', pdf('scan'))
    core.ok('backups.configure', { keepLast: 2, keepDays: 0 })
    const backups = join(core.dataDir, 'backups')
    // A crash while a backup's files were written, and a folder whose database is gone.
    mkdirSync(join(backups, 'kehu-1700000000000-manual.files.partial'), { recursive: true })
    mkdirSync(join(backups, 'kehu-1700000000001-manual.files'), { recursive: true })
    writeFileSync(join(backups, 'kehu-1700000000001-manual.files', 'x.pdf'), 'x')
    const made: Backup[] = []
    for (let i = 0; i < 4; i++) {
      made.push(core.ok('backups.create', {}))
      core.clock.advance(60_000)
    }
    const listed = core.ok('backups.list', {})
    expect(listed.map((b) => b.id)).toEqual([made[3]!.id, made[2]!.id])
    expect(readdirSync(backups).sort()).toEqual(
      [made[2]!, made[3]!]
        .flatMap((b) => [`kehu-${b.createdAt}-manual.db`, `kehu-${b.createdAt}-manual.files`])
        .sort(),
    )
    core.close()
  })

  it('copies to a backup folder on another disk, linking from the previous backup there', () => {
    // /dev/shm is a memory disk: another device than the temp folder, so no hard link across.
    const usb = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tempDir(), 'kehu-usb-'))
    otherDisks.push(usb)
    const core = openTestCore()
    const { customer } = ledgerSetup(core)
    const contract = newContract(core, customer.id)
    attach(core, contract.id, 'a.pdf', pdf('a'))
    core.ok('backups.setFolder', { dir: usb })
    const first = core.ok('backups.create', {})
    const [aFile] = storedNames(core)
    const inFirst = join(filesDir(usb, first), aFile!)
    expect(readFileSync(inFirst)).toEqual(pdf('a'))
    const sameDisk = statSync(usb).dev === statSync(core.dataDir).dev
    if (!sameDisk)
      expect(statSync(inFirst).ino).not.toBe(
        statSync(join(core.dataDir, 'attachments', aFile!)).ino,
      )
    core.clock.advance(60_000)
    attach(core, contract.id, 'b.pdf', pdf('b'))
    const second = core.ok('backups.create', {})
    expect(readdirSync(filesDir(usb, second)).sort()).toEqual(storedNames(core))
    // The file already on that disk is linked from the earlier backup, not copied again.
    expect(statSync(join(filesDir(usb, second), aFile!)).ino).toBe(statSync(inFirst).ino)
    core.close()
  })

  it('a backup from before any attachment has no folder; the migration backup works without the table', () => {
    const core = openTestCore()
    core.ok('customers.create', { name: '无附件' })
    const backup = core.ok('backups.create', {})
    expect(existsSync(filesDir(join(core.dataDir, 'backups'), backup))).toBe(false)
    core.close()
  })

  it('the recovery screen restores the files with the database', () => {
    const dir = tempDir()
    const core = openTestCore(dir)
    const { customer } = ledgerSetup(core)
    const scan = attach(core, newContract(core, customer.id).id, 'scan.pdf', pdf('scan'))
    const backup = core.ok('backups.create', {})
    core.close()
    // The database is lost to garbage, and the attachments folder with it.
    writeFileSync(join(dir, 'kehu.db'), Buffer.alloc(64 * 1024, 0x5a))
    for (const suffix of ['-wal', '-shm']) rmSync(join(dir, `kehu.db${suffix}`), { force: true })
    rmSync(join(dir, 'attachments'), { recursive: true })
    const recovering = openTestCore(dir, NOW + 120_000)
    expect(recovering.mode()).toBe('recovery')
    recovering.ok('backups.restore', { id: backup.id })
    expect(recovering.mode()).toBe('normal')
    expect(download(recovering, scan)).toEqual(pdf('scan'))
    recovering.close()
  })
})

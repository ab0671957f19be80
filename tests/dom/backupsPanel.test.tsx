import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Backup } from '../../src/shared/api'
import { formatInstant } from '../../src/shared/dates'
import { BackupsPanel } from '../../src/renderer/src/features/settings/components/BackupsPanel'
import { callsOf, renderWithProviders, stubHost } from './render'

const T = Date.UTC(2026, 10, 23, 6, 5)
const BACKUPS: Backup[] = [
  { id: T, createdAt: T, sizeBytes: 2.5 * 1024 * 1024, reason: 'manual' },
  { id: T - 60_000, createdAt: T - 60_000, sizeBytes: 512 * 1024, reason: 'start' },
  { id: T - 120_000, createdAt: T - 120_000, sizeBytes: 40 * 1024, reason: 'migration' },
  { id: T - 180_000, createdAt: T - 180_000, sizeBytes: 1536, reason: 'restore' },
]
const BEFORE: Backup = { id: T + 1000, createdAt: T + 1000, sizeBytes: 4096, reason: 'restore' }

function host() {
  return stubHost({
    'app.info': () => ({
      ok: true,
      value: { version: '1.0.0', dataDir: '/home/u/Kehu', schemaVersion: 3, locale: 'zh-CN' },
    }),
    'backups.list': () => ({ ok: true, value: BACKUPS }),
    'backups.config': () => ({
      ok: true,
      value: {
        dir: '/home/u/Kehu/backups',
        defaultDir: '/home/u/Kehu/backups',
        isDefault: true,
        available: true,
        keepLast: 10,
        keepDays: 30,
        autoBackupHours: 24,
      },
    }),
    'backups.restore': () => ({ ok: true, value: BEFORE }),
  })
}

describe('the backups panel', () => {
  beforeEach(() => notifications.clean())

  it('lists the backups with their time, translated reason and size, and where they live', async () => {
    host()
    await renderWithProviders(<BackupsPanel />)
    const rows = await screen.findAllByTestId('backup-row')
    expect(rows).toHaveLength(4)
    expect(rows[0]).toHaveTextContent(formatInstant(T))
    expect(rows[0]).toHaveTextContent(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      '手动',
      '启动时自动',
      '升级前自动',
      '恢复前自动',
    ])
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual([
      '2.5 MB',
      '512.0 KB',
      '40.0 KB',
      '1.5 KB',
    ])
    expect(await screen.findByTestId('backups-dir')).toHaveTextContent('/home/u/Kehu/backups')
  })

  it('asks first, says the current data is backed up first, and restores only after confirming', async () => {
    const fetchMock = host()
    await renderWithProviders(<BackupsPanel />)
    const rows = await screen.findAllByTestId('backup-row')
    await userEvent.click(within(rows[1]!).getByTestId('backup-restore'))
    const dialog = await screen.findByTestId('backup-restore-dialog')
    expect(dialog).toHaveTextContent(formatInstant(T - 60_000))
    expect(dialog).toHaveTextContent('恢复前会先自动备份当前数据')
    expect(callsOf(fetchMock, 'backups.restore')).toHaveLength(0)

    // Cancel leaves the data alone.
    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }))
    await waitFor(() => expect(screen.queryByTestId('backup-restore-dialog')).toBeNull())
    expect(callsOf(fetchMock, 'backups.restore')).toHaveLength(0)

    await userEvent.click(within(rows[1]!).getByTestId('backup-restore'))
    await userEvent.click(await screen.findByTestId('backup-restore-confirm'))
    await waitFor(() =>
      expect(callsOf(fetchMock, 'backups.restore')).toEqual([{ id: T - 60_000 }]),
    )

    // The toast's Undo restores the backup taken of the replaced data.
    await userEvent.click(await screen.findByTestId('toast-undo'))
    await waitFor(() =>
      expect(callsOf(fetchMock, 'backups.restore')).toEqual([{ id: T - 60_000 }, { id: BEFORE.id }]),
    )
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LockScreen } from '../../src/renderer/src/features/safety/components/LockScreen'
import { RecoveryScreen } from '../../src/renderer/src/features/safety/components/RecoveryScreen'
import { PasswordLockPanel } from '../../src/renderer/src/features/settings/components/PasswordLockPanel'
import type { Backup, RecoveryInfo, Result } from '../../src/shared/api'
import { callsOf, renderWithProviders, stubHost } from './render'

const T = Date.UTC(2026, 10, 23, 2, 0)
const backup = (minutesAgo: number, reason = 'start'): Backup => ({
  id: T - minutesAgo * 60_000,
  createdAt: T - minutesAgo * 60_000,
  sizeBytes: 300 * 1024,
  reason,
})

afterEach(() => vi.unstubAllGlobals())

describe('the lock screen', () => {
  it('says a wrong password plainly, shows the wait the core asks for, and unlocks with the right one', async () => {
    const answers: Result<unknown>[] = [
      {
        ok: false,
        error: {
          code: 'VALIDATION',
          key: 'errors.validation',
          message: 'x',
          details: [
            { path: 'password', key: 'errors.wrongPassword', message: 'x', params: { seconds: 0 } },
          ],
        },
      },
      { ok: true, value: { enabled: true, locked: false } },
    ]
    const fetchMock = stubHost({ 'app.unlock': () => answers.shift()! })
    const onUnlocked = vi.fn()
    await renderWithProviders(<LockScreen onUnlocked={onUnlocked} />)
    const input = screen.getByTestId('lock-password')
    await userEvent.type(input, 'nope{Enter}')
    expect(await screen.findByText('密码不对。')).toBeInTheDocument()
    expect(onUnlocked).not.toHaveBeenCalled()
    await userEvent.type(input, '芝麻开门{Enter}')
    await waitFor(() => expect(onUnlocked).toHaveBeenCalled())
    expect(callsOf(fetchMock, 'app.unlock')).toEqual([
      { password: 'nope' },
      { password: '芝麻开门' },
    ])
  })

  it('counts down and keeps the button off while the core makes the next try wait', async () => {
    stubHost({
      'app.unlock': () => ({
        ok: false,
        error: { code: 'CONFLICT', key: 'errors.unlockWait', message: 'x', params: { seconds: 4 } },
      }),
    })
    await renderWithProviders(<LockScreen onUnlocked={vi.fn()} />)
    await userEvent.type(screen.getByTestId('lock-password'), 'again{Enter}')
    expect(await screen.findByText('密码错误次数较多，请 4 秒后再试。')).toBeInTheDocument()
    await userEvent.type(screen.getByTestId('lock-password'), 'x')
    expect(screen.getByTestId('lock-unlock')).toBeDisabled()
    expect(screen.getByTestId('lock-unlock')).toHaveTextContent('解锁 (4)')
  })
})

describe('the recovery screen', () => {
  const recovery: RecoveryInfo = {
    reason: 'damaged',
    file: '/home/u/Kehu/kehu.db',
    // The newest failed quick_check; the one before is the newest good one.
    backups: [backup(5, 'manual'), backup(60), backup(600, 'migration')],
    newestGoodId: backup(60).id,
  }

  it('offers the newest good backup, marks newer ones damaged, and restores on a click', async () => {
    const fetchMock = stubHost({ 'backups.restore': () => ({ ok: true, value: backup(60) }) })
    const onRestored = vi.fn()
    await renderWithProviders(<RecoveryScreen recovery={recovery} onRestored={onRestored} />)
    expect(screen.getByText('数据库文件已损坏')).toBeInTheDocument()
    expect(screen.getByText('/home/u/Kehu/kehu.db')).toBeInTheDocument()
    const rows = screen.getAllByTestId('recovery-backup-row')
    expect(rows).toHaveLength(2)
    expect(within(rows[0]!).getByText('已损坏')).toBeInTheDocument()
    expect(within(rows[1]!).getByRole('button', { name: '恢复' })).toBeEnabled()
    await userEvent.click(screen.getByTestId('recovery-restore-newest'))
    await waitFor(() => expect(onRestored).toHaveBeenCalled())
    expect(callsOf(fetchMock, 'backups.restore')).toEqual([{ id: backup(60).id }])
  })

  it('says so when no backup is usable, and shows a failed restore', async () => {
    await renderWithProviders(
      <RecoveryScreen
        recovery={{ ...recovery, backups: [], newestGoodId: null }}
        onRestored={vi.fn()}
      />,
      { locale: 'en' },
    )
    expect(screen.getByText('There are no backups in the backup folder yet.')).toBeInTheDocument()
  })
})

describe('the password lock panel', () => {
  it('checks the two new passwords before asking the core, then turns the lock on', async () => {
    const fetchMock = stubHost({
      'app.info': () => ({
        ok: true,
        value: {
          version: '1',
          dataDir: '/d',
          schemaVersion: 1,
          locale: 'zh-CN',
          passwordSet: false,
        },
      }),
      'app.setPassword': () => ({ ok: true, value: { enabled: true, locked: false } }),
    })
    await renderWithProviders(<PasswordLockPanel />)
    expect(await screen.findByTestId('password-status')).toHaveTextContent('未启用')
    await userEvent.type(screen.getByTestId('password-password'), 'abcd')
    await userEvent.type(screen.getByTestId('password-confirm'), 'abce')
    await userEvent.click(screen.getByTestId('password-save'))
    expect(await screen.findByText('两次输入的密码不一样')).toBeInTheDocument()
    expect(callsOf(fetchMock, 'app.setPassword')).toEqual([])
    await userEvent.clear(screen.getByTestId('password-confirm'))
    await userEvent.type(screen.getByTestId('password-confirm'), 'abcd')
    await userEvent.click(screen.getByTestId('password-save'))
    await waitFor(() =>
      expect(callsOf(fetchMock, 'app.setPassword')).toEqual([{ password: 'abcd' }]),
    )
  })
})

import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import type { LockStatus } from '../../../shared/api'
import type { Clock } from '../clock'
import { AppError, invalidField } from '../errors'
import type { ConfigStore, PasswordHash } from './config'

/**
 * scrypt parameters (N = 2^15, r = 8, p = 1: 32 MiB and some tens of ms per check).
 * They are stored with each hash, so raising them later does not lock anyone out.
 */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const
const KEY_LENGTH = 64

export interface PasswordLock {
  status(): LockStatus
  /** True when a password is set and has not been entered since start (or since lock()). */
  isLocked(): boolean
  unlock(password: string): LockStatus
  lock(): LockStatus
  setPassword(current: string | undefined, password: string): LockStatus
  removePassword(current: string): LockStatus
}

export function hashPassword(password: string, salt = randomBytes(16)): PasswordHash {
  const hash = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, {
    ...SCRYPT,
    maxmem: 128 * SCRYPT.N * SCRYPT.r * 2,
  })
  return {
    algorithm: 'scrypt',
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
    ...SCRYPT,
  }
}

export function passwordMatches(stored: PasswordHash, password: string): boolean {
  const expected = Buffer.from(stored.hash, 'base64')
  const given = scryptSync(
    password.normalize('NFC'),
    Buffer.from(stored.salt, 'base64'),
    expected.length,
    {
      N: stored.N,
      r: stored.r,
      p: stored.p,
      maxmem: 128 * stored.N * stored.r * 2,
    },
  )
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * Seconds to wait before the next try after `failures` wrong passwords in a row:
 * none after the first (a typo), then 1, 2, 4 … up to 60.
 */
export function retryDelaySeconds(failures: number): number {
  if (failures <= 1) return 0
  return Math.min(60, 2 ** (failures - 2))
}

/**
 * The optional password lock. It keeps the data out of sight of someone at the
 * unlocked PC; it does not encrypt the file (see README "Password lock"). The
 * wait after wrong passwords is enforced here, by the clock, not by sleeping: a
 * try before the time is refused without checking the password.
 */
export function createPasswordLock(store: ConfigStore, clock: Clock): PasswordLock {
  let unlocked = store.read().password === null
  let failures = 0
  let retryAt = 0

  const status = (): LockStatus => {
    const enabled = store.read().password !== null
    return { enabled, locked: enabled && !unlocked }
  }

  function check(password: string): void {
    const stored = store.read().password
    if (!stored) return
    const now = clock.now()
    if (now < retryAt) {
      throw new AppError(
        'CONFLICT',
        'errors.unlockWait',
        `Too many wrong passwords: try again in ${Math.ceil((retryAt - now) / 1000)} s`,
        { seconds: Math.ceil((retryAt - now) / 1000) },
      )
    }
    if (passwordMatches(stored, password)) {
      failures = 0
      retryAt = 0
      return
    }
    failures += 1
    const wait = retryDelaySeconds(failures)
    retryAt = now + wait * 1000
    throw invalidField('password', 'errors.wrongPassword', 'The password is not right', {
      seconds: wait,
    })
  }

  return {
    status,
    isLocked: () => status().locked,
    unlock(password) {
      check(password)
      unlocked = true
      return status()
    },
    lock() {
      if (status().enabled) unlocked = false
      return status()
    },
    setPassword(current, password) {
      if (store.read().password) {
        if (current === undefined) throw invalidField('current', 'errors.required', 'Required')
        try {
          check(current)
        } catch (error) {
          throw renamePath(error, 'current')
        }
      }
      store.update({ password: hashPassword(password) })
      unlocked = true
      return status()
    },
    removePassword(current) {
      try {
        check(current)
      } catch (error) {
        throw renamePath(error, 'current')
      }
      store.update({ password: null })
      unlocked = true
      return status()
    },
  }
}

/** A wrong current password belongs under the "current password" field. */
function renamePath(error: unknown, path: string): unknown {
  if (error instanceof AppError && error.details)
    return new AppError(
      error.code,
      error.key,
      error.message,
      error.params,
      error.details.map((detail) => ({ ...detail, path })),
    )
  return error
}

import { localDate } from '../../shared/dates'

/** Injected everywhere time matters, so tests can fix or move it. */
export interface Clock {
  now(): number
  /** Set on an offset clock (`kehu serve --today`): ms it runs ahead of the real one. */
  offsetMs?: number
}

export const systemClock: Clock = { now: () => Date.now() }

/**
 * A running clock on which today is `date` ('YYYY-MM-DD', local): the real time of day
 * on that date, still ticking (`kehu serve --today`, for testing and demos).
 */
export function offsetClock(date: string, real: () => number = Date.now): Clock {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const now = new Date(real())
  const shifted = new Date(now)
  shifted.setFullYear(y, m - 1, d)
  const offsetMs = shifted.getTime() - now.getTime()
  return { offsetMs, now: () => real() + offsetMs }
}

export function fixedClock(
  start: number,
): Clock & { set(ms: number): void; advance(ms: number): void } {
  let current = start
  return {
    now: () => current,
    set: (ms) => {
      current = ms
    },
    advance: (ms) => {
      current += ms
    },
  }
}

export function today(clock: Clock): string {
  return localDate(clock.now())
}

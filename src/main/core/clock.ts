import { localDate } from '../../shared/dates'

/** Injected everywhere time matters, so tests can fix or move it. */
export interface Clock {
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

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

/**
 * The app's clock: the real one, or ahead of it by app.info's `clockOffsetMs` when the
 * host runs with `kehu serve --today` (testing and demos), so the screens' "today" is
 * the core's.
 */
let offsetMs = 0

export function setClockOffset(ms: number | undefined): void {
  offsetMs = ms ?? 0
}

export function appNow(): number {
  return Date.now() + offsetMs
}

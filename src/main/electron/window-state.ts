import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** Where and how big the window was when the user last closed it. */
export interface WindowState {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false }
export const MIN_WIDTH = 960
export const MIN_HEIGHT = 600

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/**
 * Reads the saved state; anything missing, unreadable or off every screen (a monitor
 * that was unplugged) falls back to a centred default rather than an invisible window.
 */
export function loadWindowState(file: string, workAreas: Rectangle[]): WindowState {
  let saved: Partial<Record<keyof WindowState, unknown>>
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as typeof saved
  } catch {
    return { ...DEFAULT_WINDOW_STATE }
  }
  if (typeof saved !== 'object' || saved === null) return { ...DEFAULT_WINDOW_STATE }
  const width = finite(saved.width)
    ? Math.max(MIN_WIDTH, Math.round(saved.width))
    : DEFAULT_WINDOW_STATE.width
  const height = finite(saved.height)
    ? Math.max(MIN_HEIGHT, Math.round(saved.height))
    : DEFAULT_WINDOW_STATE.height
  const state: WindowState = { width, height, maximized: saved.maximized === true }
  if (finite(saved.x) && finite(saved.y)) {
    const bounds = { x: Math.round(saved.x), y: Math.round(saved.y), width, height }
    if (workAreas.some((area) => overlapsEnough(bounds, area)))
      Object.assign(state, { x: bounds.x, y: bounds.y })
  }
  return state
}

/** At least a 100×50 px piece of the window (its title bar, in practice) must be on the screen. */
function overlapsEnough(window: Rectangle, area: Rectangle): boolean {
  const w = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x)
  const h = Math.min(window.y + window.height, area.y + area.height) - Math.max(window.y, area.y)
  return w >= 100 && h >= 50
}

/** Written through a temporary file so a crash mid-write never leaves half a JSON file. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    const temporary = `${file}.tmp`
    writeFileSync(temporary, JSON.stringify(state))
    renameSync(temporary, file)
  } catch (error) {
    // Losing the window position is not worth interrupting the user's quit.
    console.error('Kehu: could not save the window position:', error)
  }
}

/**
 * The desktop app opens where the owner left it (ARCHITECTURE: "remembers the last view").
 * Only in Electron: its app://kehu origin is stable, while browser mode's port may change
 * (and a browser tab already keeps its own address).
 */
const KEY = 'kehu.lastView'

export function rememberView(path: string): void {
  if (!window.kehu) return
  try {
    window.localStorage.setItem(KEY, path)
  } catch {
    // Storage full or disabled: not worth a word to the owner.
  }
}

/** At start: when the window opens on the home page, go to the last view instead. */
export function restoreLastView(): void {
  if (!window.kehu) return
  const hash = window.location.hash
  if (hash !== '' && hash !== '#' && hash !== '#/') return
  let saved: string | null = null
  try {
    saved = window.localStorage.getItem(KEY)
  } catch {
    return
  }
  if (saved && saved.startsWith('/') && !saved.startsWith('//')) window.location.hash = saved
}

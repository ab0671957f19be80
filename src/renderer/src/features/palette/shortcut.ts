/** The palette's shortcut, as the hotkey hook spells it. */
export const PALETTE_HOTKEY = 'mod+K'

/** "⌘ K" on a Mac, "Ctrl K" elsewhere. */
export function shortcutKeys(): string[] {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent)
  return mac ? ['⌘', 'K'] : ['Ctrl', 'K']
}

import { createSpotlight } from '@mantine/spotlight'

/** The command palette's own spotlight store, so the header button can open it and results can be re-selected. */
export const [paletteStore, palette] = createSpotlight()

/** The id of the palette's list of actions (Spotlight moves `data-selected` inside it). */
export const PALETTE_LIST_ID = 'kehu-palette-list'

/**
 * Puts the selection on the first action. Spotlight selects the first action only
 * when the query changes; customer results arrive later (debounce, then the core),
 * and Enter must open the first of them, not whatever row was first before.
 */
export function selectFirstAction(): void {
  const list = document.getElementById(PALETTE_LIST_ID)
  if (!list) return
  list.querySelector('[data-selected]')?.removeAttribute('data-selected')
  list.querySelector('[data-action]')?.setAttribute('data-selected', 'true')
  paletteStore.updateState((state) => ({ ...state, selected: 0 }))
}

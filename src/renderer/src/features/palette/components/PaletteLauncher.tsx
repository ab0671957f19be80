import { useHotkeys } from '@mantine/hooks'
import { lazy, Suspense, useCallback, useState } from 'react'
import { PALETTE_HOTKEY } from '../shortcut'
import { PaletteTrigger } from './PaletteTrigger'

const CommandPalette = lazy(() =>
  import('./CommandPalette').then((m) => ({ default: m.CommandPalette })),
)

export type PaletteLauncherProps = Record<string, never>

/**
 * The header's search box and the Ctrl/⌘+K shortcut, which works everywhere, even
 * inside a text box. The palette itself (spotlight, search, actions) is a chunk of
 * its own, fetched the first time it is opened, so the first screen stays small.
 */
export function PaletteLauncher(_props: PaletteLauncherProps) {
  const [wanted, setWanted] = useState(false)
  const run = useCallback((action: 'open' | 'toggle') => {
    setWanted(true)
    void import('../paletteStore').then(({ palette }) => palette[action]())
  }, [])
  useHotkeys([[PALETTE_HOTKEY, () => run('toggle')]], [])
  return (
    <>
      <PaletteTrigger onOpen={() => run('open')} />
      {wanted && (
        <Suspense fallback={null}>
          <CommandPalette />
        </Suspense>
      )}
    </>
  )
}

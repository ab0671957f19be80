import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react'
import type { ReactNode } from 'react'

export interface SortHeaderProps {
  label: ReactNode
  /** The direction this column is sorted in, or null when another column sorts. */
  dir: 'asc' | 'desc' | null
  onClick: () => void
}

export function SortHeader({ label, dir, onClick }: SortHeaderProps) {
  const Icon = dir === 'asc' ? IconArrowUp : dir === 'desc' ? IconArrowDown : IconSelector
  return (
    <button type="button" className="kehu-sort-button" onClick={onClick}>
      {label}
      <Icon size={14} stroke={1.6} opacity={dir ? 1 : 0.4} />
    </button>
  )
}

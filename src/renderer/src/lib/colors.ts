import type { MantineColor } from '@mantine/core'
import type { Grade, Stage } from '../../../shared/api'

/**
 * The one place where a grade or a lifecycle stage gets its colour. Badges,
 * chart series and printouts all read from here, so 成交 is the same green
 * on every screen and every page of paper.
 */
export const GRADE_COLORS: Record<Grade, MantineColor> = {
  A: 'violet',
  B: 'indigo',
  C: 'teal',
  D: 'gray',
}

export const STAGE_COLORS: Record<Stage, MantineColor> = {
  lead: 'cyan',
  prospect: 'blue',
  customer: 'green',
  loyal: 'grape',
  churned: 'gray',
}

/** Tags carry a Mantine colour name from the core; anything unknown shows grey. */
const TAG_PALETTE = new Set<string>([
  'blue',
  'teal',
  'grape',
  'orange',
  'cyan',
  'pink',
  'lime',
  'indigo',
  'violet',
  'yellow',
  'red',
  'green',
  'gray',
])

export function tagColor(color: string | null | undefined): MantineColor {
  return color && TAG_PALETTE.has(color) ? color : 'gray'
}

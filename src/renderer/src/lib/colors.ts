import type { MantineColor } from '@mantine/core'
import type { ActivityKind, Grade, Stage } from '../../../shared/api'

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

/** Each kind of follow-up (跟进) keeps its colour on the timeline, the form and any chart of activity. */
export const ACTIVITY_KIND_COLORS: Record<ActivityKind, MantineColor> = {
  call: 'blue',
  visit: 'orange',
  wechat: 'green',
  email: 'cyan',
  meeting: 'grape',
  note: 'gray',
}

/** A follow-up date that has passed: the same red as every other overdue figure. */
export const OVERDUE_COLOR: MantineColor = 'red'

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

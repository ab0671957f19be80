import type { MantineColor } from '@mantine/core'
import type { AgingBucket, ContractStatus, InstalmentStatus } from '../../../shared/api'

/**
 * The one place where a ledger status gets its colour (ARCHITECTURE.md "The look"): badges,
 * the plan table, the receivables page, the aging table and any chart or printout read
 * from here, so 逾期 is the same red everywhere. Customer-side colours are in lib/colors.ts.
 */
export const INSTALMENT_STATUS_COLORS: Record<InstalmentStatus, MantineColor> = {
  overdue: 'red',
  partial: 'orange',
  due: 'yellow',
  paid: 'green',
  notDue: 'gray',
  voided: 'gray',
}

export const CONTRACT_STATUS_COLORS: Record<ContractStatus, MantineColor> = {
  draft: 'gray',
  active: 'blue',
  completed: 'green',
  terminated: 'dark',
}

/** Older is redder: not yet due grey, then yellow → orange → red → dark red. */
export const AGING_BUCKET_COLORS: Record<AgingBucket, MantineColor> = {
  notDue: 'gray',
  d1to30: 'yellow',
  d31to60: 'orange',
  d61to90: 'red',
  over90: 'red.9',
}

/** A bucket's badge: the oldest one filled (a light badge of a dark shade has no readable text). */
export function agingBadge(bucket: AgingBucket): {
  color: MantineColor
  variant: 'light' | 'filled'
} {
  return bucket === 'over90'
    ? { color: 'red', variant: 'filled' }
    : { color: AGING_BUCKET_COLORS[bucket], variant: 'light' }
}

/** Money owed past its date, in any list or figure. */
export const LEDGER_OVERDUE_COLOR: MantineColor = INSTALMENT_STATUS_COLORS.overdue

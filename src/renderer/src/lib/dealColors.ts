import type { MantineColor } from '@mantine/core'
import type { DealStatus, DealWarning } from '../../../shared/api'

/**
 * One colour per deal status and per warning, on the board, the list, the drawer and the
 * customer page alike (lib/colors.ts holds the customer-side colours; these stay with the
 * pipeline until a report needs them too).
 */
export const DEAL_STATUS_COLORS: Record<DealStatus, MantineColor> = {
  open: 'blue',
  won: 'green',
  lost: 'red',
}

/** 逾期 red like every overdue figure; 停滞 (too long in the stage) orange. */
export const DEAL_WARNING_COLORS: Record<DealWarning, MantineColor> = {
  overdue: 'red',
  stale: 'orange',
}

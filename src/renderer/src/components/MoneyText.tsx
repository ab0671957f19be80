import { Text, type MantineColor, type TextProps } from '@mantine/core'
import { formatCents } from '../../../shared/money'

export interface MoneyTextProps extends Omit<TextProps, 'children'> {
  /** Integer 分; null shows a dash. */
  cents: number | null | undefined
  /** Totals are bold. */
  bold?: boolean
  /** A zero reads as "—" (lists of many small figures), not ¥0.00. */
  zeroAsDash?: boolean
  /** Colour of a positive amount (negative amounts are always red). */
  color?: MantineColor
  testId?: string
}

const STYLE = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const

/**
 * An amount as every money column shows it: ¥ and thousands separators, tabular figures,
 * negative in red. Alignment is the cell's (money columns are right-aligned).
 */
export function MoneyText({
  cents,
  bold,
  zeroAsDash,
  color,
  testId,
  size = 'sm',
  ...others
}: MoneyTextProps) {
  const empty = cents === null || cents === undefined || (zeroAsDash && cents === 0)
  return (
    <Text
      span
      size={size}
      fw={bold ? 700 : undefined}
      c={empty ? 'dimmed' : cents < 0 ? 'red' : color}
      style={STYLE}
      data-testid={testId}
      data-cents={empty ? undefined : cents}
      {...others}
    >
      {empty ? '—' : formatCents(cents)}
    </Text>
  )
}

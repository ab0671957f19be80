import { Stack, Text, type MantineColor } from '@mantine/core'
import type { ReactNode } from 'react'

export interface KeyFigureProps {
  label: string
  value: string
  /** A short line under the value ("3 天前", "逾期 2 天"). */
  note?: ReactNode
  color?: MantineColor
  /** Money: right-aligned, as in every money column. */
  align?: 'left' | 'right'
  testId: string
}

/** One figure of the customer header: a small label over a large tabular value. */
export function KeyFigure({ label, value, note, color, align = 'left', testId }: KeyFigureProps) {
  return (
    <Stack gap={2} align={align === 'right' ? 'flex-end' : 'flex-start'} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text
        fz={18}
        fw={600}
        lh={1.3}
        c={color}
        data-testid={testId}
        style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
      >
        {value}
      </Text>
      {note && (
        <Text size="xs" c={color ?? 'dimmed'}>
          {note}
        </Text>
      )}
    </Stack>
  )
}

import { Text, type TextProps } from '@mantine/core'
import { roiColor, roiText } from '../campaignText'

export interface RoiTextProps extends Omit<TextProps, 'children' | 'c'> {
  /** A fraction (0.25 = 25 %); null without a cost. */
  roi: number | null
  testId?: string
}

/** ROI as a percent: green when the campaign paid off, red when it lost money, "—" without a cost. */
export function RoiText({ roi, testId, size = 'sm', ...others }: RoiTextProps) {
  return (
    <Text
      span
      size={size}
      c={roiColor(roi)}
      style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
      data-testid={testId}
      data-roi={roi ?? undefined}
      {...others}
    >
      {roiText(roi)}
    </Text>
  )
}

import { DEFAULT_THEME, type MantineColor } from '@mantine/core'
import { FONT_STACK } from '../../app/theme'

/**
 * Chart colours come from the same Mantine palette as badges and tables (a status or a
 * grade is one colour everywhere), at a shade that reads on light, dark and paper.
 */
export function paletteColor(color: MantineColor, shade = 6): string {
  const [name, explicit] = color.split('.') as [string, string | undefined]
  const scale = DEFAULT_THEME.colors[name] ?? DEFAULT_THEME.colors.gray
  return scale[explicit === undefined ? shade : Number(explicit)] ?? scale[6]
}

/** The order series take when nothing else gives them a colour. */
export const SERIES_COLORS = [
  'blue',
  'teal',
  'orange',
  'grape',
  'cyan',
  'lime',
  'pink',
  'indigo',
  'yellow',
  'gray',
].map((c) => paletteColor(c))

/** What every chart shares: transparent background, our fonts, the series colours. */
export function baseOption(dark: boolean) {
  return {
    backgroundColor: 'transparent',
    color: SERIES_COLORS,
    textStyle: { fontFamily: FONT_STACK, fontSize: 12 },
    tooltip: { confine: true },
    // A calm tool: figures appear drawn, no second of growing bars (and print needs none).
    animation: false,
    ...(dark ? {} : { darkMode: false }),
  }
}

/** 1234567 分 → '1.2万' / '12.3K' (axis labels: compact, the table below is exact). */
export function compactYuan(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(
    cents / 100,
  )
}

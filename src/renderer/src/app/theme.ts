import { createTheme } from '@mantine/core'

/** Chinese-first type at 14 px, small radii, compact controls: an accounting program, not a landing page. */
export const FONT_STACK =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif'

export const theme = createTheme({
  fontFamily: FONT_STACK,
  fontFamilyMonospace: 'ui-monospace, "SF Mono", Consolas, "Noto Sans Mono CJK SC", monospace',
  primaryColor: 'blue',
  defaultRadius: 'sm',
  cursorType: 'pointer',
  fontSizes: {
    xs: '12px',
    sm: '13px',
    md: '14px',
    lg: '16px',
    xl: '18px',
  },
  headings: {
    fontFamily: FONT_STACK,
    fontWeight: '600',
    sizes: {
      h1: { fontSize: '22px', lineHeight: '1.3' },
      h2: { fontSize: '18px', lineHeight: '1.35' },
      h3: { fontSize: '16px', lineHeight: '1.4' },
      h4: { fontSize: '14px', lineHeight: '1.45' },
    },
  },
  components: {
    Table: { defaultProps: { tabularNums: true } },
    // Chinese has no case; English labels read better as written than in capitals.
    Badge: { defaultProps: { radius: 'sm' }, styles: { root: { textTransform: 'none' } } },
  },
})

import { Highlight, type HighlightProps } from '@mantine/core'

export interface HighlightedTextProps extends Omit<HighlightProps, 'highlight' | 'children'> {
  text: string
  /** The search as typed; each word of it is marked where it occurs literally in `text`. */
  query: string
}

/** The words of a search query, for highlighting ("北京 张三" marks both). */
export function queryTerms(query: string): string[] {
  return query
    .trim()
    .split(/\s+/)
    .filter((term) => term !== '')
}

/**
 * Text with the literal matches of a search marked. A pinyin match ("bjzs" for
 * 北京张三) has no literal substring and so shows unmarked, which is honest.
 */
export function HighlightedText({ text, query, ...others }: HighlightedTextProps) {
  return (
    <Highlight
      highlight={queryTerms(query)}
      highlightStyles={{ padding: 0, borderRadius: 2 }}
      {...others}
    >
      {text}
    </Highlight>
  )
}

import { Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { HistoryEntry } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { HISTORY_ARROW, type FormattedHistory } from '../historyFormat'

export interface HistoryEntryItemProps {
  entry: HistoryEntry
  formatted: FormattedHistory
}

/** One change: what happened and when (and by whom, when known), then each field before → after. */
export function HistoryEntryItem({ entry, formatted }: HistoryEntryItemProps) {
  const { t } = useTranslation()
  const colon = t('history.colon')
  return (
    <Stack gap={2} data-testid="history-entry" data-action={entry.action}>
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {formatted.action}
          {formatted.subject && `${colon}${formatted.subject}`}
        </Text>
        <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatInstant(entry.at)}
          {entry.actor && ` · ${entry.actor}`}
        </Text>
      </Group>
      {formatted.lines.map((line, index) => (
        <Text
          key={`${line.field}-${index}`}
          size="sm"
          data-testid="history-line"
          style={{ overflowWrap: 'anywhere' }}
        >
          <Text span c="dimmed" size="sm">
            {line.label}
            {colon}
          </Text>
          {line.before !== undefined && line.after !== undefined ? (
            <>
              <Text span size="sm" c="dimmed">
                {line.before}
              </Text>
              {HISTORY_ARROW}
              <Text span size="sm" fw={500}>
                {line.after}
              </Text>
            </>
          ) : (
            (line.after ?? line.before)
          )}
        </Text>
      ))}
    </Stack>
  )
}

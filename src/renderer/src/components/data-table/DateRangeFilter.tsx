import { Group, Text } from '@mantine/core'
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField } from '../DateField'
import { normalizeDateText } from '../../lib/dateText'

export interface DateRangeFilterProps {
  from: string | null
  to: string | null
  onChange: (range: { from: string | null; to: string | null }) => void
  label: string
  testId: string
}

/** From – to as two date fields; a date is applied when the field is left (or Enter). */
export function DateRangeFilter({ from, to, onChange, label, testId }: DateRangeFilterProps) {
  const { t } = useTranslation()
  const [fromText, setFromText] = useState(from ?? '')
  const [toText, setToText] = useState(to ?? '')
  const [committed, setCommitted] = useState(`${from}|${to}`)
  if (committed !== `${from}|${to}`) {
    setCommitted(`${from}|${to}`)
    setFromText(from ?? '')
    setToText(to ?? '')
  }
  const apply = (nextFrom: string, nextTo: string) => {
    const range = {
      from: nextFrom.trim() ? normalizeDateText(nextFrom) : null,
      to: nextTo.trim() ? normalizeDateText(nextTo) : null,
    }
    if (range.from !== from || range.to !== to) onChange(range)
  }
  const keys = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') apply(fromText, toText)
  }
  return (
    <Group gap={4} wrap="nowrap" data-testid={testId} aria-label={label} role="group">
      <DateField
        aria-label={t('ledger.filters.from', { label })}
        placeholder={t('ledger.filters.fromPlaceholder', { label })}
        value={fromText}
        onChange={setFromText}
        onBlur={(event) => apply(event.currentTarget.value, toText)}
        onKeyDown={keys}
        w={150}
        data-testid={`${testId}-from`}
      />
      <Text size="sm" c="dimmed">
        –
      </Text>
      <DateField
        aria-label={t('ledger.filters.to', { label })}
        placeholder={t('ledger.filters.toPlaceholder')}
        value={toText}
        onChange={setToText}
        onBlur={(event) => apply(fromText, event.currentTarget.value)}
        onKeyDown={keys}
        w={150}
        data-testid={`${testId}-to`}
      />
    </Group>
  )
}

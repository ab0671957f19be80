import { Button, Group, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField } from '../../../components/DateField'
import { normalizeDateText } from '../../../lib/dateText'

export interface AsOfFieldProps {
  /** The date shown (today unless chosen). */
  asOf: string
  today: string
  /** null = back to today. */
  onChange: (asOf: string | null) => void
}

/** 截至 [date] — aging and overdue as of another day; applied when the field is left or on Enter. */
export function AsOfField({ asOf, today, onChange }: AsOfFieldProps) {
  const { t } = useTranslation()
  const [text, setText] = useState(asOf)
  const [shown, setShown] = useState(asOf)
  if (shown !== asOf) {
    setShown(asOf)
    setText(asOf)
  }
  const apply = (value: string) => {
    const date = normalizeDateText(value)
    if (date && date !== asOf) onChange(date === today ? null : date)
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t('ledger.receivables.asOf')}
      </Text>
      <DateField
        aria-label={t('ledger.receivables.asOf')}
        value={text}
        onChange={setText}
        onBlur={(event) => apply(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply(event.currentTarget.value)
        }}
        w={150}
        data-testid="receivable-asof"
      />
      {asOf !== today && (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => onChange(null)}
          data-testid="receivable-asof-today"
        >
          {t('ledger.receivables.today')}
        </Button>
      )}
    </Group>
  )
}

import { TextInput, type TextInputProps } from '@mantine/core'
import { IconCalendar } from '@tabler/icons-react'
import type { ChangeEvent, FocusEvent } from 'react'
import { normalizeDateText } from '../lib/dateText'

export interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** 'YYYY-MM-DD', '' when empty, or what the user typed while it is not a date yet. */
  value?: string
  onChange: (value: string) => void
}

/**
 * A calendar date typed as text and shown as 2026-11-23 in every language
 * (a native date input would follow the browser's locale, e.g. mm/dd/yyyy).
 * On leaving the field, 2026/1/5 or 20260105 becomes 2026-01-05.
 */
export function DateField({ value = '', onChange, onBlur, ...others }: DateFieldProps) {
  return (
    <TextInput
      placeholder="YYYY-MM-DD"
      inputMode="numeric"
      autoComplete="off"
      maxLength={20}
      leftSection={<IconCalendar size={16} />}
      {...others}
      value={value}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.currentTarget.value)}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        const normalized = normalizeDateText(event.currentTarget.value)
        if (normalized && normalized !== value) onChange(normalized)
        onBlur?.(event)
      }}
    />
  )
}

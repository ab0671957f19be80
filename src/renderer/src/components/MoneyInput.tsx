import { TextInput, type TextInputProps } from '@mantine/core'
import type { ChangeEvent, FocusEvent } from 'react'
import { parseYuan } from '../../../shared/money'
import { centsToYuanText } from '../lib/moneyText'

export interface MoneyInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** The amount in yuan as the user sees it ("1,234.56"), '' when empty. */
  value?: string
  onChange: (value: string) => void
}

/**
 * An amount of 人民币 typed in yuan. The form keeps the text; parseYuan turns it into
 * integer 分 on the decimal string (never a float multiply), so "19.99" is exactly 1999.
 * On leaving the field a readable amount is rewritten as 1,234.56.
 */
export function MoneyInput({ value = '', onChange, onBlur, ...others }: MoneyInputProps) {
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      maxLength={24}
      leftSection="¥"
      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
      {...others}
      value={value}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.currentTarget.value)}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        const amount = parseYuan(event.currentTarget.value)
        if (amount !== null) {
          const text = centsToYuanText(amount)
          if (text !== value) onChange(text)
        }
        onBlur?.(event)
      }}
    />
  )
}

import { CloseButton, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface ListSearchBoxProps {
  /** The committed query (from the URL). */
  value: string
  onChange: (value: string) => void
  placeholder: string
  testId: string
  /** Width in px (200 unless given). */
  width?: number
}

/** A list's search box: commits 250 ms after typing stops, at once on Enter; Esc or × clears it. */
export function ListSearchBox({
  value,
  onChange,
  placeholder,
  testId,
  width = 200,
}: ListSearchBoxProps) {
  const { t } = useTranslation()
  const [text, setText] = useState(value)
  const [committed, setCommitted] = useState(value)
  if (value !== committed) {
    setCommitted(value)
    setText(value)
  }
  const commit = (next: string) => {
    setCommitted(next.trim())
    onChange(next.trim())
  }
  const debounced = useDebouncedCallback(commit, 250)
  const clear = () => {
    debounced.cancel()
    setText('')
    commit('')
  }
  return (
    <TextInput
      data-testid={testId}
      aria-label={placeholder}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      rightSection={
        text ? (
          <CloseButton size="sm" aria-label={t('ledger.filters.clearSearch')} onClick={clear} />
        ) : null
      }
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value)
        debounced(event.currentTarget.value)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          debounced.cancel()
          commit(text)
        } else if (event.key === 'Escape' && text) {
          event.stopPropagation()
          clear()
        }
      }}
      w={width}
    />
  )
}

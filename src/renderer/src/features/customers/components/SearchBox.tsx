import { CloseButton, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

export const SEARCH_DEBOUNCE_MS = 250

export interface SearchBoxProps {
  /** The committed query (from the URL). */
  value: string
  /** Called at most every SEARCH_DEBOUNCE_MS while typing, and at once on Enter or clear. */
  onChange: (value: string) => void
  /** ArrowDown leaves the box for the list. */
  onArrowDown?: () => void
}

export function SearchBox({ value, onChange, onArrowDown }: SearchBoxProps) {
  const { t } = useTranslation()
  const [text, setText] = useState(value)
  // The last query this box committed: a different `value` means someone else changed it (a chip, a link).
  const [committed, setCommitted] = useState(value)
  if (value !== committed) {
    setCommitted(value)
    setText(value)
  }

  const commit = (next: string) => {
    const trimmed = next.trim()
    setCommitted(trimmed)
    onChange(trimmed)
  }
  const debouncedCommit = useDebouncedCallback(commit, SEARCH_DEBOUNCE_MS)

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      debouncedCommit.cancel()
      commit(text)
    } else if (event.key === 'Escape' && text !== '') {
      event.stopPropagation()
      debouncedCommit.cancel()
      setText('')
      commit('')
    } else if (event.key === 'ArrowDown' && onArrowDown) {
      event.preventDefault()
      onArrowDown()
    }
  }

  return (
    <TextInput
      data-testid="customer-search"
      aria-label={t('customers.searchLabel')}
      placeholder={t('customers.searchPlaceholder')}
      leftSection={<IconSearch size={16} />}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={t('customers.filters.clearSearch')}
            onClick={() => {
              debouncedCommit.cancel()
              setText('')
              commit('')
            }}
          />
        ) : null
      }
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value)
        debouncedCommit(event.currentTarget.value)
      }}
      onKeyDown={onKeyDown}
      w={280}
    />
  )
}

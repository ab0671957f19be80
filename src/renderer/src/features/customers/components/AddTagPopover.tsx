import { Autocomplete, Button, Group, Popover } from '@mantine/core'
import { IconChevronDown, IconTagPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface AddTagPopoverProps {
  /** Existing tag names, suggested while typing; a new name creates the tag. */
  suggestions: string[]
  onAdd: (tag: string) => void
  disabled?: boolean
}

/** "Add tag" for the selected customers: type or pick a tag, Enter adds it. */
export function AddTagPopover({ suggestions, onAdd, disabled }: AddTagPopoverProps) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const [tag, setTag] = useState('')
  const submit = () => {
    const name = tag.trim()
    if (!name) return
    onAdd(name)
    setTag('')
    setOpened(false)
  }
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" shadow="md" trapFocus>
      <Popover.Target>
        <Button
          data-testid="bulk-add-tag"
          size="compact-sm"
          variant="default"
          leftSection={<IconTagPlus size={14} />}
          rightSection={<IconChevronDown size={14} />}
          disabled={disabled}
          onClick={() => setOpened((open) => !open)}
        >
          {t('bulk.addTag')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <Group gap="xs" wrap="nowrap">
            <Autocomplete
              data-testid="bulk-add-tag-input"
              size="xs"
              w={180}
              aria-label={t('bulk.tagName')}
              placeholder={t('bulk.tagName')}
              data={suggestions}
              value={tag}
              onChange={setTag}
              maxLength={30}
              data-autofocus
            />
            <Button type="submit" size="xs" disabled={tag.trim() === ''}>
              {t('common.add')}
            </Button>
          </Group>
        </form>
      </Popover.Dropdown>
    </Popover>
  )
}

import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface SaveViewModalProps {
  opened: boolean
  /** Names already in use: saving under one of them replaces that view. */
  existingNames: string[]
  /** The name to start from (the view the list shows now). */
  initialName: string
  saving: boolean
  error: string | null
  onSave: (name: string) => void
  onClose: () => void
}

/** Asks for the name of the view to save; Enter saves, Esc closes. */
export function SaveViewModal({
  opened,
  existingNames,
  initialName,
  saving,
  error,
  onSave,
  onClose,
}: SaveViewModalProps) {
  const { t } = useTranslation()
  const [name, setName] = useState(initialName)
  const [openedWith, setOpenedWith] = useState<string | null>(null)
  // Each opening starts from the current view's name.
  if (opened && openedWith === null) {
    setOpenedWith(initialName)
    setName(initialName)
  } else if (!opened && openedWith !== null) {
    setOpenedWith(null)
  }
  const trimmed = name.trim()
  const replaces = existingNames.includes(trimmed)
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('views.saveTitle')}
      size="sm"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (trimmed) onSave(trimmed)
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('views.saveHint')}
          </Text>
          <TextInput
            data-testid="view-name"
            label={t('views.name')}
            value={name}
            maxLength={40}
            onChange={(event) => setName(event.currentTarget.value)}
            error={error}
            description={replaces ? t('views.replaces', { name: trimmed }) : undefined}
            data-autofocus
            withAsterisk
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              data-testid="view-save-confirm"
              type="submit"
              loading={saving}
              disabled={!trimmed}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

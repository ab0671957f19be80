import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export interface UndoToastMessageProps {
  /** What was just done: 已删除联系人「王芳」. */
  message: string
  onUndo: () => void
  testId: string
}

/** The body of a toast after a destructive action: what happened, and 撤销 / Undo. */
export function UndoToastMessage({ message, onUndo, testId }: UndoToastMessageProps) {
  const { t } = useTranslation()
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm">{message}</Text>
      <Button
        data-testid={testId}
        size="compact-sm"
        variant="light"
        style={{ flexShrink: 0 }}
        onClick={onUndo}
      >
        {t('common.undo')}
      </Button>
    </Group>
  )
}

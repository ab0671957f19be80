import { Drawer, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface FormDrawerProps {
  opened: boolean
  title: string
  onClose: () => void
  /** The form, rendered by the caller only while there is a target (each opening starts fresh). */
  children: ReactNode
}

/** A record's create/edit form from the right, 520 px wide; Esc and × close it. */
export function FormDrawer({ opened, title, onClose, children }: FormDrawerProps) {
  const { t } = useTranslation()
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={520}
      title={
        <Text fw={600} span>
          {title}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {children}
    </Drawer>
  )
}

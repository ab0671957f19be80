import { Button, type ButtonProps } from '@mantine/core'
import { IconBellPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ReminderFormModal } from './ReminderFormModal'
import type { ReminderLink } from './ReminderForm'

export interface AddReminderButtonProps extends ButtonProps {
  link: ReminderLink
  testId: string
}

/** 添加提醒 on a record's page or drawer: the reminder hangs on that record. */
export function AddReminderButton({ link, testId, ...button }: AddReminderButtonProps) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconBellPlus size={16} />}
        {...button}
        onClick={() => setOpened(true)}
        data-testid={testId}
      >
        {t('reminders.customer.add')}
      </Button>
      <ReminderFormModal opened={opened} onClose={() => setOpened(false)} link={link} />
    </>
  )
}

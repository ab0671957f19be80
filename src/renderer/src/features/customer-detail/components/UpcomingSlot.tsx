import { Badge } from '@mantine/core'
import { IconHourglass } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyMessage } from '../../../components/EmptyMessage'

export interface UpcomingSlotProps {
  icon: ReactNode
  title: string
  description: string
  testId: string
}

/** A tab whose content arrives with a later part of Kehu (deals, contracts): it says so, calmly. */
export function UpcomingSlot({ icon, title, description, testId }: UpcomingSlotProps) {
  const { t } = useTranslation()
  return (
    <div data-testid={testId}>
      <EmptyMessage
        icon={icon}
        title={title}
        description={description}
        actions={
          <Badge variant="light" color="gray" leftSection={<IconHourglass size={12} />}>
            {t('placeholder.badge')}
          </Badge>
        }
      />
    </div>
  )
}

import { Anchor, Group } from '@mantine/core'
import { IconChevronLeft } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export interface BackToContractsProps {
  /** Where "back" goes; the list unless told. */
  to?: string
  label?: string
}

export function BackToContracts({ to = '/contracts', label }: BackToContractsProps) {
  const { t } = useTranslation()
  return (
    <Anchor component={Link} to={to} size="sm" data-testid="contract-back">
      <Group gap={2} component="span">
        <IconChevronLeft size={14} />
        {label ?? t('ledger.backToList')}
      </Group>
    </Anchor>
  )
}

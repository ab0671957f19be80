import { Badge, type BadgeProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ContractStatus } from '../../../../../shared/api'
import { CONTRACT_STATUS_COLORS } from '../../../lib/ledgerColors'

export interface ContractStatusBadgeProps {
  status: ContractStatus
  size?: BadgeProps['size']
}

/** 草稿 · 执行中 · 已完成 · 已终止. */
export function ContractStatusBadge({ status, size = 'sm' }: ContractStatusBadgeProps) {
  const { t } = useTranslation()
  return (
    <Badge
      color={CONTRACT_STATUS_COLORS[status]}
      variant={status === 'active' ? 'filled' : 'light'}
      size={size}
      data-testid="contract-status"
      data-status={status}
    >
      {t(`ledger.contractStatus.${status}`)}
    </Badge>
  )
}

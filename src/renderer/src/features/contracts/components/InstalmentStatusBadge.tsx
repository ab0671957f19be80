import { Badge, type BadgeProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { InstalmentStatus } from '../../../../../shared/api'
import { INSTALMENT_STATUS_COLORS } from '../../../lib/ledgerColors'

export interface InstalmentStatusBadgeProps {
  status: InstalmentStatus
  size?: BadgeProps['size']
}

/** 逾期 · 部分回款 · 待回款 · 已回款 · 未到期 · 已作废, in the ledger's fixed colours. */
export function InstalmentStatusBadge({ status, size = 'sm' }: InstalmentStatusBadgeProps) {
  const { t } = useTranslation()
  return (
    <Badge
      color={INSTALMENT_STATUS_COLORS[status]}
      variant={status === 'voided' ? 'outline' : 'light'}
      size={size}
      data-testid="instalment-status"
      data-status={status}
    >
      {t(`ledger.instalmentStatus.${status}`)}
    </Badge>
  )
}

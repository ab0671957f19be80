import { Button, Group, Tooltip } from '@mantine/core'
import { IconFileInvoice, IconMessagePlus, IconPencil, IconTargetArrow } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface CustomerQuickActionsProps {
  onLogFollowUp: () => void
  onEdit: () => void
  /** The pipeline's new-deal button (with its form) in place of the waiting one. */
  newDeal?: ReactNode
  /** The ledger's new-contract button in place of the waiting one. */
  newContract?: ReactNode
}

/** 记录跟进, 编辑, and the deal and contract buttons that wait for the pipeline and the ledger. */
export function CustomerQuickActions({
  onLogFollowUp,
  onEdit,
  newDeal,
  newContract,
}: CustomerQuickActionsProps) {
  const { t } = useTranslation()
  const comingSoon = t('detail.actions.comingSoon')
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        leftSection={<IconMessagePlus size={16} />}
        onClick={onLogFollowUp}
        data-testid="detail-log-followup"
      >
        {t('followUps.log')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconPencil size={16} />}
        onClick={onEdit}
        data-testid="detail-edit"
      >
        {t('detail.actions.edit')}
      </Button>
      {newDeal ?? (
        <Tooltip label={comingSoon} withArrow>
          {/* A disabled button gets no pointer events; the span carries the tooltip. */}
          <span tabIndex={0} aria-label={`${t('detail.actions.newDeal')} — ${comingSoon}`}>
            <Button variant="default" leftSection={<IconTargetArrow size={16} />} disabled>
              {t('detail.actions.newDeal')}
            </Button>
          </span>
        </Tooltip>
      )}
      {newContract ?? (
        <Tooltip label={comingSoon} withArrow>
          <span tabIndex={0} aria-label={`${t('detail.actions.newContract')} — ${comingSoon}`}>
            <Button variant="default" leftSection={<IconFileInvoice size={16} />} disabled>
              {t('detail.actions.newContract')}
            </Button>
          </span>
        </Tooltip>
      )}
    </Group>
  )
}

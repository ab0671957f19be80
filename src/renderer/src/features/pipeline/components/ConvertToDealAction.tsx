import { Button } from '@mantine/core'
import { IconTargetArrow } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Activity } from '../../../../../shared/api'
import type { DealPrefill } from '../dealFormValues'
import { DealFormModal } from './DealFormModal'

export interface ConvertToDealActionProps {
  activity: Pick<Activity, 'id' | 'content'>
  customer: { id: number; name: string }
}

/** A deal's title from a follow-up: its first line, cut at a readable length. */
export function titleFromFollowUp(content: string): string {
  const line = content.trim().split(/\r?\n/)[0] ?? ''
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}

/** 转为商机 on a follow-up: a new deal for its customer, titled after it, linked to it. */
export function ConvertToDealAction({ activity, customer }: ConvertToDealActionProps) {
  const { t } = useTranslation()
  const [prefill, setPrefill] = useState<DealPrefill | null>(null)
  return (
    <>
      <Button
        variant="subtle"
        color="gray"
        size="compact-xs"
        leftSection={<IconTargetArrow size={14} />}
        data-testid="followup-to-deal"
        onClick={() =>
          setPrefill({
            customerId: customer.id,
            customerName: customer.name,
            title: titleFromFollowUp(activity.content),
            activityId: activity.id,
          })
        }
      >
        {t('pipeline.fromFollowUp')}
      </Button>
      <DealFormModal prefill={prefill} onClose={() => setPrefill(null)} />
    </>
  )
}

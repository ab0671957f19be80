import { Button } from '@mantine/core'
import { IconTargetArrow } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DealPrefill } from '../dealFormValues'
import { DealFormModal } from './DealFormModal'

export interface NewDealButtonProps {
  customerId: number
  customerName: string
}

/** 新建商机 in the customer page's header: the deal form with this customer filled in. */
export function NewDealButton({ customerId, customerName }: NewDealButtonProps) {
  const { t } = useTranslation()
  const [prefill, setPrefill] = useState<DealPrefill | null>(null)
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconTargetArrow size={16} />}
        onClick={() => setPrefill({ customerId, customerName })}
        data-testid="detail-new-deal"
      >
        {t('pipeline.newDeal')}
      </Button>
      <DealFormModal prefill={prefill} onClose={() => setPrefill(null)} />
    </>
  )
}

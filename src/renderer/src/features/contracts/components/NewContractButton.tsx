import { Button } from '@mantine/core'
import { IconFileInvoice } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export interface NewContractButtonProps {
  customerId: number
}

/** 新建合同 in the customer page's header: the contract form with this customer filled in. */
export function NewContractButton({ customerId }: NewContractButtonProps) {
  const { t } = useTranslation()
  return (
    <Button
      variant="default"
      component={Link}
      to={`/contracts/new?customerId=${customerId}`}
      leftSection={<IconFileInvoice size={16} />}
      data-testid="detail-new-contract"
    >
      {t('detail.actions.newContract')}
    </Button>
  )
}

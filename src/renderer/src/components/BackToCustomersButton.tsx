import { Button } from '@mantine/core'
import { IconArrowBackUp } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export type BackToCustomersButtonProps = Record<string, never>

/** The way back to the customer list, at the right of a customer tool page's header. */
export function BackToCustomersButton(_props: BackToCustomersButtonProps) {
  const { t } = useTranslation()
  return (
    <Button
      component={Link}
      to="/customers"
      variant="default"
      leftSection={<IconArrowBackUp size={16} />}
    >
      {t('customers.backToList')}
    </Button>
  )
}

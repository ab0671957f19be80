import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileInvoice } from '@tabler/icons-react'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'

let offerCount = 0

/**
 * After a deal is won: a toast offering to record its contract, which opens the contract
 * form pre-filled from the deal (#/contracts/new?dealId=…: customer, title, products, amount).
 */
export function useContractOffer(): (deal: { id: number; title: string }) => void {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return useCallback(
    (deal) => {
      offerCount += 1
      const id = `contract-offer-${offerCount}`
      notifications.show({
        id,
        color: 'blue',
        autoClose: 12_000,
        icon: <IconFileInvoice size={16} />,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="contract-offer">
            <Text size="sm">{t('ledger.offer.text', { title: deal.title })}</Text>
            <Button
              size="compact-sm"
              variant="light"
              style={{ flexShrink: 0 }}
              data-testid="contract-offer-open"
              onClick={() => {
                notifications.hide(id)
                void navigate(`/contracts/new?dealId=${deal.id}`)
              }}
            >
              {t('ledger.offer.action')}
            </Button>
          </Group>
        ),
      })
    },
    [t, navigate],
  )
}

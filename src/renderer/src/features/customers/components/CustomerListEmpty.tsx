import { Button } from '@mantine/core'
import { IconDatabase, IconFilterOff, IconPlus, IconUsers } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { EmptyMessage } from '../../../components/EmptyMessage'

export type CustomerListEmptyReason = 'none' | 'noMatch'

export interface CustomerListEmptyProps {
  reason: CustomerListEmptyReason
  onNew: () => void
  onLoadDemo: () => void
  loadingDemo: boolean
  onClearFilters: () => void
}

/** No customers at all, or no match for the filters: each says what to do next. */
export function CustomerListEmpty({
  reason,
  onNew,
  onLoadDemo,
  loadingDemo,
  onClearFilters,
}: CustomerListEmptyProps) {
  const { t } = useTranslation()
  if (reason === 'noMatch') {
    return (
      <EmptyMessage
        icon={<IconFilterOff size={28} />}
        title={t('customers.empty.noMatchTitle')}
        description={t('customers.empty.noMatchText')}
        actions={
          <Button variant="default" onClick={onClearFilters}>
            {t('customers.empty.clearFilters')}
          </Button>
        }
      />
    )
  }
  return (
    <EmptyMessage
      icon={<IconUsers size={28} />}
      title={t('customers.empty.noneTitle')}
      description={t('customers.empty.noneText')}
      actions={
        <>
          <Button leftSection={<IconPlus size={16} />} onClick={onNew}>
            {t('customers.empty.addFirst')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDatabase size={16} />}
            loading={loadingDemo}
            onClick={onLoadDemo}
          >
            {t('customers.empty.loadDemo')}
          </Button>
        </>
      }
    />
  )
}

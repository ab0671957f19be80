import { Button } from '@mantine/core'
import { IconFilterOff, IconTrashOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyMessage } from '../../../components/EmptyMessage'

export interface RecycleBinEmptyProps {
  /** A search is in force (nothing matched it), rather than an empty bin. */
  searching: boolean
  onClearSearch: () => void
}

export function RecycleBinEmpty({ searching, onClearSearch }: RecycleBinEmptyProps) {
  const { t } = useTranslation()
  if (searching) {
    return (
      <EmptyMessage
        icon={<IconFilterOff size={28} />}
        title={t('recycleBin.noMatchTitle')}
        description={t('recycleBin.noMatchText')}
        actions={
          <Button variant="default" onClick={onClearSearch}>
            {t('customers.filters.clearSearch')}
          </Button>
        }
      />
    )
  }
  return (
    <EmptyMessage
      icon={<IconTrashOff size={28} />}
      title={t('customers.empty.binTitle')}
      description={t('customers.empty.binText')}
      actions={
        <Button variant="default" component={Link} to="/customers">
          {t('customers.backToList')}
        </Button>
      }
    />
  )
}

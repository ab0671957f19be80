import { Button } from '@mantine/core'
import { IconFilterOff, IconPlus, IconTargetArrow } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { EmptyMessage } from '../../../components/EmptyMessage'

export interface BoardEmptyProps {
  /** Filters hide every deal (rather than there being none). */
  filtered: boolean
  onNew: () => void
  onClearFilters: () => void
}

/** No open deals, or none that match: each says what to do next. */
export function BoardEmpty({ filtered, onNew, onClearFilters }: BoardEmptyProps) {
  const { t } = useTranslation()
  if (filtered) {
    return (
      <EmptyMessage
        icon={<IconFilterOff size={28} />}
        title={t('pipeline.empty.noMatchTitle')}
        description={t('pipeline.empty.noMatchText')}
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
      icon={<IconTargetArrow size={28} />}
      title={t('pipeline.empty.noneTitle')}
      description={t('pipeline.empty.noneText')}
      actions={
        <Button leftSection={<IconPlus size={16} />} onClick={onNew} data-testid="board-empty-new">
          {t('pipeline.newDeal')}
        </Button>
      }
    />
  )
}

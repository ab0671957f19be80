import { Anchor, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export interface MergedIntoNoteProps {
  /** The customer this deleted record was merged into. */
  mergedInto: number
  /** Its name, once read; until then its id. */
  name: string | undefined
}

/** "已合并到 X" under a merged record's name, X linking to the customer it went into. */
export function MergedIntoNote({ mergedInto, name }: MergedIntoNoteProps) {
  const { t } = useTranslation()
  return (
    <Text size="xs" c="dimmed" truncate="end" data-testid="merged-into">
      {t('recycleBin.mergedInto')}{' '}
      <Anchor
        component={Link}
        to={`/customers/${mergedInto}`}
        size="xs"
        onClick={(event) => event.stopPropagation()}
      >
        {name ?? `#${mergedInto}`}
      </Anchor>
    </Text>
  )
}

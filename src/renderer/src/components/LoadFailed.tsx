import { Alert, Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../lib/errors'

export interface LoadFailedProps {
  error: unknown
  onRetry: () => void
}

/** A read that failed: what went wrong, in the user's language, and a retry. */
export function LoadFailed({ error, onRetry }: LoadFailedProps) {
  const { t } = useTranslation()
  return (
    <Alert color="red" title={t('common.failed')} data-testid="load-failed">
      {errorMessage(t, error)}
      <Button size="xs" variant="light" ml="md" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </Alert>
  )
}

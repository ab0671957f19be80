import { Alert } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'

export interface ReportStateProps {
  error: unknown
}

/** While a report loads, or why it did not. */
export function ReportState({ error }: ReportStateProps) {
  const { t } = useTranslation()
  if (error) return <Alert color="red">{errorMessage(t, error)}</Alert>
  return <PageLoader />
}

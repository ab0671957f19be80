import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../lib/errors'
import { saveAsPdf } from './printing'

/** 保存为 PDF with its outcome in a toast (the desktop app writes the file itself). */
export function useSavePdf() {
  const { t } = useTranslation()
  return async (title: string, options: { landscape?: boolean } = {}) => {
    try {
      if (await saveAsPdf(title, options))
        notifications.show({ color: 'green', message: t('print.pdfSaved') })
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('common.failed'),
        message: errorMessage(t, error),
      })
    }
  }
}

import { Button, type ButtonProps } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ExportListInput } from '../../../shared/api'
import { api } from '../lib/api'
import { downloadFile } from '../lib/download'
import { errorMessage } from '../lib/errors'

export interface ExportExcelButtonProps extends Omit<ButtonProps, 'onClick' | 'loading'> {
  /** What to export: the list's entity with its current search, filter, sort and columns. */
  input: () => ExportListInput
  label?: string
}

/** 导出 Excel: the list as the user sees it, as an .xlsx download. */
export function ExportExcelButton({ input, label, ...props }: ExportExcelButtonProps) {
  const { t, i18n } = useTranslation()
  const exporting = useMutation({
    mutationFn: () =>
      api.call('exports.list', { ...input(), locale: i18n.language === 'en' ? 'en' : 'zh-CN' }),
    onSuccess: (file) => downloadFile(file),
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: t('common.failed'),
        message: errorMessage(t, error),
      }),
  })
  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={16} />}
      loading={exporting.isPending}
      onClick={() => exporting.mutate()}
      {...props}
    >
      {label ?? t('excel.export')}
    </Button>
  )
}

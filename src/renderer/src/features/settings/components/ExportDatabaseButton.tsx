import { Button, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconTableExport } from '@tabler/icons-react'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api } from '../../../lib/api'
import { downloadFile } from '../../../lib/download'
import { errorMessage } from '../../../lib/errors'

export type ExportDatabaseButtonProps = Record<string, never>

/** 导出全部数据: every table to one workbook (a sheet per table), downloaded. */
export function ExportDatabaseButton(_props: ExportDatabaseButtonProps) {
  const { t } = useTranslation()
  const exporting = useMutation({
    mutationFn: () => api.call('exports.database'),
    onSuccess: (file) => {
      downloadFile(file)
      notifications.show({
        color: 'green',
        message: t('excel.exportedDatabase', {
          tables: file.tables,
          rows: file.rows.toLocaleString(),
        }),
      })
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: t('common.failed'),
        message: errorMessage(t, error),
      }),
  })
  return (
    <Tooltip label={t('excel.exportDatabaseHint')} multiline maw={320} withArrow>
      <Button
        data-testid="export-database"
        variant="default"
        leftSection={<IconTableExport size={16} />}
        loading={exporting.isPending}
        onClick={() => exporting.mutate()}
      >
        {t('excel.exportDatabase')}
      </Button>
    </Tooltip>
  )
}

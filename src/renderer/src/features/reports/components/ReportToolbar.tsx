import { Button, Group } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Locale } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { downloadFile, XLSX_TYPE } from '../download'
import type { DataReport, ReportParams } from '../reportParams'
import type { RangePreset } from '../reportRange'
import { OwnerFilter } from '../../../components/OwnerFilter'
import { RangePicker } from './RangePicker'

export interface ReportToolbarProps {
  report: DataReport
  params: ReportParams
  today: string
  /** The page's search string, carried to the print layout. */
  search: string
  onRange: (range: { preset: RangePreset; from: string; to: string }) => void
  onOwner: (ownerId: number | null) => void
}

/** Range, owner, and the report's way out: 打印 (the A4 layout) and 导出 Excel. */
export function ReportToolbar({
  report,
  params,
  today,
  search,
  onRange,
  onOwner,
}: ReportToolbarProps) {
  const { t, i18n } = useTranslation()
  const exportReport = useMutation({
    mutationFn: () =>
      api.call('reports.export', {
        report,
        from: params.from,
        to: params.to,
        ...(params.ownerId !== null ? { ownerId: params.ownerId } : {}),
        ...(report === 'sales' ? { groupBy: params.groupBy } : {}),
        locale: i18n.language as Locale,
      }),
    onSuccess: (file) => downloadFile(file, XLSX_TYPE),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
  })
  return (
    <Group justify="space-between" gap="sm" wrap="wrap" data-testid="report-toolbar">
      <Group gap="sm" wrap="wrap">
        {/* Customer insight is as of today, not over a range. */}
        {report !== 'insight' && (
          <RangePicker
            preset={params.preset}
            from={params.from}
            to={params.to}
            today={today}
            onChange={onRange}
          />
        )}
        {/* Campaigns have no owner and their cost is not split by rep. */}
        {report !== 'campaigns' && <OwnerFilter ownerId={params.ownerId} onChange={onOwner} />}
      </Group>
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPrinter size={16} />}
          component={Link}
          to={`/print/reports/${report}${search ? `?${search}` : ''}`}
          data-testid="report-print"
        >
          {t('reports.print')}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} />}
          loading={exportReport.isPending}
          onClick={() => exportReport.mutate()}
          data-testid="report-export"
        >
          {t('reports.export')}
        </Button>
      </Group>
    </Group>
  )
}

import { Alert, Anchor, Button } from '@mantine/core'
import { IconArrowLeft, IconFileTypePdf, IconPrinter } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, useLocation, useParams } from 'react-router'
import { formatInstant } from '../../../../../shared/dates'
import { PrintLayout, type PrintOrientation } from '../../../components/print/PrintLayout'
import { printDocument } from '../../../components/print/printing'
import { useSavePdf } from '../../../components/print/useSavePdf'
import { useOwners } from '../../../data/owners'
import { useSettings } from '../../../data/settings'
import { ReportView } from '../components/ReportView'
import { useReportParams } from '../hooks/useReportParams'
import { REPORT_KINDS, type DataReport } from '../reportParams'

export type ReportPrintPageProps = Record<string, never>

/** The wide tables (aging by customer, follow-ups per owner) go across the page. */
const ORIENTATION: Record<DataReport, PrintOrientation> = {
  sales: 'portrait',
  receivables: 'landscape',
  funnel: 'portrait',
  customers: 'landscape',
  insight: 'landscape',
  service: 'portrait',
  campaigns: 'landscape',
}

/**
 * A report as a document on A4 (#/print/reports/sales?…): the company, the title, the
 * range, the owner and the time of printing at the top, page numbers at the foot, charts
 * drawn as SVG at the page's width, every table whole. 打印 and 保存为 PDF print this page.
 */
export function ReportPrintPage(_props: ReportPrintPageProps) {
  const { t } = useTranslation()
  const savePdf = useSavePdf()
  const { search } = useLocation()
  const kind = useParams().report as DataReport | undefined
  const { params } = useReportParams()
  const settings = useSettings().data
  const owners = useOwners().data ?? []
  const [printedAt] = useState(() => Date.now())
  if (!kind || !REPORT_KINDS.includes(kind) || (kind as string) === 'targets')
    return <Navigate to="/reports" replace />
  const title = t(`reports.kind.${kind}`)
  const owner =
    params.ownerId === null
      ? t('reports.allOwners')
      : (owners.find((o) => o.id === params.ownerId)?.name ?? '')
  const range = t('reports.printRange', { from: params.from, to: params.to })
  const company = settings?.companyName ?? ''
  const contact = [settings?.companyAddress, settings?.companyPhone].filter(Boolean).join('  ')
  const docTitle = `${company ? `${company} ` : ''}${title} ${params.from}_${params.to}`
  const meta = [
    ...(kind === 'insight' ? [] : [{ label: t('reports.printMeta.range'), value: range }]),
    { label: t('reports.owner'), value: owner },
    ...(kind === 'sales'
      ? [{ label: t('reports.printMeta.group'), value: t(`reports.sales.group.${params.groupBy}`) }]
      : []),
    { label: t('reports.printMeta.printedAt'), value: formatInstant(printedAt) },
  ]
  return (
    <PrintLayout
      companyName={company}
      companyDetails={contact}
      orientation={ORIENTATION[kind]}
      title={title}
      meta={meta}
      footer={[company, title, range].filter(Boolean).join(' · ')}
      pageOf={t('reports.pageOf')}
      toolbar={
        <>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconArrowLeft size={16} />}
            component={Link}
            to={`/reports/${kind}${search}`}
          >
            {t('reports.backToReport')}
          </Button>
          <Button
            size="xs"
            leftSection={<IconPrinter size={16} />}
            onClick={() => printDocument(docTitle)}
            data-testid="print-now"
          >
            {t('reports.print')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFileTypePdf size={16} />}
            onClick={() => void savePdf(docTitle, { landscape: ORIENTATION[kind] === 'landscape' })}
          >
            {t('reports.savePdf')}
          </Button>
          {!company && (
            <Alert color="yellow" py={4} px="sm" style={{ flex: 1 }}>
              {t('reports.noCompany')}{' '}
              <Anchor component={Link} to="/settings" size="sm">
                {t('reports.toSettings')}
              </Anchor>
            </Alert>
          )}
        </>
      }
    >
      <ReportView
        report={kind}
        range={{ from: params.from, to: params.to, ownerId: params.ownerId }}
        groupBy={params.groupBy}
        print
      />
    </PrintLayout>
  )
}

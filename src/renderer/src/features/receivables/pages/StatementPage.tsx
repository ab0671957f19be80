import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconFileTypePdf, IconFileText, IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { isCalendarDate } from '../../../../../shared/dates'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { ExportExcelButton } from '../../../components/ExportExcelButton'
import { PageLoader } from '../../../components/PageLoader'
import { BackToContracts } from '../../../components/BackToContracts'
import { DateRangeFilter } from '../../../components/data-table/DateRangeFilter'
import { LoadFailed } from '../../../components/LoadFailed'
import { useLedgerQuery } from '../../../data/ledger'
import { useCustomer } from '../../../data/customers'
import { useToday } from '../../../data/today'
import { CustomerPicker } from '../../customers'
import { printDocument } from '../../../components/print/printing'
import { useSavePdf } from '../../../components/print/useSavePdf'
import { StatementDocument } from '../statement/StatementDocument'

export type StatementPageProps = Record<string, never>

/**
 * #/receivables/statement?customer=…&from=…&to=… — 客户对账单: pick the customer and the
 * period; the A4 document below is what prints (the controls and the shell do not).
 */
export function StatementPage(_props: StatementPageProps) {
  const { t } = useTranslation()
  const savePdf = useSavePdf()
  const [search, setSearch] = useSearchParams()
  const today = useToday()
  const rawCustomer = search.get('customer')
  const customerId = rawCustomer && /^\d+$/.test(rawCustomer) ? Number(rawCustomer) : null
  const fromParam = search.get('from')
  const toParam = search.get('to')
  const from = fromParam && isCalendarDate(fromParam) ? fromParam : `${today.slice(0, 4)}-01-01`
  const to = toParam && isCalendarDate(toParam) ? toParam : today
  const customerName = useCustomer(customerId).data?.name
  const statement = useLedgerQuery(
    'receivables.statement',
    { customerId: customerId ?? 0, from, to },
    { enabled: customerId !== null, keepPrevious: false },
  )
  const set = (patch: Record<string, string | null>) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous)
        for (const [key, value] of Object.entries(patch)) {
          if (value === null) next.delete(key)
          else next.set(key, value)
        }
        return next
      },
      { replace: true },
    )
  const fileTitle = t('ledger.statement.fileName', { customer: customerName ?? '', from, to })
  let body
  if (customerId === null)
    body = (
      <EmptyMessage
        icon={<IconFileText size={28} />}
        title={t('ledger.statement.pickTitle')}
        description={t('ledger.statement.pickText')}
      />
    )
  else if (statement.error)
    body = <LoadFailed error={statement.error} onRetry={() => void statement.refetch()} />
  else if (!statement.data) body = <PageLoader />
  else body = <StatementDocument statement={statement.data} />
  return (
    <Stack gap="md" data-testid="statement-page">
      <Stack gap="sm" className="kehu-no-print">
        <BackToContracts to="/receivables" label={t('ledger.backToReceivables')} />
        <Group justify="space-between" wrap="nowrap">
          <Title order={1}>{t('ledger.statement.title')}</Title>
          <Group gap="xs" wrap="nowrap">
            <ExportExcelButton
              input={() => ({ entity: 'statement', filter: { customerId, from, to } })}
              disabled={!statement.data}
              data-testid="statement-export"
            />
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} />}
              disabled={!statement.data}
              onClick={() => printDocument(fileTitle)}
              data-testid="statement-print"
            >
              {t('ledger.statement.print')}
            </Button>
            <Button
              leftSection={<IconFileTypePdf size={16} />}
              disabled={!statement.data}
              onClick={() => void savePdf(fileTitle)}
              data-testid="statement-pdf"
            >
              {t('ledger.statement.savePdf')}
            </Button>
          </Group>
        </Group>
        <Paper withBorder p="sm">
          <Group gap="sm" wrap="wrap">
            <CustomerPicker
              key={`${customerId ?? 'none'}-${customerName ?? ''}`}
              aria-label={t('ledger.fields.customer')}
              placeholder={t('ledger.statement.pickCustomer')}
              value={customerId}
              valueName={customerName}
              onChange={(id) => set({ customer: id === null ? null : String(id) })}
              w={260}
              data-testid="statement-customer"
            />
            <DateRangeFilter
              label={t('ledger.statement.period')}
              from={from}
              to={to}
              onChange={(range) => set({ from: range.from, to: range.to })}
              testId="statement-range"
            />
            <Text size="xs" c="dimmed">
              {t('ledger.statement.rules')}
            </Text>
          </Group>
        </Paper>
      </Stack>
      {body}
    </Stack>
  )
}

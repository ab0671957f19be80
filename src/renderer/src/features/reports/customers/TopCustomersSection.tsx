import { Anchor, Badge, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AbcClass, CustomersReport, TopCustomer } from '../../../../../shared/api'
import { ReportSection } from '../components/ReportSection'
import { ReportTable } from '../components/ReportTable'
import type { ReportViewProps } from '../components/ReportViewProps'
import { formatRate, useMoney } from '../../../lib/useMoney'

export interface TopCustomersSectionProps extends Pick<ReportViewProps, 'onDrill' | 'print'> {
  report: CustomersReport
}

export const ABC_COLORS: Record<AbcClass, string> = { A: 'violet', B: 'blue', C: 'gray' }

/** 大客户: the 20 largest by signed amount with their ABC (Pareto) class, and the classes' totals. */
export function TopCustomersSection({ report, onDrill, print }: TopCustomersSectionProps) {
  const { t } = useTranslation()
  const m = useMoney()
  const classes = (['A', 'B', 'C'] as const).map((c) => ({ c, ...report.abc[c] }))
  return (
    <ReportSection
      print={print}
      testId="top-section"
      title={t('reports.customers.top')}
      hint={t('reports.customers.topHint')}
    >
      <Group gap="md" wrap="wrap" data-testid="abc-summary">
        {classes.map(({ c, customers, revenueCents }) => (
          <Text
            key={c}
            size="sm"
            component={onDrill ? 'button' : 'span'}
            onClick={
              onDrill
                ? () =>
                    onDrill(
                      { dimension: 'revenue', key: c },
                      t('reports.customers.abcClass', { class: c }),
                    )
                : undefined
            }
            style={onDrill ? { all: 'unset', cursor: 'pointer' } : undefined}
          >
            <Badge color={ABC_COLORS[c]} variant="light" mr={6}>
              {c}
            </Badge>
            {t('reports.customers.abcLine', {
              count: customers,
              amount: m.money(revenueCents),
              share: formatRate(
                report.revenueCents === 0 ? null : revenueCents / report.revenueCents,
              ),
            })}
          </Text>
        ))}
      </Group>
      <ReportTable<TopCustomer>
        testId="top-table"
        rows={report.topCustomers}
        rowKey={(r) => String(r.customerId)}
        columns={[
          {
            id: 'rank',
            header: '#',
            align: 'right',
            cell: (r) => report.topCustomers.indexOf(r) + 1,
          },
          {
            id: 'name',
            header: t('reports.aging.customer'),
            cell: (r) =>
              print ? (
                r.name
              ) : (
                <Anchor component={Link} to={`/customers/${r.customerId}`} size="sm">
                  {r.name}
                </Anchor>
              ),
          },
          { id: 'grade', header: t('reports.customers.grade'), cell: (r) => r.grade ?? '—' },
          {
            id: 'revenue',
            header: t('reports.customers.revenue'),
            align: 'right',
            cell: (r) => m.money(r.revenueCents),
          },
          {
            id: 'contracts',
            header: t('reports.sales.count'),
            align: 'right',
            cell: (r) => r.contracts,
          },
          {
            id: 'share',
            header: t('reports.customers.share'),
            align: 'right',
            cell: (r) => formatRate(r.share),
          },
          {
            id: 'cumulative',
            header: t('reports.customers.cumulative'),
            align: 'right',
            cell: (r) => formatRate(r.cumulativeShare),
          },
          {
            id: 'class',
            header: t('reports.customers.class'),
            cell: (r) => (
              <Badge color={ABC_COLORS[r.abcClass]} variant="light">
                {r.abcClass}
              </Badge>
            ),
          },
        ]}
      />
    </ReportSection>
  )
}

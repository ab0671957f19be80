import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  ScrollArea,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MoneyInput } from '../../../components/MoneyInput'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { useSaveTargets, useTargets } from '../../../data/reports'
import { useMoney } from '../../../lib/useMoney'
import {
  cellCents,
  changedRows,
  draftOf,
  effectiveOf,
  rowId,
  type TargetDraft,
} from './targetDraft'

export interface TargetsGridProps {
  year: number
  onYear: (year: number) => void
}

/**
 * 销售目标: a grid of monthly targets, a row for the company's total and one per owner.
 * Where the total row is empty the owners' targets add up to the month's target. Saved
 * together; the sales report and the dashboard show completion against them.
 */
export function TargetsGrid({ year, onYear }: TargetsGridProps) {
  const { t } = useTranslation()
  const { exact } = useMoney()
  const targets = useTargets(year)
  const save = useSaveTargets()
  const [draft, setDraft] = useState<TargetDraft>({})
  // Each new answer (another year, a save) is what the grid edits from.
  const [source, setSource] = useState(targets.data)
  if (targets.data && targets.data !== source) {
    setSource(targets.data)
    setDraft(draftOf(targets.data))
  }
  if (targets.isError) return <Alert color="red">{errorMessage(t, targets.error)}</Alert>
  const grid = targets.data
  if (!grid) return <PageLoader />
  const changes = changedRows(grid, draft)
  const effective = effectiveOf(grid, draft)
  const yearSum = (values: (number | null | undefined)[]) =>
    values.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0)
  const setCell = (row: string, month: number, text: string) =>
    setDraft((d) => ({ ...d, [row]: (d[row] ?? []).map((v, i) => (i === month ? text : v)) }))
  const submit = () => {
    if (!changes || changes.length === 0) return
    save.mutate(
      { year, rows: changes },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', message: t('reports.targets.saved', { year }) }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
      },
    )
  }
  return (
    <Card withBorder padding="md" data-testid="targets-grid">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <ActionIcon
            variant="default"
            aria-label={t('reports.targets.previousYear')}
            onClick={() => onYear(year - 1)}
          >
            <IconChevronLeft size={16} />
          </ActionIcon>
          <Title order={3} data-testid="targets-year">
            {t('reports.targets.title', { year })}
          </Title>
          <ActionIcon
            variant="default"
            aria-label={t('reports.targets.nextYear')}
            onClick={() => onYear(year + 1)}
          >
            <IconChevronRight size={16} />
          </ActionIcon>
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            disabled={!changes?.length}
            onClick={() => setDraft(draftOf(grid))}
          >
            {t('reports.targets.reset')}
          </Button>
          <Button
            size="xs"
            disabled={!changes?.length}
            loading={save.isPending}
            onClick={submit}
            data-testid="targets-save"
          >
            {t('reports.targets.save')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('reports.targets.hint')}
      </Text>
      <ScrollArea type="auto">
        <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={4} miw={1400}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={{ whiteSpace: 'nowrap', minWidth: 110 }}>
                {t('reports.owner')}
              </Table.Th>
              {grid.months.map((m) => (
                <Table.Th key={m} ta="right">
                  {t('reports.targets.month', { month: Number(m.slice(5)) })}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('reports.targets.year')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.rows.map((row) => {
              const id = rowId(row.ownerId)
              const texts = draft[id] ?? []
              return (
                <Table.Tr key={id} data-row={id}>
                  <Table.Td
                    fw={row.ownerId === null ? 700 : undefined}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {row.ownerId === null ? t('reports.targets.total') : row.ownerName}
                  </Table.Td>
                  {grid.months.map((m, i) => (
                    <Table.Td key={m} p={2}>
                      <MoneyInput
                        size="xs"
                        variant="unstyled"
                        leftSection={null}
                        aria-label={`${row.ownerId === null ? t('reports.targets.total') : row.ownerName} ${m}`}
                        value={texts[i] ?? ''}
                        onChange={(text) => setCell(id, i, text)}
                        error={cellCents(texts[i] ?? '') === undefined}
                        data-testid={`target-${id}-${i + 1}`}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {exact(yearSum(texts.map(cellCents)))}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700} data-row="effective">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('reports.targets.effective')}</Table.Td>
              {effective.map((v, i) => (
                <Table.Td key={grid.months[i]} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {v === null ? '—' : exact(v)}
                </Table.Td>
              ))}
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {exact(yearSum(effective))}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollArea>
      {changes === null && (
        <Text c="red" size="sm" mt="xs">
          {t('reports.targets.invalid')}
        </Text>
      )}
    </Card>
  )
}

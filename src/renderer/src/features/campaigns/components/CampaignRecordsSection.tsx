import { Group, Paper, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { Pager } from '../../../components/data-table/Pager'

export interface CampaignRecordsSectionProps {
  title: string
  /** "3 位客户" — the whole count, not the page's. */
  countText: string
  /** Column headers with their share of the width ('40%'). */
  headers: { label: string; align?: 'right'; width: string }[]
  /** The page's rows; empty shows `empty`. */
  rows: ReactNode[]
  empty: ReactNode
  page: number
  pageSize: number
  total: number
  onPage: (page: number) => void
  testId: string
}

/** The customers or the deals of a campaign: a titled table with its count and pager. */
export function CampaignRecordsSection({
  title,
  countText,
  headers,
  rows,
  empty,
  page,
  pageSize,
  total,
  onPage,
  testId,
}: CampaignRecordsSectionProps) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Group justify="space-between" mb="xs">
        <Title order={3}>{title}</Title>
        <Text size="sm" c="dimmed" data-testid={`${testId}-count`}>
          {countText}
        </Text>
      </Group>
      {rows.length === 0 ? (
        empty
      ) : (
        <>
          <Table highlightOnHover verticalSpacing={6} fz="sm" style={{ tableLayout: 'fixed' }}>
            <Table.Thead>
              <Table.Tr>
                {headers.map((header) => (
                  <Table.Th key={header.label} ta={header.align} w={header.width}>
                    {header.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{rows}</Table.Tbody>
          </Table>
          {total > pageSize && (
            <Group justify="flex-end" mt="xs">
              <Pager page={page} pageSize={pageSize} total={total} onPage={onPage} />
            </Group>
          )}
        </>
      )}
    </Paper>
  )
}

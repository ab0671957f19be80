import { Anchor, Badge, Button, Group, Paper, Table, Text } from '@mantine/core'
import { IconArrowMerge } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { DuplicateGroup, DuplicateReason } from '../../../../../shared/api'
import { localDate } from '../../../../../shared/dates'
import { GradeBadge } from '../../../components/GradeBadge'
import { StageBadge } from '../../../components/StageBadge'

const REASON_COLORS: Record<DuplicateReason, string> = {
  phone: 'blue',
  email: 'teal',
  name: 'orange',
}

export interface DuplicateGroupCardProps {
  group: DuplicateGroup
}

/** One group of likely duplicates: every reason they look alike, the records, and "merge". */
export function DuplicateGroupCard({ group }: DuplicateGroupCardProps) {
  const { t } = useTranslation()
  const ids = group.customers.map((customer) => customer.id).join(',')
  const reasons = group.reasons.length > 0 ? group.reasons : [group.reason]
  return (
    <Paper
      withBorder
      p="sm"
      data-testid="duplicate-group"
      data-reason={group.reason}
      data-reasons={reasons.join(',')}
    >
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Group gap="sm" wrap="nowrap" miw={0}>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            {reasons.map((reason) => (
              <Badge
                key={reason}
                color={REASON_COLORS[reason]}
                variant="light"
                data-testid="duplicate-reason"
              >
                {t(`merge.reasons.${reason}`)}
              </Badge>
            ))}
          </Group>
          <Text size="sm" c="dimmed" truncate="end" ff="monospace">
            {group.key}
          </Text>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('merge.groupCount', { count: group.customers.length })}
          </Text>
        </Group>
        <Button
          data-testid="duplicate-merge"
          component={Link}
          to={`/customers/duplicates/merge?ids=${ids}`}
          size="compact-sm"
          leftSection={<IconArrowMerge size={14} />}
        >
          {t('merge.merge')}
        </Button>
      </Group>
      <Table verticalSpacing={4} fz="sm" style={{ tableLayout: 'fixed' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={100}>{t('list.columns.code')}</Table.Th>
            <Table.Th>{t('list.columns.name')}</Table.Th>
            <Table.Th w={140}>{t('list.columns.phone')}</Table.Th>
            <Table.Th w={190}>{t('list.columns.email')}</Table.Th>
            <Table.Th w={90}>{t('list.columns.owner')}</Table.Th>
            <Table.Th w={56}>{t('list.columns.grade')}</Table.Th>
            <Table.Th w={96}>{t('list.columns.stage')}</Table.Th>
            <Table.Th w={100}>{t('list.columns.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {group.customers.map((customer) => (
            <Table.Tr
              key={customer.id}
              data-testid="duplicate-customer"
              data-customer-id={customer.id}
            >
              <Table.Td>{customer.code}</Table.Td>
              <Table.Td style={{ overflow: 'hidden' }}>
                <Anchor
                  component={Link}
                  to={`/customers/${customer.id}`}
                  size="sm"
                  truncate="end"
                  display="block"
                >
                  {customer.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{customer.phone ?? '—'}</Table.Td>
              <Table.Td style={{ overflow: 'hidden' }}>
                <Text size="sm" truncate="end">
                  {customer.email ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>{customer.ownerName ?? '—'}</Table.Td>
              <Table.Td>
                <GradeBadge grade={customer.grade} />
              </Table.Td>
              <Table.Td>
                <StageBadge stage={customer.stage} />
              </Table.Td>
              <Table.Td>{localDate(customer.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  )
}

import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ContractItem } from '../../../../../shared/api'
import { MoneyText } from '../../../components/MoneyText'

export interface ContractItemsTableProps {
  items: ContractItem[]
  totalCents: number
}

const NUM = { fontVariantNumeric: 'tabular-nums' } as const

/** The contract's lines as signed: quantity × unit price × (1 − discount) = line total. */
export function ContractItemsTable({ items, totalCents }: ContractItemsTableProps) {
  const { t } = useTranslation()
  return (
    <Table verticalSpacing={6} data-testid="contract-items" striped={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={36}>#</Table.Th>
          <Table.Th>{t('ledger.fields.description')}</Table.Th>
          <Table.Th w={100} ta="right">
            {t('ledger.fields.quantity')}
          </Table.Th>
          <Table.Th w={140} ta="right">
            {t('ledger.fields.unitPrice')}
          </Table.Th>
          <Table.Th w={90} ta="right">
            {t('ledger.fields.discount')}
          </Table.Th>
          <Table.Th w={150} ta="right">
            {t('ledger.fields.lineTotal')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.id} data-testid="contract-item">
            <Table.Td>
              <Text size="sm" c="dimmed">
                {item.position + 1}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{item.description}</Text>
              {item.productName && item.productName !== item.description && (
                <Text size="xs" c="dimmed">
                  {item.productName}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right" style={NUM}>
              {item.quantity}
            </Table.Td>
            <Table.Td ta="right">
              <MoneyText cents={item.unitPriceCents} />
            </Table.Td>
            <Table.Td ta="right" style={NUM}>
              {item.discountBps > 0 ? `${item.discountPercent}%` : '—'}
            </Table.Td>
            <Table.Td ta="right">
              <MoneyText cents={item.lineTotalCents} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Td colSpan={5} ta="right">
            <Text size="sm" fw={600}>
              {t('ledger.fields.total')}
            </Text>
          </Table.Td>
          <Table.Td ta="right">
            <MoneyText cents={totalCents} bold testId="items-total" />
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  )
}

import { Badge, Text } from '@mantine/core'
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { Product } from '../../../../../shared/api'
import { MoneyText } from '../../../components/MoneyText'

const column = createColumnHelper<Product>()
const dash = (
  <Text size="sm" c="dimmed">
    —
  </Text>
)

/** 名称, 编码, 分类, 单位, 单价, 成本, 状态. */
export function productColumns(t: TFunction): ColumnDef<Product, unknown>[] {
  return [
    column.accessor('name', {
      id: 'name',
      header: t('ledger.products.name'),
      meta: { sortBy: 'name' },
      cell: (info) => (
        <Text size="sm" fw={500} truncate="end">
          {info.getValue()}
        </Text>
      ),
    }),
    column.accessor('sku', {
      id: 'sku',
      header: t('ledger.products.sku'),
      meta: { width: 140, sortBy: 'sku' },
      cell: (info) => (info.getValue() ? <Text size="sm">{info.getValue()}</Text> : dash),
    }),
    column.accessor('category', {
      id: 'category',
      header: t('ledger.products.category'),
      meta: { width: 130 },
      cell: (info) => (info.getValue() ? <Text size="sm">{info.getValue()}</Text> : dash),
    }),
    column.accessor('unit', {
      id: 'unit',
      header: t('ledger.products.unit'),
      meta: { width: 70 },
      cell: (info) => <Text size="sm">{info.getValue()}</Text>,
    }),
    column.accessor('priceCents', {
      id: 'price',
      header: t('ledger.products.price'),
      meta: { width: 140, align: 'right', sortBy: 'priceCents' },
      cell: (info) => <MoneyText cents={info.getValue()} />,
    }),
    column.accessor('costCents', {
      id: 'cost',
      header: t('ledger.products.cost'),
      meta: { width: 140, align: 'right' },
      cell: (info) => <MoneyText cents={info.getValue()} />,
    }),
    column.accessor('active', {
      id: 'active',
      header: t('ledger.products.status'),
      meta: { width: 90 },
      cell: (info) => (
        <Badge size="sm" variant="light" color={info.getValue() ? 'green' : 'gray'}>
          {info.getValue() ? t('ledger.products.onSale') : t('ledger.products.offSale')}
        </Badge>
      ),
    }),
  ] as ColumnDef<Product, unknown>[]
}

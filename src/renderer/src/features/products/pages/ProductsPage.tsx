import { Button, Group, SegmentedControl, Stack, Title } from '@mantine/core'
import { IconBox, IconPlus } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PRODUCT_SORT_FIELDS, type Product } from '../../../../../shared/api'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { ExportExcelButton } from '../../../components/ExportExcelButton'
import { ListSearchBox } from '../../../components/data-table/ListSearchBox'
import { DataTable } from '../../../components/data-table/DataTable'
import { ListPanel } from '../../../components/data-table/ListPanel'
import { useProductList } from '../../../data/ledger'
import { productColumns } from '../components/productColumns'
import { ProductFormModal } from '../components/ProductFormModal'

export type ProductsPageProps = Record<string, never>

const PAGE_SIZE = 50
type ActiveFilter = 'all' | 'active' | 'inactive'
type ProductSortField = (typeof PRODUCT_SORT_FIELDS)[number]

/** #/products — 产品/服务: the price list contract lines pick from; search, on sale or not, edit. */
export function ProductsPage(_props: ProductsPageProps) {
  const { t } = useTranslation()
  const [search, setSearch] = useSearchParams()
  const q = search.get('q') ?? ''
  const active = (['active', 'inactive'] as const).find((v) => v === search.get('active')) ?? 'all'
  const page = Math.max(1, Number(search.get('page')) || 1)
  const sortField = PRODUCT_SORT_FIELDS.find((f) => f === search.get('sort')) ?? null
  const sort = sortField
    ? ({ field: sortField, dir: search.get('dir') === 'desc' ? 'desc' : 'asc' } as const)
    : null
  const [editing, setEditing] = useState<Product | 'new' | null>(null)
  const set = (patch: Record<string, string | null>) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous)
        for (const [key, value] of Object.entries(patch)) {
          if (value === null || value === '') next.delete(key)
          else next.set(key, value)
        }
        if (!('page' in patch)) next.delete('page')
        return next
      },
      { replace: true },
    )
  const listQuery = {
    ...(q ? { q } : {}),
    filter: active === 'all' ? {} : { active: active === 'active' },
    ...(sort ? { sort } : {}),
  }
  const list = useProductList({ ...listQuery, page, pageSize: PAGE_SIZE })
  const columns = useMemo(() => productColumns(t), [t])
  const rows = list.data?.rows ?? []
  const units = [...new Set(rows.map((p) => p.unit))]
  const categories = [
    ...new Set(rows.map((p) => p.category).filter((c): c is string => Boolean(c))),
  ]
  const onSort = (field: string) => {
    const f = field as ProductSortField
    const current = sort ?? { field: 'name', dir: 'asc' }
    if (current.field !== f) set({ sort: f, dir: 'asc' })
    else if (current.dir === 'asc') set({ sort: f, dir: 'desc' })
    else set({ sort: null, dir: null })
  }

  const empty = (
    <EmptyMessage
      icon={<IconBox size={28} />}
      title={t(
        q || active !== 'all' ? 'ledger.products.emptyFilteredTitle' : 'ledger.products.emptyTitle',
      )}
      description={t('ledger.products.emptyText')}
      actions={
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('ledger.products.new')}
        </Button>
      }
    />
  )
  return (
    <Stack
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--mantine-spacing-md))"
      data-testid="products-page"
    >
      <Group justify="space-between" wrap="nowrap">
        <Title order={1}>{t('ledger.products.title')}</Title>
        <Group gap="xs" wrap="nowrap">
          <ExportExcelButton
            input={() => ({ entity: 'products', ...listQuery })}
            data-testid="product-export"
          />
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing('new')}
            data-testid="product-new"
          >
            {t('ledger.products.new')}
          </Button>
        </Group>
      </Group>
      <Group gap="xs">
        <ListSearchBox
          value={q}
          onChange={(value) => set({ q: value })}
          placeholder={t('ledger.products.search')}
          testId="product-search"
        />
        <SegmentedControl
          value={active}
          onChange={(value) => set({ active: value === 'all' ? null : value })}
          data={(['all', 'active', 'inactive'] as ActiveFilter[]).map((value) => ({
            value,
            label: t(`ledger.products.filter.${value}`),
          }))}
        />
      </Group>
      <ListPanel
        list={list}
        rows={rows.length}
        empty={empty}
        count={(count) => t('ledger.products.count', { count })}
        countTestId="product-count"
        pager={{ page, pageSize: PAGE_SIZE, onPage: (p) => set({ page: String(p) }) }}
      >
        <DataTable
          rows={rows}
          columns={columns}
          sort={sort ?? { field: 'name', dir: 'asc' }}
          onSort={onSort}
          onOpen={setEditing}
          minWidth={860}
          testId="product-table"
          rowTestId="product-row"
        />
      </ListPanel>
      <ProductFormModal
        target={editing}
        units={units}
        categories={categories}
        onClose={() => setEditing(null)}
      />
    </Stack>
  )
}

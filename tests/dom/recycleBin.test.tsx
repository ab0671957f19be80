import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { CustomerListInput } from '../../src/shared/api'
import {
  effectiveSort,
  nextSort,
  parseListParams,
} from '../../src/renderer/src/features/customers/listParams'
import { allBinIds, purgeInChunks } from '../../src/renderer/src/features/recycle-bin/binPurge'
import { RecycleBinPage } from '../../src/renderer/src/features/recycle-bin/pages/RecycleBinPage'
import { customerRow } from './listFixtures'
import { callsOf, LocationProbe, renderWithProviders, stubHost } from './render'

const BIN = { deleted: true }
const parse = (search: string) => parseListParams(new URLSearchParams(search))

/** A recycle bin of `size` customers, ids 1..size, answered page by page. */
function binHost(size: number) {
  const ids = Array.from({ length: size }, (_, index) => index + 1)
  return stubHost({
    'customers.list': (input) => {
      const { page = 1, pageSize = 50 } = input as CustomerListInput
      const rows = ids
        .slice((page - 1) * pageSize, page * pageSize)
        .map((id) => customerRow(id, `客户${id}`, { deletedAt: Date.UTC(2026, 10, 23) - id }))
      return { ok: true, value: { rows, total: ids.length } }
    },
    'customers.bulkPurge': (input) => ({
      ok: true,
      value: { purged: (input as { ids: number[] }).ids.length },
    }),
  })
}

describe('the recycle bin order', () => {
  it('is latest deleted first by default, and the 删除时间 header sorts it', () => {
    expect(effectiveSort(parse(''), BIN)).toEqual({ field: 'deletedAt', dir: 'desc' })
    // Like the other dates, the first click on 删除时间 turns the default order round.
    expect(nextSort(parse(''), 'deletedAt', BIN)).toEqual({ field: 'deletedAt', dir: 'asc' })
    expect(nextSort(parse('sort=deletedAt&dir=asc'), 'deletedAt', BIN)).toBeNull()
    expect(nextSort(parse(''), 'name', BIN)).toEqual({ field: 'name', dir: 'asc' })
    expect(effectiveSort(parse(''))).toEqual({ field: 'updatedAt', dir: 'desc' })
  })
})

describe('purging the whole bin', () => {
  it('reads every id a page of 500 at a time, and purges in chunks of at most 10,000', async () => {
    const fetchMock = binHost(21_001)
    const ids = await allBinIds()
    expect(ids).toHaveLength(21_001)
    expect(new Set(ids).size).toBe(21_001)
    const pages = callsOf(fetchMock, 'customers.list') as CustomerListInput[]
    expect(pages).toHaveLength(43)
    expect(pages[0]).toEqual({
      filter: { deleted: true },
      sort: { field: 'deletedAt', dir: 'desc' },
      page: 1,
      pageSize: 500,
    })

    expect(await purgeInChunks(ids)).toBe(21_001)
    const chunks = callsOf(fetchMock, 'customers.bulkPurge') as { ids: number[] }[]
    expect(chunks.map((chunk) => chunk.ids.length)).toEqual([10_000, 10_000, 1_001])
    expect(chunks.flatMap((chunk) => chunk.ids)).toEqual(ids)
  })
})

describe('the recycle bin page', () => {
  beforeEach(() => notifications.clean())

  it('empties the bin only after a dialog that states the count and says it cannot be undone', async () => {
    const fetchMock = binHost(3)
    await renderWithProviders(<RecycleBinPage />)
    const empty = await screen.findByTestId('bin-empty')
    await waitFor(() => expect(empty).toBeEnabled())
    await userEvent.click(empty)
    const dialog = await screen.findByTestId('purge-confirm')
    expect(dialog).toHaveTextContent('回收站中的全部 3 位客户都将被彻底删除')
    expect(dialog).toHaveTextContent('此操作无法撤销。')
    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }))
    await waitFor(() => expect(screen.queryByTestId('purge-confirm')).not.toBeInTheDocument())
    expect(callsOf(fetchMock, 'customers.bulkPurge')).toHaveLength(0)

    await userEvent.click(screen.getByTestId('bin-empty'))
    await userEvent.click(await screen.findByTestId('purge-confirm-button'))
    await waitFor(() =>
      expect(callsOf(fetchMock, 'customers.bulkPurge')).toEqual([{ ids: [1, 2, 3] }]),
    )
    expect(await screen.findByText('已清空回收站，彻底删除了 3 位客户')).toBeInTheDocument()
  })

  it('purges the selected rows after the same kind of dialog', async () => {
    const fetchMock = binHost(3)
    await renderWithProviders(<RecycleBinPage />)
    const rows = await screen.findAllByTestId('customer-row')
    await userEvent.click(within(rows[0]!).getByRole('checkbox'))
    await userEvent.click(within(rows[2]!).getByRole('checkbox'))
    await userEvent.click(screen.getByTestId('bin-purge-selected'))
    const dialog = await screen.findByTestId('purge-confirm')
    expect(dialog).toHaveTextContent('确定要彻底删除所选的 2 位客户吗？')
    await userEvent.click(within(dialog).getByTestId('purge-confirm-button'))
    await waitFor(() =>
      expect(callsOf(fetchMock, 'customers.bulkPurge')).toEqual([{ ids: [1, 3] }]),
    )
    expect(await screen.findByText('已彻底删除 2 位客户')).toBeInTheDocument()
  })

  it('sorts by 删除时间 from its header and shows into whom a merged record went', async () => {
    stubHost({
      'customers.list': () => ({
        ok: true,
        value: {
          rows: [
            customerRow(9, '乙公司', { deletedAt: 1, mergedInto: 3, mergedIntoName: '甲公司' }),
          ],
          total: 1,
        },
      }),
    })
    await renderWithProviders(
      <>
        <RecycleBinPage />
        <LocationProbe />
      </>,
    )
    expect(await screen.findByTestId('merged-into')).toHaveTextContent('已合并到 甲公司')
    const header = screen.getByRole('columnheader', { name: /删除时间/ })
    expect(header).toHaveAttribute('aria-sort', 'descending')
    await userEvent.click(within(header).getByRole('button'))
    expect(screen.getByTestId('location-search')).toHaveTextContent('sort=deletedAt&dir=asc')
  })
})

import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { MergePage } from '../../src/renderer/src/features/duplicates/pages/MergePage'
import {
  differingFields,
  mergeRequest,
  parseMergeIds,
} from '../../src/renderer/src/features/duplicates/mergePlan'
import type { CustomerDetail } from '../../src/shared/api'
import { customerDetail } from './listFixtures'
import { callsOf, renderWithProviders, stubHost } from './render'

/** Two records of the same company: they differ in name, grade, phone and source (empty in the kept one). */
const older = customerDetail(7, '北京张三贸易有限公司', {
  grade: 'A',
  phone: '138-0013-8000',
  source: null,
  city: '北京市',
})
const newer = customerDetail(9, '北京张三贸易(北京)有限公司', {
  grade: 'B',
  phone: '+86 138 0013 8000',
  source: '展会',
  city: '北京市',
  createdAt: Date.UTC(2026, 5, 1),
})

describe('merge plan', () => {
  it('offers a choice only where the records differ', () => {
    expect(differingFields([older, newer])).toEqual(['name', 'source', 'grade', 'phone'])
  })

  it('sends every differing field with the chosen record, never the kept one among mergeIds', () => {
    const request = mergeRequest([older, newer], 9, { grade: 7 })
    expect(request).toEqual({
      keepId: 9,
      mergeIds: [7],
      // grade picked by hand; the rest default to the kept record's value (source: it has one).
      fields: { name: 9, source: 9, grade: 7, phone: 9 },
    })
  })

  it('defaults an empty value of the kept record to the first record that has one', () => {
    expect(mergeRequest([older, newer], 7, {}).fields).toEqual({
      name: 7,
      source: 9,
      grade: 7,
      phone: 7,
    })
  })

  it('reads the ids from the address, ignoring junk and repeats', () => {
    expect(parseMergeIds('9,x,7,9,-3,')).toEqual([9, 7])
  })
})

function hostWith(records: CustomerDetail[]) {
  return stubHost({
    'customers.get': (input) => {
      const found = records.find((record) => record.id === (input as { id: number }).id)
      return found
        ? { ok: true, value: found }
        : { ok: false, error: { code: 'NOT_FOUND', key: 'errors.notFound', message: 'gone' } }
    },
    'customers.merge': () => ({ ok: true, value: { ...newer, mergeId: 41 } }),
  })
}

describe('merge screen', () => {
  it('maps the radios to customers.merge: the kept record, the others, and only differing fields', async () => {
    const host = hostWith([older, newer])
    await renderWithProviders(<MergePage />, { route: '/customers/duplicates/merge?ids=9,7' })

    // The older record is kept by default.
    const keep = await screen.findAllByTestId('merge-keep')
    expect(keep.map((radio) => radio.getAttribute('data-customer-id'))).toEqual(['9', '7'])
    expect(keep[1]).toBeChecked()
    // Rows that agree (city) offer no choice.
    const cityRow = screen.getAllByTestId('merge-row').find((row) => row.dataset.field === 'city')!
    expect(within(cityRow).queryByRole('radio')).not.toBeInTheDocument()

    // Keep the newer record, but the older one's grade.
    await userEvent.click(keep[0]!)
    const gradeRow = screen
      .getAllByTestId('merge-row')
      .find((row) => row.dataset.field === 'grade')!
    await userEvent.click(within(gradeRow).getByRole('radio', { name: 'A 级' }))
    await userEvent.click(screen.getByTestId('merge-confirm'))

    expect(callsOf(host, 'customers.merge')).toEqual([
      { keepId: 9, mergeIds: [7], fields: { name: 9, source: 9, grade: 7, phone: 9 } },
    ])
    expect(await screen.findByTestId('merge-undo')).toBeInTheDocument()
  })

  it('refuses to merge a record that is in the recycle bin, and says why', async () => {
    hostWith([older, { ...newer, deletedAt: Date.UTC(2026, 6, 1) }])
    await renderWithProviders(<MergePage />, { route: '/customers/duplicates/merge?ids=7,9' })
    expect(await screen.findByTestId('merge-deleted')).toHaveTextContent(
      '「北京张三贸易(北京)有限公司」在回收站中，请先恢复。',
    )
    expect(screen.getByTestId('merge-confirm')).toBeDisabled()
  })

  it('shows the core refusal translated', async () => {
    const host = stubHost({
      'customers.get': (input) => ({
        ok: true,
        value: (input as { id: number }).id === 7 ? older : newer,
      }),
      'customers.merge': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          key: 'errors.mergeIntoSelf',
          message: 'A customer cannot be merged into itself',
        },
      }),
    })
    await renderWithProviders(<MergePage />, { route: '/customers/duplicates/merge?ids=7,9' })
    await userEvent.click(await screen.findByTestId('merge-confirm'))
    expect(await screen.findByTestId('merge-error')).toHaveTextContent('不能把客户合并到自己')
    expect(callsOf(host, 'customers.merge')).toHaveLength(1)
  })
})

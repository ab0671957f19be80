import { notifications } from '@mantine/notifications'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ApiError } from '../../src/shared/api'
import { CustomerStatusBanner } from '../../src/renderer/src/features/customer-detail/components/CustomerStatusBanner'
import { customerDetail } from './listFixtures'
import { callsOf, renderWithProviders, stubHost } from './render'

/** 乙公司, merged into 甲公司 (id 3) by merge 12: in the recycle bin. */
const merged = customerDetail(9, '乙公司', {
  deletedAt: Date.UTC(2026, 10, 23),
  mergedInto: 3,
  mergedIntoName: '甲公司',
  mergeId: 12,
})

function refusal(key: string, message: string, params?: ApiError['params']) {
  return () => ({ ok: false as const, error: { code: 'CONFLICT' as const, key, message, params } })
}

describe('the banner of a merged record', () => {
  beforeEach(() => notifications.clean())

  it('names the record it went into and undoes the merge with its mergeId', async () => {
    const fetchMock = stubHost({
      'customers.unmerge': () => ({ ok: true, value: customerDetail(3, '甲公司') }),
    })
    await renderWithProviders(<CustomerStatusBanner customer={merged} />)
    expect(screen.getByTestId('detail-merged-link')).toHaveTextContent('甲公司')
    expect(screen.getByTestId('detail-merged-link')).toHaveAttribute('href', '/customers/3')
    await userEvent.click(screen.getByTestId('detail-unmerge'))
    await waitFor(() => expect(callsOf(fetchMock, 'customers.unmerge')).toEqual([{ mergeId: 12 }]))
    expect(await screen.findByText('已撤销合并，「乙公司」重新成为独立的客户')).toBeInTheDocument()
  })

  it('says in words why a merge cannot be undone any more', async () => {
    stubHost({
      'customers.unmerge': refusal('errors.mergeChangedSince', 'changed', { name: '丙公司' }),
    })
    await renderWithProviders(<CustomerStatusBanner customer={merged} />)
    await userEvent.click(screen.getByTestId('detail-unmerge'))
    expect(
      await screen.findByText('合并后「丙公司」已被恢复或彻底删除，无法撤销合并。'),
    ).toBeInTheDocument()

    stubHost({ 'customers.unmerge': refusal('errors.mergeAlreadyUndone', 'undone') })
    await userEvent.click(screen.getByTestId('detail-unmerge'))
    expect(await screen.findByText('这次合并已经撤销过了。')).toBeInTheDocument()
  })

  it('reads in English too, and offers no undo without a mergeId', async () => {
    stubHost({})
    await renderWithProviders(<CustomerStatusBanner customer={{ ...merged, mergeId: null }} />, {
      locale: 'en',
    })
    expect(screen.getByTestId('detail-merged-banner')).toHaveTextContent(
      'This customer was merged into 甲公司',
    )
    expect(screen.queryByTestId('detail-unmerge')).not.toBeInTheDocument()
  })
})

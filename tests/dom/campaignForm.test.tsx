import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Campaign, Locale } from '../../src/shared/api'
import { CampaignForm } from '../../src/renderer/src/features/campaigns/components/CampaignForm'
import {
  campaignListInput,
  nextCampaignSort,
  parseCampaignParams,
} from '../../src/renderer/src/features/campaigns/campaignListParams'
import { roiColor, roiText } from '../../src/renderer/src/features/campaigns/campaignText'
import { parseListParams, toListInput } from '../../src/renderer/src/features/customers/listParams'
import { fromViewState, toViewState } from '../../src/renderer/src/features/customers/viewState'
import { callsOf, renderWithProviders, stubHost, type MethodHandler } from './render'

/**
 * The campaign form checks what it can before a round trip (required fields, an end before
 * the start, a negative or unreadable amount) in the user's language, sends nothing then, and
 * puts the core's refusals (a taken name, a money field) under their fields.
 */
const saved: Campaign = {
  id: 4,
  name: '2026 秋季展会',
  channel: 'exhibition',
  startDate: '2026-10-10',
  endDate: '2026-10-12',
  budgetCents: 500_000,
  costCents: 300_000,
  notes: null,
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
  newCustomers: 0,
  deals: 0,
  wonDeals: 0,
  wonRevenueCents: 0,
  costPerNewCustomerCents: null,
  roi: -1,
}

async function renderForm(create: MethodHandler, locale: Locale = 'zh-CN') {
  const onSaved = vi.fn()
  const host = stubHost({ 'campaigns.create': create })
  await renderWithProviders(
    <CampaignForm campaign={null} today="2026-11-23" onSaved={onSaved} onCancel={() => {}} />,
    { locale },
  )
  return { onSaved, host, user: userEvent.setup() }
}

const field = (name: string) => screen.getByTestId(`campaign-${name}`)
const set = (name: string, value: string) => fireEvent.change(field(name), { target: { value } })

describe('the campaign form', () => {
  it('refuses blanks, an end before the start and a negative cost under the fields, sending nothing', async () => {
    const { host, user } = await renderForm(() => ({ ok: true, value: saved }))
    expect(field('startDate')).toHaveValue('2026-11-23')
    await user.click(screen.getByTestId('campaign-save'))
    expect(await screen.findAllByText('必填')).toHaveLength(2)
    expect(field('name')).toHaveFocus()

    set('name', '2026 秋季展会')
    await user.click(field('channel'))
    await user.click(await screen.findByRole('option', { name: '展会' }))
    set('startDate', '2026-10-10')
    set('endDate', '2026-10-09')
    set('costCents', '-3000')
    set('budgetCents', '12.345')
    await user.click(screen.getByTestId('campaign-save'))
    expect(await screen.findByText('结束日期不能早于开始日期')).toBeVisible()
    expect(screen.getByText('金额不能为负数')).toBeVisible()
    expect(screen.getByText('请输入金额，例如 1,234.56')).toBeVisible()
    expect(field('endDate')).toHaveFocus()
    expect(callsOf(host, 'campaigns.create')).toEqual([])

    // Typing a new amount clears its error at once.
    set('costCents', '3000')
    expect(screen.queryByText('金额不能为负数')).toBeNull()
    set('budgetCents', '5,000')
    set('endDate', '2026-10-12')
    await user.click(screen.getByTestId('campaign-save'))
    await waitFor(() => expect(callsOf(host, 'campaigns.create')).toHaveLength(1))
    expect(callsOf(host, 'campaigns.create')[0]).toEqual({
      name: '2026 秋季展会',
      channel: 'exhibition',
      startDate: '2026-10-10',
      endDate: '2026-10-12',
      budgetCents: 500_000,
      costCents: 300_000,
      notes: null,
    })
  })

  it("puts the core's refusals under their fields, in English too", async () => {
    const refusals: ReturnType<MethodHandler>[] = [
      {
        ok: false,
        error: {
          code: 'CONFLICT',
          key: 'errors.campaignNameTaken',
          message: 'A campaign named Spring fair exists',
          params: { name: 'Spring fair' },
        },
      },
      {
        ok: false,
        error: {
          code: 'VALIDATION',
          key: 'errors.validation',
          message: 'Some fields are not valid',
          details: [
            {
              path: 'costCents',
              key: 'errors.too_small.number',
              message: 'Too small',
              params: { limit: 0 },
            },
          ],
        },
      },
    ]
    const { onSaved, user } = await renderForm(() => refusals.shift()!, 'en')
    set('name', 'Spring fair')
    await user.click(field('channel'))
    await user.click(await screen.findByRole('option', { name: 'Trade show' }))
    await user.click(screen.getByTestId('campaign-save'))
    expect(await screen.findByText('A campaign named Spring fair already exists')).toBeVisible()
    expect(field('name')).toHaveFocus()
    await user.click(screen.getByTestId('campaign-save'))
    expect(await screen.findByText('Must be at least 0')).toBeVisible()
    expect(onSaved).not.toHaveBeenCalled()
  })
})

describe('campaign list state and figures', () => {
  it('reads the page state from the URL and asks for the foot totals', () => {
    const params = parseCampaignParams(
      new URLSearchParams('q=展会&channel=wechat&show=running&sort=costCents&dir=desc&page=2'),
    )
    expect(campaignListInput(params, '2026-11-23')).toEqual({
      q: '展会',
      filter: { channel: 'wechat', activeOn: '2026-11-23' },
      sort: { field: 'costCents', dir: 'desc' },
      page: 2,
      pageSize: 50,
      totals: true,
    })
    const plain = parseCampaignParams(new URLSearchParams('channel=tv&show=x&sort=roi'))
    expect(plain).toMatchObject({ channel: null, show: 'all', sort: null, page: 1 })
    // Newest start first by default; its header then gives the oldest first.
    expect(nextCampaignSort(plain, 'startDate')).toEqual({ field: 'startDate', dir: 'asc' })
    expect(nextCampaignSort(plain, 'name')).toEqual({ field: 'name', dir: 'asc' })
    expect(nextCampaignSort({ ...plain, sort: { field: 'name', dir: 'desc' } }, 'name')).toBeNull()
  })

  it('shows ROI as a percent, green when it paid off, red when it lost, a dash without cost', () => {
    expect([roiText(0.5), roiColor(0.5)]).toEqual(['50.0%', 'green'])
    expect([roiText(-1), roiColor(-1)]).toEqual(['-100.0%', 'red'])
    expect([roiText(-2 / 3), roiText(0)]).toEqual(['-66.7%', '0.0%'])
    expect([roiText(null), roiColor(null)]).toEqual(['—', 'dimmed'])
  })

  it('the customer list filters by campaign from the URL, and a saved view keeps it', () => {
    const params = parseListParams(new URLSearchParams('campaign=7&stage=lead'))
    expect(toListInput(params).filter).toEqual({ stage: 'lead', campaignId: 7 })
    const state = toViewState(params)
    expect(state.campaignId).toBe(7)
    expect(fromViewState(state).campaignId).toBe(7)
    // Views saved without a campaign compare as before.
    expect(toViewState(parseListParams(new URLSearchParams('')))).not.toHaveProperty('campaignId')
  })
})

import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Deal, Result } from '../../src/shared/api'
import { PipelinePage } from '../../src/renderer/src/features/pipeline/pages/PipelinePage'
import { board, deal, STAGES } from './pipelineFixtures'
import { callsOf, renderWithProviders, stubHost, type MethodHandler } from './render'

/** The host, with one method's answers held back until `release()`: the UI between click and answer. */
function gatedHost(handlers: Record<string, MethodHandler>, gated: string) {
  const fetchMock = stubHost(handlers)
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) =>
    url === `/api/${gated}` ? gate.then(() => fetchMock(url, init)) : fetchMock(url, init),
  )
  return { fetchMock, release }
}

const column = (name: string) =>
  screen
    .getAllByTestId('board-column')
    .find((element) => element.getAttribute('data-stage-name') === name)!
const titlesIn = (name: string) =>
  within(column(name))
    .queryAllByTestId('deal-card-title')
    .map((element) => element.textContent)
const header = (name: string, part: string) =>
  within(column(name)).getByTestId(`board-column-${part}`).textContent

async function openMenu(title: string) {
  const card = screen
    .getAllByTestId('deal-card')
    .find((element) => element.textContent?.includes(title))!
  await userEvent.click(within(card).getByTestId('deal-card-menu'))
}

describe('the pipeline board', () => {
  let deals: Deal[]
  beforeEach(() => {
    notifications.clean()
    deals = [
      deal(1, '仓储管理系统升级', 1, { amountCents: 8_000_000 }),
      deal(2, '服务器扩容', 1, { amountCents: 1_234_550 }),
      deal(3, '年度保养合同', 4, { amountCents: 500_000 }),
    ]
  })

  const handlers = (move: () => Result<unknown>): Record<string, MethodHandler> => ({
    'deals.board': () => ({ ok: true, value: board(deals) }),
    'pipeline.stages': () => ({ ok: true, value: STAGES }),
    'pipeline.lostReasons': () => ({ ok: true, value: ['价格太高', '预算不足'] }),
    'owners.list': () => ({ ok: true, value: [] }),
    'deals.move': move,
  })

  it('moves a card at once, and puts it back with a toast when the core refuses', async () => {
    const { fetchMock, release } = gatedHost(
      handlers(() => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          key: 'errors.dealClosed',
          message: 'closed',
          params: { title: '仓储管理系统升级' },
        },
      })),
      'deals.move',
    )
    await renderWithProviders(<PipelinePage />, { route: '/pipeline' })
    await screen.findAllByTestId('deal-card')
    expect(titlesIn('初步接洽')).toEqual(['仓储管理系统升级', '服务器扩容'])
    expect(header('谈判', 'total')).toBe('¥5,000.00')

    await openMenu('仓储管理系统升级')
    await userEvent.click(await screen.findByRole('menuitem', { name: '谈判' }))

    // Before the core answers: the card is in 谈判 and every figure follows, exact to the 分.
    expect(titlesIn('初步接洽')).toEqual(['服务器扩容'])
    expect(titlesIn('谈判')).toEqual(['年度保养合同', '仓储管理系统升级'])
    expect(header('初步接洽', 'count')).toBe('1')
    expect(header('初步接洽', 'total')).toBe('¥12,345.50')
    expect(header('初步接洽', 'weighted')).toBe('加权 ¥1,234.55')
    expect(header('谈判', 'total')).toBe('¥85,000.00')
    expect(header('谈判', 'weighted')).toBe('加权 ¥59,500.00')

    release()
    await waitFor(() => expect(titlesIn('初步接洽')).toEqual(['仓储管理系统升级', '服务器扩容']))
    expect(titlesIn('谈判')).toEqual(['年度保养合同'])
    expect(header('谈判', 'total')).toBe('¥5,000.00')
    expect(await screen.findByText('没能移动「仓储管理系统升级」，已放回原处')).toBeInTheDocument()
    expect(
      screen.getByText('商机“仓储管理系统升级”已赢单或输单，请先重新打开再移动。'),
    ).toBeInTheDocument()
    expect(callsOf(fetchMock, 'deals.move')).toEqual([{ id: 1, stageId: 4 }])
  })

  it('keeps the card where the core put it when the move succeeds', async () => {
    const { fetchMock, release } = gatedHost(
      handlers(() => {
        deals = deals.map((d) => (d.id === 2 ? { ...d, stageId: 3, stageName: '方案报价' } : d))
        return { ok: true, value: { ...deals[1], history: [] } }
      }),
      'deals.move',
    )
    await renderWithProviders(<PipelinePage />, { route: '/pipeline' })
    await screen.findAllByTestId('deal-card')
    await openMenu('服务器扩容')
    await userEvent.click(await screen.findByRole('menuitem', { name: '方案报价' }))
    expect(titlesIn('方案报价')).toEqual(['服务器扩容'])
    expect(screen.getByTestId('board-totals')).toHaveAttribute('data-total', '9734550')
    release()
    await waitFor(() => expect(callsOf(fetchMock, 'deals.board').length).toBeGreaterThan(1))
    expect(titlesIn('方案报价')).toEqual(['服务器扩容'])
    expect(titlesIn('初步接洽')).toEqual(['仓储管理系统升级'])
  })

  it('asks why a deal was lost, closes it with that reason, and the toast reopens it', async () => {
    const fetchMock = stubHost({
      ...handlers(() => ({ ok: true, value: null })),
      'deals.close': (input) => {
        const { id } = input as { id: number }
        const closed = deals.find((d) => d.id === id)!
        deals = deals.filter((d) => d.id !== id)
        return { ok: true, value: { ...closed, status: 'lost', history: [] } }
      },
      'deals.reopen': (input) => {
        const { id } = input as { id: number }
        deals = [...deals, deal(id, '年度保养合同', 4, { amountCents: 500_000 })]
        return { ok: true, value: { ...deals.at(-1)!, history: [] } }
      },
    })
    await renderWithProviders(<PipelinePage />, { route: '/pipeline' })
    await screen.findAllByTestId('deal-card')
    await openMenu('年度保养合同')
    await userEvent.click(await screen.findByTestId('deal-menu-lost'))
    const form = await screen.findByTestId('lost-reason-form')
    expect(form).toHaveTextContent('「杭州鑫源贸易有限公司」的「年度保养合同」为什么没有成交？')

    // Not without a reason.
    await userEvent.click(within(form).getByTestId('lost-confirm'))
    expect(await within(form).findByText('请选择或填写输单原因')).toBeInTheDocument()
    expect(callsOf(fetchMock, 'deals.close')).toEqual([])

    // A reason not in the list: "其他原因…" opens a field for it.
    await userEvent.click(within(form).getByTestId('lost-reason-select'))
    await userEvent.click(await screen.findByRole('option', { name: '其他原因…' }))
    await userEvent.type(await within(form).findByTestId('lost-reason-other'), '客户项目暂停')
    await userEvent.click(within(form).getByTestId('lost-confirm'))
    await waitFor(() =>
      expect(callsOf(fetchMock, 'deals.close')).toEqual([
        { id: 3, outcome: 'lost', lostReason: '客户项目暂停' },
      ]),
    )
    await waitFor(() => expect(titlesIn('谈判')).toEqual([]))
    expect(
      await screen.findByText('已标记输单：「年度保养合同」（客户项目暂停）'),
    ).toBeInTheDocument()

    await userEvent.click(screen.getByTestId('deal-close-undo'))
    await waitFor(() => expect(callsOf(fetchMock, 'deals.reopen')).toEqual([{ id: 3 }]))
    await waitFor(() => expect(titlesIn('谈判')).toEqual(['年度保养合同']))
  })

  it('offers the reasons from the list, in English too', async () => {
    const fetchMock = stubHost({
      ...handlers(() => ({ ok: true, value: null })),
      'deals.close': () => ({ ok: true, value: { ...deals[0], status: 'lost', history: [] } }),
    })
    await renderWithProviders(<PipelinePage />, { route: '/pipeline', locale: 'en' })
    await screen.findAllByTestId('deal-card')
    await openMenu('仓储管理系统升级')
    await userEvent.click(await screen.findByTestId('deal-menu-lost'))
    const form = await screen.findByTestId('lost-reason-form')
    await userEvent.click(within(form).getByTestId('lost-reason-select'))
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual([
      '价格太高',
      '预算不足',
      'Another reason…',
    ])
    await userEvent.click(screen.getByRole('option', { name: '预算不足' }))
    await userEvent.click(within(form).getByRole('button', { name: 'Mark lost' }))
    await waitFor(() =>
      expect(callsOf(fetchMock, 'deals.close')).toEqual([
        { id: 1, outcome: 'lost', lostReason: '预算不足' },
      ]),
    )
  })
})

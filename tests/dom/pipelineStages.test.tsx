import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { PipelineStage } from '../../src/shared/api'
import { PipelineStagesPanel } from '../../src/renderer/src/features/pipeline/settings/PipelineStagesPanel'
import { STAGES } from './pipelineFixtures'
import { callsOf, renderWithProviders, stubHost } from './render'

describe('the 销售阶段 settings panel', () => {
  let stages: PipelineStage[]
  beforeEach(() => {
    notifications.clean()
    stages = STAGES.map((stage) =>
      stage.id === 2
        ? { ...stage, dealCount: 3 }
        : stage.id === 3
          ? { ...stage, dealCount: 0 }
          : stage,
    )
  })

  function host() {
    return stubHost({
      'pipeline.stages': () => ({ ok: true, value: stages }),
      'pipeline.lostReasons': () => ({ ok: true, value: ['价格太高'] }),
      'pipeline.removeStage': (input) => {
        const { id, moveDealsTo } = input as { id: number; moveDealsTo?: number }
        const moved = stages.find((stage) => stage.id === id)?.dealCount ?? 0
        stages = stages
          .filter((stage) => stage.id !== id)
          .map((stage) =>
            stage.id === moveDealsTo ? { ...stage, dealCount: stage.dealCount + moved } : stage,
          )
        return { ok: true, value: { moved } }
      },
      'pipeline.reorderStages': (input) => {
        const { ids } = input as { ids: number[] }
        const open = ids.map((id) => stages.find((stage) => stage.id === id)!)
        stages = [...open, ...stages.filter((stage) => stage.kind !== 'open')]
        return { ok: true, value: stages }
      },
    })
  }

  const row = (name: string) =>
    screen
      .getAllByTestId('stage-row')
      .find((element) => element.getAttribute('data-stage-name') === name)!

  it('asks where the deals of a stage go before removing it, and sends that', async () => {
    const fetchMock = host()
    await renderWithProviders(<PipelineStagesPanel />)
    await screen.findAllByTestId('stage-row')
    // 赢单 and 输单 can be renamed, never removed; open stages can.
    expect(within(row('赢单')).queryByTestId('stage-remove')).toBeNull()
    await userEvent.click(within(row('需求确认')).getByTestId('stage-remove'))
    const dialog = await screen.findByTestId('stage-remove-dialog')
    expect(dialog).toHaveTextContent('「需求确认」中还有 3 个进行中的商机')

    // Not until a stage is chosen; the stage itself is not offered.
    await userEvent.click(within(dialog).getByTestId('stage-remove-confirm'))
    expect(await within(dialog).findByText('请先选择商机移到哪个阶段')).toBeInTheDocument()
    expect(callsOf(fetchMock, 'pipeline.removeStage')).toEqual([])
    await userEvent.click(within(dialog).getByTestId('stage-remove-target'))
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual([
      '初步接洽',
      '方案报价',
      '谈判',
    ])
    await userEvent.click(screen.getByRole('option', { name: '谈判' }))
    await userEvent.click(within(dialog).getByTestId('stage-remove-confirm'))

    await waitFor(() =>
      expect(callsOf(fetchMock, 'pipeline.removeStage')).toEqual([{ id: 2, moveDealsTo: 4 }]),
    )
    expect(
      await screen.findByText('已删除阶段「需求确认」，3 个商机移到了「谈判」'),
    ).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByTestId('stage-remove-dialog')).toBeNull())
    await waitFor(() =>
      expect(within(row('谈判')).getByTestId('stage-deal-count')).toHaveTextContent('3'),
    )
  })

  it('removes an empty stage after a plain confirmation, without a target', async () => {
    const fetchMock = host()
    await renderWithProviders(<PipelineStagesPanel />)
    await screen.findAllByTestId('stage-row')
    await userEvent.click(within(row('方案报价')).getByTestId('stage-remove'))
    const dialog = await screen.findByTestId('stage-remove-dialog')
    expect(within(dialog).queryByTestId('stage-remove-target')).toBeNull()
    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }))
    expect(callsOf(fetchMock, 'pipeline.removeStage')).toEqual([])
    await userEvent.click(within(row('方案报价')).getByTestId('stage-remove'))
    await userEvent.click(await screen.findByTestId('stage-remove-confirm'))
    await waitFor(() => expect(callsOf(fetchMock, 'pipeline.removeStage')).toEqual([{ id: 3 }]))
  })

  it('moves a stage down with its arrow: the whole open order is sent', async () => {
    const fetchMock = host()
    await renderWithProviders(<PipelineStagesPanel />)
    await screen.findAllByTestId('stage-row')
    await userEvent.click(within(row('初步接洽')).getByTestId('stage-move-down'))
    await waitFor(() =>
      expect(callsOf(fetchMock, 'pipeline.reorderStages')).toEqual([{ ids: [2, 1, 3, 4] }]),
    )
  })
})

import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { RangePicker } from '../../src/renderer/src/features/reports/components/RangePicker'
import {
  parseReportParams,
  writeReportParams,
} from '../../src/renderer/src/features/reports/reportParams'
import { matchPreset, presetRange } from '../../src/renderer/src/features/reports/reportRange'
import { renderWithProviders } from './render'

const TODAY = '2026-11-23'

describe('report range presets', () => {
  it('本月, 上月, 本季度, 本年 as of today, across years and leap years', () => {
    expect(presetRange('thisMonth', TODAY)).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(presetRange('lastMonth', TODAY)).toEqual({ from: '2026-10-01', to: '2026-10-31' })
    expect(presetRange('thisQuarter', TODAY)).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    expect(presetRange('thisYear', TODAY)).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    expect(presetRange('lastMonth', '2027-01-15')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
    expect(presetRange('thisMonth', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(presetRange('lastMonth', '2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(presetRange('thisQuarter', '2026-03-31')).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    })
    expect(presetRange('custom', TODAY)).toBeNull()
    expect(matchPreset({ from: '2026-10-01', to: '2026-12-31' }, TODAY)).toBe('thisQuarter')
    expect(matchPreset({ from: '2026-10-02', to: '2026-12-31' }, TODAY)).toBe('custom')
  })

  it('the URL keeps a preset by name and a custom range by its dates', () => {
    const year = parseReportParams(new URLSearchParams('range=thisYear&owner=3&group=owner'), TODAY)
    expect(year).toMatchObject({
      preset: 'thisYear',
      from: '2026-01-01',
      to: '2026-12-31',
      ownerId: 3,
      groupBy: 'owner',
    })
    expect(writeReportParams(year, TODAY).toString()).toBe('range=thisYear&owner=3&group=owner')
    const custom = parseReportParams(
      new URLSearchParams('from=2026-02-15&to=2026-05-10&drill=month&dkey=2026-03'),
      TODAY,
    )
    expect(custom).toMatchObject({
      preset: 'custom',
      from: '2026-02-15',
      to: '2026-05-10',
      drill: { dimension: 'month', key: '2026-03' },
    })
    expect(writeReportParams(custom, TODAY).toString()).toBe(
      'from=2026-02-15&to=2026-05-10&drill=month&dkey=2026-03',
    )
    // Dates out of order or not dates fall back to this month.
    expect(
      parseReportParams(new URLSearchParams('from=2026-05-10&to=2026-02-15'), TODAY),
    ).toMatchObject({
      preset: 'thisMonth',
      from: '2026-11-01',
    })
  })

  it('a preset applies at once; 自定义 applies when both dates are dates in order', async () => {
    const onChange = vi.fn()
    await renderWithProviders(
      <RangePicker
        preset="thisMonth"
        from="2026-11-01"
        to="2026-11-30"
        today={TODAY}
        onChange={onChange}
      />,
    )
    fireEvent.click(screen.getByText('上月'))
    expect(onChange).toHaveBeenLastCalledWith({
      preset: 'lastMonth',
      from: '2026-10-01',
      to: '2026-10-31',
    })
    fireEvent.click(screen.getByText('本季度'))
    expect(onChange).toHaveBeenLastCalledWith({
      preset: 'thisQuarter',
      from: '2026-10-01',
      to: '2026-12-31',
    })
    fireEvent.click(screen.getByText('本年'))
    expect(onChange).toHaveBeenLastCalledWith({
      preset: 'thisYear',
      from: '2026-01-01',
      to: '2026-12-31',
    })
    onChange.mockClear()
    fireEvent.click(screen.getByText('自定义'))
    const from = screen.getByLabelText('开始日期')
    const to = screen.getByLabelText('结束日期')
    fireEvent.change(to, { target: { value: '2026-10-15' } })
    fireEvent.change(from, { target: { value: '2026-10-20' } })
    expect(onChange).not.toHaveBeenCalled()
    expect(screen.getByText('结束日期不能早于开始日期。')).toBeTruthy()
    fireEvent.change(from, { target: { value: '2026-09-01' } })
    expect(onChange).toHaveBeenLastCalledWith({
      preset: 'custom',
      from: '2026-09-01',
      to: '2026-10-15',
    })
  })

  it('in English', async () => {
    const onChange = vi.fn()
    await renderWithProviders(
      <RangePicker
        preset="thisYear"
        from="2026-01-01"
        to="2026-12-31"
        today={TODAY}
        onChange={onChange}
      />,
      { locale: 'en' },
    )
    fireEvent.click(screen.getByText('Last month'))
    expect(onChange).toHaveBeenLastCalledWith({
      preset: 'lastMonth',
      from: '2026-10-01',
      to: '2026-10-31',
    })
  })
})

import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { DueFollowUp, DuplicateGroup } from '../../src/shared/api'
import { DuplicateGroupCard } from '../../src/renderer/src/features/duplicates/components/DuplicateGroupCard'
import { TodayFollowUps } from '../../src/renderer/src/features/home/components/TodayFollowUps'
import { renderWithProviders, stubHost } from './render'

function due(customerId: number, nextFollowUpDate: string, overdue: boolean): DueFollowUp {
  return {
    customerId,
    customerName: `客户${customerId}`,
    ownerName: null,
    nextFollowUpDate,
    nextAction: null,
    lastActivityAt: null,
    overdue,
  }
}

describe("today's follow-ups on the home page", () => {
  it('counts the overdue ones and those due today apart, from activities.due', async () => {
    stubHost({
      'activities.due': () => ({
        ok: true,
        value: {
          rows: [
            due(1, '2026-11-01', true),
            due(2, '2026-11-20', true),
            due(3, '2099-01-01', false),
          ],
          total: 5,
          overdue: 3,
        },
      }),
    })
    await renderWithProviders(<TodayFollowUps />)
    expect(await screen.findByTestId('home-due-overdue')).toHaveTextContent('3 项逾期')
    expect(screen.getByTestId('home-due-today')).toHaveTextContent('2 项今天到期')
  })

  it('shows no overdue count when nothing is late', async () => {
    stubHost({
      'activities.due': () => ({
        ok: true,
        value: { rows: [due(3, '2099-01-01', false)], total: 1, overdue: 0 },
      }),
    })
    await renderWithProviders(<TodayFollowUps />, { locale: 'en' })
    expect(await screen.findByTestId('home-due-today')).toHaveTextContent('1 due today')
    expect(screen.queryByTestId('home-due-overdue')).not.toBeInTheDocument()
  })
})

describe('a group of likely duplicates', () => {
  it('shows every reason the records matched as a badge', async () => {
    const group: DuplicateGroup = {
      reason: 'phone',
      key: '13912345678',
      reasons: ['phone', 'email', 'name'],
      customers: [],
    }
    await renderWithProviders(<DuplicateGroupCard group={group} />)
    const card = screen.getByTestId('duplicate-group')
    expect(
      within(card)
        .getAllByTestId('duplicate-reason')
        .map((badge) => badge.textContent),
    ).toEqual(['同一电话', '同一邮箱', '名称相同'])
    expect(card).toHaveAttribute('data-reasons', 'phone,email,name')
  })
})

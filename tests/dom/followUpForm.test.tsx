import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Activity, ActivityCreateInput, Contact } from '../../src/shared/api'
import { LogFollowUpForm } from '../../src/renderer/src/features/customer-detail/components/LogFollowUpForm'
import { addMonths, daysBetween, quickPickDate } from '../../src/renderer/src/lib/followUpDates'
import { normalizeTimeText } from '../../src/renderer/src/features/customer-detail/followUpValues'
import { callsOf, renderWithProviders, stubHost } from './render'

describe('the quick picks of the next follow-up date', () => {
  it('count from today: tomorrow, in 3 days, next week, next month', () => {
    expect(quickPicks('2026-11-23')).toEqual([
      '2026-11-24',
      '2026-11-26',
      '2026-11-30',
      '2026-12-23',
    ])
  })

  it('cross month and year ends, and a month without the day ends at its last day', () => {
    expect(quickPicks('2026-12-30')).toEqual([
      '2026-12-31',
      '2027-01-02',
      '2027-01-06',
      '2027-01-30',
    ])
    expect(quickPicks('2026-01-31')).toEqual([
      '2026-02-01',
      '2026-02-03',
      '2026-02-07',
      '2026-02-28',
    ])
    expect(quickPickDate('nextMonth', '2028-01-31')).toBe('2028-02-29')
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30')
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15')
  })

  it('are whole calendar days even across a daylight-saving change', () => {
    // Europe and America change clocks in late March; the arithmetic is on calendar dates.
    expect(quickPickDate('tomorrow', '2026-03-28')).toBe('2026-03-29')
    expect(quickPickDate('nextWeek', '2026-03-26')).toBe('2026-04-02')
    expect(daysBetween('2026-03-26', '2026-04-02')).toBe(7)
    expect(daysBetween('2026-11-23', '2026-11-16')).toBe(-7)
  })

  it('read the time of day people type', () => {
    expect(normalizeTimeText('9:5')).toBe('09:05')
    expect(normalizeTimeText('０９：３０')).toBe('09:30')
    expect(normalizeTimeText('1430')).toBe('14:30')
    expect(normalizeTimeText('24:00')).toBeNull()
    expect(normalizeTimeText('noon')).toBeNull()
  })
})

function quickPicks(today: string): string[] {
  return (['tomorrow', 'in3Days', 'nextWeek', 'nextMonth'] as const).map((pick) =>
    quickPickDate(pick, today),
  )
}

/** 2026-11-23 14:05:40 on the test machine's clock. */
const NOW = new Date(2026, 10, 23, 14, 5, 40).getTime()
const contacts: Contact[] = [
  {
    id: 31,
    customerId: 7,
    name: '王芳',
    title: '采购经理',
    phone: null,
    email: null,
    wechat: null,
    birthday: null,
    notes: null,
    isPrimary: true,
    custom: {},
  },
]

function host() {
  return stubHost({
    'activities.create': (input) => {
      const create = input as ActivityCreateInput
      const activity: Activity = {
        id: 1,
        customerId: create.customerId,
        contactId: create.contactId ?? null,
        contactName: null,
        kind: create.kind,
        content: create.content,
        occurredAt: create.occurredAt ?? NOW,
        nextFollowUpDate: create.nextFollowUpDate || null,
        nextAction: create.nextAction || null,
        createdAt: NOW,
      }
      return { ok: true, value: activity }
    },
  })
}

describe('the log-follow-up form', () => {
  it('requires the content and says so in Chinese, without calling the core', async () => {
    const fetchMock = host()
    const onSaved = vi.fn()
    await renderWithProviders(
      <LogFollowUpForm
        customerId={7}
        contacts={contacts}
        now={NOW}
        onSaved={onSaved}
        onCancel={vi.fn()}
      />,
    )
    await userEvent.click(screen.getByTestId('followup-save'))
    expect(await screen.findByText('必填')).toBeInTheDocument()
    expect(screen.getByTestId('followup-content')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByTestId('followup-content')).toHaveFocus()
    // Spaces are not content either.
    await userEvent.type(screen.getByTestId('followup-content'), '   ')
    await userEvent.click(screen.getByTestId('followup-save'))
    expect(await screen.findByText('必填')).toBeInTheDocument()
    expect(callsOf(fetchMock, 'activities.create')).toHaveLength(0)
    expect(onSaved).not.toHaveBeenCalled()
  })

  it('starts at now and sends kind, content, the local time, contact and the picked next date', async () => {
    const fetchMock = host()
    const onSaved = vi.fn()
    await renderWithProviders(
      <LogFollowUpForm
        customerId={7}
        contacts={contacts}
        now={NOW}
        onSaved={onSaved}
        onCancel={vi.fn()}
      />,
    )
    expect(screen.getByTestId('followup-date')).toHaveValue('2026-11-23')
    expect(screen.getByTestId('followup-time')).toHaveValue('14:05')

    await userEvent.click(screen.getByTestId('followup-kind-visit'))
    await userEvent.type(screen.getByTestId('followup-content'), '上门拜访，谈了明年的框架协议')
    await userEvent.click(screen.getByTestId('followup-pick-nextWeek'))
    expect(screen.getByTestId('followup-next-date')).toHaveValue('2026-11-30')
    await userEvent.click(screen.getByTestId('followup-contactId'))
    await userEvent.click(await screen.findByRole('option', { name: '王芳（采购经理）' }))
    await userEvent.type(screen.getByTestId('followup-nextAction'), '发送报价单')
    await userEvent.click(screen.getByTestId('followup-save'))

    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(callsOf(fetchMock, 'activities.create')).toEqual([
      {
        customerId: 7,
        kind: 'visit',
        content: '上门拜访，谈了明年的框架协议',
        occurredAt: new Date(2026, 10, 23, 14, 5).getTime(),
        contactId: 31,
        nextFollowUpDate: '2026-11-30',
        nextAction: '发送报价单',
      },
    ])
  })

  it('takes a pick back when it is clicked again, and checks a typed next date', async () => {
    const fetchMock = host()
    await renderWithProviders(
      <LogFollowUpForm
        customerId={7}
        contacts={[]}
        now={NOW}
        onSaved={vi.fn()}
        onCancel={vi.fn()}
      />,
    )
    await userEvent.click(screen.getByTestId('followup-pick-tomorrow'))
    expect(screen.getByTestId('followup-next-date')).toHaveValue('2026-11-24')
    await userEvent.click(screen.getByTestId('followup-pick-tomorrow'))
    expect(screen.getByTestId('followup-next-date')).toHaveValue('')

    await userEvent.type(screen.getByTestId('followup-content'), '电话')
    await userEvent.type(screen.getByTestId('followup-next-date'), '2026-13-01')
    await userEvent.click(screen.getByTestId('followup-save'))
    expect(await screen.findByText('日期格式应为 YYYY-MM-DD')).toBeInTheDocument()
    expect(callsOf(fetchMock, 'activities.create')).toHaveLength(0)
  })
})

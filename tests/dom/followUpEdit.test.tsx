import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Activity, Contact } from '../../src/shared/api'
import { FollowUpTimeline } from '../../src/renderer/src/features/customer-detail/components/FollowUpTimeline'
import { LogFollowUpForm } from '../../src/renderer/src/features/customer-detail/components/LogFollowUpForm'
import {
  activityToValues,
  followUpChanges,
} from '../../src/renderer/src/features/customer-detail/followUpValues'
import { contactRow } from './listFixtures'
import { callsOf, renderWithProviders, stubHost } from './render'

/** 2026-11-20 09:30:40 on the test machine's clock: the seconds are not in the form. */
const OCCURRED = new Date(2026, 10, 20, 9, 30, 40).getTime()
const NOW = new Date(2026, 10, 23, 14, 5).getTime()

const contacts: Contact[] = [contactRow(31, '王芳', { title: '采购经理', isPrimary: true })]

function activity(values: Partial<Activity> = {}): Activity {
  return {
    id: 5,
    customerId: 7,
    contactId: 31,
    contactName: '王芳',
    kind: 'visit',
    content: '上门拜访，看了样品',
    occurredAt: OCCURRED,
    nextFollowUpDate: '2026-11-25',
    nextAction: '发送报价单',
    createdAt: OCCURRED,
    ...values,
  }
}

describe('what a correction of a follow-up sends', () => {
  it('is nothing when nothing changed, and keeps the seconds of an untouched time', () => {
    const stored = activity()
    expect(activityToValues(stored)).toMatchObject({
      kind: 'visit',
      date: '2026-11-20',
      time: '09:30',
      contactId: 31,
      nextFollowUpDate: '2026-11-25',
    })
    expect(followUpChanges(stored, activityToValues(stored))).toEqual({})
  })

  it('is only the changed fields: a cleared plan as null, a new time to the minute', () => {
    const stored = activity()
    const values = {
      ...activityToValues(stored),
      time: '9:45',
      nextFollowUpDate: '',
      kind: 'call' as const,
    }
    expect(followUpChanges(stored, values)).toEqual({
      kind: 'call',
      occurredAt: new Date(2026, 10, 20, 9, 45).getTime(),
      nextFollowUpDate: null,
    })
    expect(
      followUpChanges(stored, { ...values, time: '09:30', date: '2026/11/20', kind: 'visit' }),
    ).toEqual({
      nextFollowUpDate: null,
    })
  })
})

describe('the follow-up form, correcting a follow-up', () => {
  it('starts from the follow-up and sends activities.update with what was changed', async () => {
    const fetchMock = stubHost({
      'activities.update': (input) => ({ ok: true, value: activity(input as Partial<Activity>) }),
    })
    const onSaved = vi.fn()
    await renderWithProviders(
      <LogFollowUpForm
        customerId={7}
        contacts={contacts}
        activity={activity()}
        now={NOW}
        onSaved={onSaved}
        onCancel={vi.fn()}
      />,
    )
    expect(screen.getByTestId('followup-content')).toHaveValue('上门拜访，看了样品')
    expect(screen.getByTestId('followup-date')).toHaveValue('2026-11-20')
    expect(screen.getByTestId('followup-time')).toHaveValue('09:30')
    expect(screen.getByTestId('followup-next-date')).toHaveValue('2026-11-25')
    await userEvent.clear(screen.getByTestId('followup-nextAction'))
    await userEvent.type(screen.getByTestId('followup-nextAction'), '电话确认')
    await userEvent.click(screen.getByTestId('followup-save'))
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(callsOf(fetchMock, 'activities.update')).toEqual([{ id: 5, nextAction: '电话确认' }])
    expect(await screen.findByText('已修改跟进记录')).toBeInTheDocument()
  })

  it('calls nothing when saved unchanged, and still names a contact deleted since', async () => {
    const fetchMock = stubHost({})
    const onSaved = vi.fn()
    await renderWithProviders(
      <LogFollowUpForm
        customerId={7}
        contacts={contacts}
        activity={activity({ contactId: 99, contactName: '已离职的张伟' })}
        now={NOW}
        onSaved={onSaved}
        onCancel={vi.fn()}
      />,
    )
    expect(screen.getByTestId('followup-contactId')).toHaveValue('已离职的张伟')
    await userEvent.click(screen.getByTestId('followup-save'))
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(callsOf(fetchMock, 'activities.update')).toHaveLength(0)
  })
})

describe('the follow-up timeline', () => {
  beforeEach(() => notifications.clean())

  function host() {
    return stubHost({
      'activities.list': () => ({
        ok: true,
        value: {
          rows: [activity(), activity({ id: 4, kind: 'call', content: '电话沟通' })],
          total: 2,
        },
      }),
      'activities.delete': () => ({ ok: true, value: null }),
      'activities.restore': () => ({ ok: true, value: activity() }),
    })
  }

  it('deletes a follow-up at once; Undo in the toast restores it', async () => {
    const fetchMock = host()
    await renderWithProviders(
      <FollowUpTimeline customer={{ id: 7, name: '甲公司', contacts }} onLog={vi.fn()} />,
    )
    const [latest] = await screen.findAllByTestId('followup-entry')
    await userEvent.click(within(latest!).getByTestId('followup-delete'))
    await waitFor(() => expect(callsOf(fetchMock, 'activities.delete')).toEqual([{ id: 5 }]))
    expect(await screen.findByText('已删除跟进记录（拜访 · 2026-11-20 09:30）')).toBeInTheDocument()
    await userEvent.click(screen.getByTestId('followup-undo'))
    await waitFor(() => expect(callsOf(fetchMock, 'activities.restore')).toEqual([{ id: 5 }]))
    expect(await screen.findByText('已恢复跟进记录（拜访 · 2026-11-20 09:30）')).toBeInTheDocument()
  })

  it('opens the form prefilled to correct an entry', async () => {
    host()
    await renderWithProviders(
      <FollowUpTimeline customer={{ id: 7, name: '甲公司', contacts }} onLog={vi.fn()} />,
    )
    const entries = await screen.findAllByTestId('followup-entry')
    await userEvent.click(within(entries[1]!).getByTestId('followup-edit'))
    expect(await screen.findByTestId('followup-content')).toHaveValue('电话沟通')
    expect(within(screen.getByRole('dialog')).getByText('修改跟进')).toBeInTheDocument()
  })

  it('offers no edit or delete for a customer in the recycle bin', async () => {
    host()
    await renderWithProviders(<FollowUpTimeline customer={{ id: 7, name: '甲公司', contacts }} />)
    expect(await screen.findAllByTestId('followup-entry')).toHaveLength(2)
    expect(screen.queryByTestId('followup-edit')).not.toBeInTheDocument()
    expect(screen.queryByTestId('followup-delete')).not.toBeInTheDocument()
  })
})

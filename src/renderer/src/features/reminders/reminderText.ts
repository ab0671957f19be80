import {
  IconBell,
  IconCake,
  IconCash,
  IconPhoneCall,
  IconRefresh,
  IconUserCheck,
  type Icon,
} from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import type { ReminderItem, ReminderKind } from '../../../../shared/api'

/** One icon and colour per kind, everywhere the reminder centre shows one. */
export const KIND_LOOK: Record<ReminderKind, { icon: Icon; color: string }> = {
  followUp: { icon: IconPhoneCall, color: 'blue' },
  instalment: { icon: IconCash, color: 'orange' },
  renewal: { icon: IconRefresh, color: 'grape' },
  birthday: { icon: IconCake, color: 'pink' },
  returnVisit: { icon: IconUserCheck, color: 'teal' },
  manual: { icon: IconBell, color: 'gray' },
}

/** The record an item is about, as a hash route (null: a reminder on nothing). */
export function itemRoute(item: ReminderItem): string | null {
  if (item.kind === 'instalment' || item.kind === 'renewal')
    return item.contractId ? `/contracts/${item.contractId}` : null
  if (item.dealId !== null) return `/pipeline?view=list&deal=${item.dealId}`
  if (item.contractId !== null && item.kind === 'manual') return `/contracts/${item.contractId}`
  return item.customerId !== null ? `/customers/${item.customerId}` : null
}

/** What the item says, in one line. */
export function itemText(
  t: TFunction,
  item: ReminderItem,
  money: (cents: number) => string,
): string {
  const customer = item.customerName ?? ''
  switch (item.kind) {
    case 'followUp':
      return t('reminders.followUpText', { customer })
    case 'instalment':
      return t('reminders.instalmentText', {
        contract: item.contractNumber ?? '',
        amount: money(item.amountCents ?? 0),
      })
    case 'renewal':
      return t('reminders.renewalText', {
        contract: item.contractNumber ?? '',
        date: item.date,
        amount: money(item.amountCents ?? 0),
      })
    case 'birthday':
      return item.contactName
        ? t('reminders.birthdayContact', { name: item.contactName, customer })
        : t('reminders.birthdayText', { name: customer })
    case 'returnVisit':
      return t('reminders.returnVisitText', { customer })
    case 'manual':
      return item.title ?? ''
  }
}

/** A second line: the follow-up's next action, the visit's notes, what a reminder is on. */
export function itemDetail(item: ReminderItem): string | null {
  if (item.kind === 'manual')
    return (
      [item.dealTitle ?? item.contractNumber ?? item.customerName, item.notes]
        .filter(Boolean)
        .join(' · ') || null
    )
  if (item.kind === 'followUp' || item.kind === 'returnVisit') return item.title
  if (item.kind === 'instalment' || item.kind === 'renewal') return item.customerName
  return null
}

/** 逾期 3 天 / 今天 / 2 天后 (a hand-made reminder today: its time). */
export function dueText(t: TFunction, item: ReminderItem): string {
  if (item.snoozedUntil) return t('reminders.snoozedUntil', { date: item.snoozedUntil })
  const time =
    item.at !== null
      ? ` ${String(new Date(item.at).getHours()).padStart(2, '0')}:${String(new Date(item.at).getMinutes()).padStart(2, '0')}`
      : ''
  if (item.days < 0) return t('reminders.overdueDays', { count: -item.days })
  if (item.days === 0) return `${t('reminders.dueToday')}${time}`
  return `${item.date.slice(5)}${time} · ${t('reminders.inDays', { count: item.days })}`
}

import type { CustomField, HistoryEntry, Owner } from '../../src/shared/api'
import { i18n } from '../../src/renderer/src/app/i18n'
import {
  formatHistoryEntry,
  historyLineText,
} from '../../src/renderer/src/features/customer-detail/historyFormat'
import { customFieldDef } from './listFixtures'

/** What the history formatter reads names from: owners, custom fields of both kinds, contacts. */
export const owners: Owner[] = [
  { id: 1, name: '张经理', active: true },
  { id: 2, name: '李娜', active: false },
]
export const customFields: CustomField[] = [
  customFieldDef(1, 'customer', '授信额度', 'money'),
  customFieldDef(2, 'customer', '主营产品', 'multi', ['钢材', '铝材']),
  customFieldDef(3, 'contact', '部门', 'single', ['采购部', '财务部']),
]
export const contacts = [{ id: 31, name: '王芳' }]

export function entry(action: string, changes: HistoryEntry['changes']): HistoryEntry {
  return { id: 1, at: new Date(2026, 10, 23, 9, 5).getTime(), action, changes, actor: null }
}

export function format(history: HistoryEntry) {
  return formatHistoryEntry(history, { t: i18n.t, owners, customFields, contacts })
}

export function lines(history: HistoryEntry): string[] {
  return format(history).lines.map((line) => historyLineText(line, i18n.t))
}

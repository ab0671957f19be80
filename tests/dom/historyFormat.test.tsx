import { screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { applyLocale, i18n } from '../../src/renderer/src/app/i18n'
import { HistoryPanel } from '../../src/renderer/src/features/customer-detail/components/HistoryPanel'
import {
  formatHistoryEntry,
  historyLineText,
} from '../../src/renderer/src/features/customer-detail/historyFormat'
import { customFields, entry, format, lines, owners } from './historyFixtures'
import { renderWithProviders, stubHost } from './render'

describe('the history formatter', () => {
  beforeEach(async () => {
    await applyLocale('zh-CN')
  })

  it("names each field with the form's label and shows before → after, in the form's order", () => {
    const update = entry('update', {
      stage: { before: 'lead', after: 'customer' },
      grade: { before: 'C', after: 'A' },
      name: { before: '甲公司', after: '甲有限公司' },
      phone: { before: null, after: '0571-8888 1234' },
    })
    expect(formatHistoryEntry(update, { t: i18n.t, owners, customFields }).action).toBe('修改')
    expect(lines(update)).toEqual([
      '客户名称：甲公司 → 甲有限公司',
      '等级：C → A',
      '阶段：线索 → 成交',
      '电话：— → 0571-8888 1234',
    ])
  })

  it('shows owners by name (an inactive one too), tags joined, custom fields by their label and type', () => {
    expect(
      lines(
        entry('update', {
          ownerId: { before: 1, after: 2 },
          tags: { before: ['老客户'], after: ['老客户', 'VIP'] },
          custom: {
            before: { cf1: 100000, cf2: ['钢材'] },
            after: { cf1: 123456, cf2: ['钢材', '铝材'], cf9: 'x' },
          },
        }),
      ),
    ).toEqual([
      '负责人：张经理 → 李娜',
      '标签：老客户 → 老客户、VIP',
      '授信额度：¥1,000.00 → ¥1,234.56',
      '主营产品：钢材 → 钢材、铝材',
      'cf9：— → x',
    ])
    // An owner the list does not know any more still says which id it was.
    expect(lines(entry('bulkUpdate', { ownerId: { before: null, after: 7 } }))).toEqual([
      '负责人：— → #7',
    ])
  })

  it('reads a creation as values, not changes, and a bulk tag change as added / removed', () => {
    expect(lines(entry('create', { name: { after: '甲公司' }, grade: { after: 'B' } }))).toEqual([
      '客户名称：甲公司',
      '等级：B',
    ])
    expect(lines(entry('bulkUpdate', { tags: { after: ['VIP'], before: ['待跟进'] } }))).toEqual([
      '添加标签：VIP',
      '移除标签：待跟进',
    ])
  })

  it('says whom a contact change is about, with the contact labels, and what a follow-up said', () => {
    const contact = formatHistoryEntry(
      entry('contact.update', {
        title: { before: '采购', after: '采购经理' },
        isPrimary: { before: false, after: true },
        contact: { after: '王芳' },
      }),
      { t: i18n.t, owners, customFields },
    )
    expect(contact.action).toBe('修改联系人')
    expect(contact.subject).toBe('王芳')
    expect(contact.lines.map((line) => historyLineText(line, i18n.t))).toEqual([
      '职务：采购 → 采购经理',
      '主要联系人：否 → 是',
    ])
    const followUp = entry('activity.create', { visit: { after: '上门拜访' } })
    expect(format(followUp).action).toBe('记录跟进')
    expect(lines(followUp)).toEqual(['拜访：上门拜访'])
  })

  it('names every action of the core', () => {
    const actions = {
      create: '新建客户',
      delete: '移入回收站',
      restore: '从回收站恢复',
      merge: '合并',
      mergedInto: '被合并',
      unmerge: '撤销合并',
      purge: '彻底删除',
      bulkUpdate: '批量修改',
      'contact.create': '添加联系人',
      'contact.delete': '删除联系人',
      'contact.restore': '恢复联系人',
      'activity.create': '记录跟进',
      'activity.update': '修改跟进',
      'activity.delete': '删除跟进',
      'activity.restore': '恢复跟进',
    }
    for (const [action, label] of Object.entries(actions)) {
      expect(
        formatHistoryEntry(entry(action, {}), { t: i18n.t, owners, customFields }).action,
      ).toBe(label)
    }
  })

  it('reads in English too', async () => {
    await applyLocale('en')
    expect(
      lines(
        entry('update', {
          grade: { before: 'C', after: 'A' },
          ownerId: { before: 1, after: null },
        }),
      ),
    ).toEqual(['Grade: C → A', 'Owner: 张经理 → —'])
  })

  it('renders the entries of customers.history in the history tab', async () => {
    stubHost({
      'customers.history': () => ({
        ok: true,
        value: {
          rows: [
            entry('update', {
              grade: { before: 'C', after: 'A' },
              ownerId: { before: null, after: 1 },
            }),
          ],
          total: 1,
        },
      }),
      'owners.list': () => ({ ok: true, value: owners }),
      'customFields.list': () => ({ ok: true, value: customFields }),
    })
    await renderWithProviders(<HistoryPanel customerId={5} contacts={[]} />)
    // Owner names arrive with owners.list; the line reads right once they have.
    await waitFor(() =>
      expect(screen.getAllByTestId('history-line').map((line) => line.textContent)).toEqual([
        '等级：C → A',
        '负责人：— → 张经理',
      ]),
    )
    expect(screen.getByText('2026-11-23 09:05')).toBeInTheDocument()
  })
})

import { beforeEach, describe, expect, it } from 'vitest'
import { applyLocale } from '../../src/renderer/src/app/i18n'
import { entry, format, lines } from './historyFixtures'

/**
 * The history of taking things back: corrected and deleted follow-ups, contacts restored,
 * merges (shaped like an update) and undone merges, on both records.
 */
describe('the history of corrections and merges', () => {
  beforeEach(async () => {
    await applyLocale('zh-CN')
  })

  it("reads a corrected follow-up by the log form's labels: kind, time and contact in words", () => {
    const corrected = entry('activity.update', {
      nextFollowUpDate: { before: null, after: '2026-11-24' },
      contactId: { before: 31, after: 77 },
      occurredAt: {
        before: new Date(2026, 10, 20, 9, 30).getTime(),
        after: new Date(2026, 10, 20, 14, 0).getTime(),
      },
      content: { before: '电话确认付款方式', after: '电话确认付款方式，月结 30 天' },
      kind: { before: 'call', after: 'meeting' },
    })
    expect(format(corrected).action).toBe('修改跟进')
    expect(lines(corrected)).toEqual([
      '跟进方式：电话 → 会议',
      '跟进内容：电话确认付款方式 → 电话确认付款方式，月结 30 天',
      '跟进时间：2026-11-20 09:30 → 2026-11-20 14:00',
      // A contact deleted since is no longer listed: its id is all the history has.
      '联系人：王芳 → #77',
      '下次跟进日期：— → 2026-11-24',
    ])
    expect(lines(entry('activity.delete', { call: { before: '电话沟通' } }))).toEqual([
      '电话：电话沟通',
    ])
    expect(lines(entry('activity.restore', { call: { after: '电话沟通' } }))).toEqual([
      '电话：电话沟通',
    ])
  })

  it("reads a contact's custom fields by the contact field labels", () => {
    const restored = format(entry('contact.restore', { contact: { after: '王芳' } }))
    expect(restored).toMatchObject({ action: '恢复联系人', subject: '王芳', lines: [] })
    expect(
      lines(
        entry('contact.update', {
          contact: { after: '王芳' },
          custom: { before: { cf3: '采购部' }, after: { cf3: '财务部' } },
        }),
      ),
    ).toEqual(['部门：采购部 → 财务部'])
  })

  it('reads a merge like an update, with the merged names first', () => {
    const merge = entry('merge', {
      grade: { before: 'B', after: 'A' },
      tags: { before: ['重点客户'], after: ['新客户', '重点客户'] },
      custom: { before: {}, after: { cf1: 500000 } },
      ownerId: { before: null, after: 2 },
      mergedFrom: { after: ['宁波远航机械有限公司', '远航机械'] },
    })
    expect(format(merge).action).toBe('合并')
    expect(lines(merge)).toEqual([
      '合并了：宁波远航机械有限公司、远航机械',
      '等级：B → A',
      '负责人：— → 李娜',
      '标签：重点客户 → 新客户、重点客户',
      '授信额度：— → ¥5,000.00',
    ])
  })

  it('reads an undone merge on both records', () => {
    const unmerge = entry('unmerge', { mergedFrom: { before: ['宁波远航机械有限公司'] } })
    expect(format(unmerge).action).toBe('撤销合并')
    expect(lines(unmerge)).toEqual(['拆分出：宁波远航机械有限公司'])
    const restored = entry('restore', { mergedInto: { before: '宁波远航机械厂' } })
    expect(format(restored).action).toBe('撤销合并，恢复为独立客户')
    expect(lines(restored)).toEqual(['原合并到：宁波远航机械厂'])
    // A plain restore from the recycle bin still says so.
    expect(format(entry('restore', {})).action).toBe('从回收站恢复')
    expect(lines(entry('mergedInto', { mergedInto: { after: '宁波远航机械厂' } }))).toEqual([
      '被合并到：宁波远航机械厂',
    ])
  })

  it('reads corrections, merges and undone merges in English too', async () => {
    await applyLocale('en')
    const corrected = entry('activity.update', {
      kind: { before: 'call', after: 'visit' },
      contactId: { before: null, after: 31 },
    })
    expect(format(corrected).action).toBe('Follow-up edited')
    expect(lines(corrected)).toEqual(['Kind: Call → Visit', 'Contact: — → 王芳'])
    expect(
      lines(
        entry('merge', { mergedFrom: { after: ['乙公司'] }, grade: { before: 'B', after: 'A' } }),
      ),
    ).toEqual(['Merged in: 乙公司', 'Grade: B → A'])
    expect(lines(entry('unmerge', { mergedFrom: { before: ['乙公司'] } }))).toEqual([
      'Split off: 乙公司',
    ])
    const restored = entry('restore', { mergedInto: { before: '甲公司' } })
    expect(format(restored).action).toBe('Merge undone: a customer of its own again')
    expect(lines(restored)).toEqual(['Had been merged into: 甲公司'])
    expect(format(entry('contact.restore', {})).action).toBe('Contact restored')
    expect(format(entry('activity.delete', {})).action).toBe('Follow-up deleted')
    expect(format(entry('activity.restore', {})).action).toBe('Follow-up restored')
  })
})

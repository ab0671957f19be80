import { beforeEach, describe, expect, it } from 'vitest'
import { applyLocale, i18n } from '../../src/renderer/src/app/i18n'
import { ApiClientError } from '../../src/renderer/src/lib/api'
import { errorMessage, placeApiError } from '../../src/renderer/src/lib/errors'
import {
  CUSTOMER_ERROR_FIELDS,
  CUSTOMER_FORM_FIELDS,
} from '../../src/renderer/src/features/customers/customerFormValues'

const validation = new ApiClientError({
  code: 'VALIDATION',
  key: 'errors.validation',
  message: 'Some fields are not valid',
  details: [
    { path: 'email', key: 'errors.email', message: 'Not a valid email address' },
    { path: 'name', key: 'errors.too_big.string', message: 'Too big', params: { limit: 200 } },
    { path: 'tags.3', key: 'errors.too_big.string', message: 'Too big', params: { limit: 30 } },
    { path: 'custom.colour', key: 'errors.some.new.rule', message: 'Colour is odd' },
  ],
})

describe('placing API errors on form fields', () => {
  beforeEach(async () => {
    await applyLocale('zh-CN')
  })

  it('puts each VALIDATION detail, translated, under the field its path names', () => {
    const placed = placeApiError(i18n.t, validation, CUSTOMER_FORM_FIELDS)
    expect(placed.fields.email).toBe('邮箱地址格式不正确')
    expect(placed.fields.name).toBe('最多 200 个字')
    expect(placed.fields.tags).toBe('最多 30 个字')
  })

  it('reports details about fields the form does not have, falling back to the core message for unknown keys', () => {
    const placed = placeApiError(i18n.t, validation, CUSTOMER_FORM_FIELDS)
    expect(placed.fields).not.toHaveProperty('custom')
    expect(placed.general).toContain('custom.colour: Colour is odd')
  })

  it('translates into English when that is the language', async () => {
    await applyLocale('en')
    const placed = placeApiError(i18n.t, validation, CUSTOMER_FORM_FIELDS)
    expect(placed.fields.email).toBe('Not a valid email address')
    expect(placed.fields.name).toBe('At most 200 characters')
  })

  it('puts a taken customer code under the code field with its parameters', () => {
    const conflict = new ApiClientError({
      code: 'CONFLICT',
      key: 'errors.customerCodeTaken',
      message: 'Code KH000001 is already used by 天津博源',
      params: { code: 'KH000001', name: '天津博源', id: 1 },
    })
    const placed = placeApiError(i18n.t, conflict, CUSTOMER_FORM_FIELDS, CUSTOMER_ERROR_FIELDS)
    expect(placed.fields).toEqual({ code: '编号 KH000001 已被「天津博源」使用' })
    expect(placed.general).toBeNull()
  })

  it('leaves other errors for a notification', () => {
    const busy = new ApiClientError({ code: 'BUSY', key: 'errors.busy', message: 'busy' })
    expect(placeApiError(i18n.t, busy, CUSTOMER_FORM_FIELDS, CUSTOMER_ERROR_FIELDS)).toEqual({
      fields: {},
      general: '数据库正忙，请稍后再试。',
    })
  })

  it('shows the core message when a key has no translation', () => {
    const strange = new ApiClientError({
      code: 'INTERNAL',
      key: 'errors.neverHeardOf',
      message: 'Plain English',
    })
    expect(errorMessage(i18n.t, strange)).toBe('Plain English')
  })
  it('names a refused ticket move by the statuses as the screen shows them, in both languages', async () => {
    const move = new ApiClientError({
      code: 'VALIDATION',
      key: 'errors.ticketBadMove',
      message: 'bad move',
      params: { from: 'new', to: 'closed' },
    })
    expect(errorMessage(i18n.t, move)).toBe('工单不能从「新建」改为「已关闭」')
    await applyLocale('en')
    expect(errorMessage(i18n.t, move)).toBe('A ticket cannot go from “New” to “Closed”')
  })
})
